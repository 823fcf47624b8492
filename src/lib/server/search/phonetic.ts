// Loose phonetic keys, so that an Indic word and the ways officers spell it in Latin letters meet,
// and so that an English word and the same word written in an Indian script (लाइब्रेरी, library)
// meet. Plain TypeScript with no SvelteKit imports: the indexer and scripts use it too.
//
// Officers type Hindi, Marathi and Gujarati on English keyboards with no one spelling:
// पुस्तकालय is `pustakalay`, `pustakalaya` or `pustakaalay`; सहयोग is `sahyog` or `sahayog`. The
// Indic text is first written in a standard romanisation (IAST, through Sanscript), and then
// both it and a typed Latin word are reduced to the same key by dropping what spellings disagree
// on:
// - diacritics and vowel length (`ā`/`aa`/`a`, `ī`/`ee`/`ii`/`i`, `ū`/`oo`/`uu`/`u`);
// - doubled letters (`patta`, `pata`), before anything else is dropped;
// - every `a` after a word's first letter: the inherent vowel that Hindi and Marathi drop at
//   the end of a word and often inside it (`pustakalay`, `sahyog`), and which typists write or
//   leave out at will;
// - aspiration and the `h` of digraphs (`kh`/`k`, `bh`/`b`, `sh`/`s`, `ch`/`c`);
// - letters a scheme writes differently (`v`/`w`, `z`/`j` for the nukta, `f`/`ph`, `q`/`k`,
//   `x`/`ks`, `ṛ`/`ri`);
// - anusvara before a consonant (`n` or `m`: `sambandh`, `sanbandh`).
// A key is an index term, never shown. It is loose on purpose, so it is only ever matched with
// less weight than the words themselves, and keys shorter than MIN_KEY_LENGTH are not used.
import Sanscript from '@indic-transliteration/sanscript';

/** Keys shorter than this say too little to match on (`kr` is too many words). */
export const MIN_KEY_LENGTH = 3;

/** Sanscript's name for each Indic script this platform's texts are written in. */
const SCRIPTS: [RegExp, string][] = [
	[/[\u0900-\u097F]/, 'devanagari'],
	[/[\u0A80-\u0AFF]/, 'gujarati'],
	[/[\u0980-\u09FF]/, 'bengali'],
	[/[\u0A00-\u0A7F]/, 'gurmukhi'],
	[/[\u0B00-\u0B7F]/, 'oriya'],
	[/[\u0B80-\u0BFF]/, 'tamil'],
	[/[\u0C00-\u0C7F]/, 'telugu'],
	[/[\u0C80-\u0CFF]/, 'kannada'],
	[/[\u0D00-\u0D7F]/, 'malayalam']
];

/** Any letter of an Indic script (the blocks from Devanagari to Malayalam). */
export const INDIC_LETTER = /[\u0900-\u0D7F]/;

/** The Sanscript scheme of a word's script, or null for a word in no Indic script. */
export function indicScript(word: string): string | null {
	for (const [pattern, scheme] of SCRIPTS) if (pattern.test(word)) return scheme;
	return null;
}

// Signs no standard scheme writes: the candra vowels of English loanwords (ऑ, ॉ: the `o` of
// `doctor`; ॅ: the `a` of `bank`) become the nearest plain vowel, and the nukta (the dot of ज़, फ़)
// goes, as typists leave it out.
const SIGNS: [RegExp, string][] = [
	[/[\u0911\u0A91]/g, 'ओ'],
	[/\u0949/g, 'ो'],
	[/\u0AC9/g, 'ો'],
	[/\u0945/g, 'े'],
	[/\u0AC5/g, 'ે'],
	// ॲ (Marathi) is the English `a` of `ambulance`.
	[/\u0972/g, 'अ'],
	[/[\u093C\u0ABC\u09BC\u0A3C\u0B3C\u0CBC]/g, '']
];

// Romanisations of words already seen: a corpus repeats its words, and romanising is the costly
// part of indexing a text. Bounded: once full it is cleared and fills again.
const romanised = new Map<string, string>();
const CACHE_SIZE = 50_000;

/** An Indic word in IAST; a word in no Indic script comes back as it is. */
export function romanise(word: string): string {
	const scheme = indicScript(word);
	if (!scheme) return word;
	let result = romanised.get(word);
	if (result === undefined) {
		let text = word.normalize('NFD');
		for (const [pattern, replacement] of SIGNS) text = text.replace(pattern, replacement);
		result = Sanscript.t(text.normalize('NFC'), scheme, 'iast');
		if (romanised.size >= CACHE_SIZE) romanised.clear();
		romanised.set(word, result);
	}
	return result;
}

const CONSONANT = 'bcdfghjklmnpqrstvwxyz';
const ASPIRATED = new RegExp(`([${CONSONANT}])h+`, 'g');
const CONSONANT_Y = new RegExp(`([${CONSONANT}])y`, 'g');

/** A Latin word lowercased, its diacritics gone (vocalic ṛ kept as `ri`), letters only. */
function plainLatin(word: string): string {
	return (
		word
			.toLowerCase()
			.normalize('NFD')
			// Vocalic r (ṛ, ṝ: r with a dot below) is written `ri` by typists: keep its vowel.
			.replace(/r\u0323\u0304?/g, 'ri')
			// Candrabindu (m̐) and anusvara (ṃ) are nasals: `n`.
			.replace(/m[\u0310\u0323]/g, 'n')
			.replace(/\p{M}/gu, '')
			.replace(/[^a-z]/g, '')
	);
}

/** The loose key of one Latin word (typed or romanised); '' when it has no letters. */
export function latinKey(word: string): string {
	let s = plainLatin(word);
	if (!s) return '';
	s = s
		.replace(/x/g, 'ks')
		.replace(/q/g, 'k')
		.replace(/z/g, 'j')
		.replace(/w/g, 'v')
		.replace(/ph|f/g, 'p')
		.replace(/ee|ii/g, 'i')
		.replace(/oo|uu/g, 'u');
	// Doubled letters, before vowels are dropped (`karar` keeps both its r's).
	s = s.replace(/(.)\1+/g, '$1');
	// Aspiration and digraphs: the `h` after a consonant goes (chh, kh, sh, bh …).
	s = s.replace(ASPIRATED, '$1');
	// A nasal before a consonant is the anusvara however it is written.
	s = s.replace(/[mn](?=[bcdgjklpqrstvy])/g, 'n');
	// The inherent vowel, wherever it is not the word's first letter.
	return s[0] + s.slice(1).replace(/a/g, '');
}

/** The loose key of a word in any script: an Indic word is romanised first. */
export function phoneticKey(word: string): string {
	if (!word) return '';
	return latinKey(romanise(word));
}

/**
 * A key as the index holds it: between `zq` and `q`, which no key contains (z and q become j and
 * k), so that no word typed or written can match it, nor can one key match as a part of another
 * (`sev` in `seva`). Only a query's own keys, written the same way, find it.
 */
export const companionToken = (key: string) => `zq${key}q`;
/** The key of a companion token, or null for anything else. */
export function tokenKey(token: string): string | null {
	const match = /^zq([a-z]+)q$/.exec(token);
	return match ? match[1] : null;
}

/** Words of a text: runs of letters and combining marks in any script. */
export const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The romanised companion of an Indic text, for the index: the key of each word in an Indic
 * script, as a companion token, once, in order of first appearance. Latin words are left out (the
 * text's own fields hold them), and so are keys too short to match on.
 */
export function romanisedCompanion(text: string, limit = 5000): string {
	return [...indicKeys(text, limit).keys()].map(companionToken).join(' ');
}

/**
 * The keys of an Indic text's words, each with the first word that has it, in order of first
 * appearance: what a document keeps (not searched) to show the words a romanised query matched.
 */
export function indicKeys(text: string, limit = 5000): Map<string, string> {
	const keys = new Map<string, string>();
	for (const [word] of text.matchAll(WORD)) {
		if (keys.size >= limit) break;
		if (!indicScript(word)) continue;
		const key = phoneticKey(word);
		if (key.length >= MIN_KEY_LENGTH && !keys.has(key)) keys.set(key, word);
	}
	return keys;
}

// ——— English words written in an Indian script ————————————————————————————————————————————
//
// कंट्रोल रूम, लाइब्रेरी and ड्रेनेज are English words as they sound. Their romanisation
// (kaṃṭrola, lāibrerī, ḍreneja) is close to the English word's sound, not its spelling, so an
// English word is first rewritten by a few rules of English spelling (c before e, i, y sounds
// `s`; soft g; a silent final e; `oo` is `u`…), and both sides are reduced to a sound key:
// vowels as five classes, consonants without aspiration or doubling. Two words are a likely
// pair when their consonants agree exactly and their keys differ by at most a third of their
// length (see loanwordMatch).

/** The sound key of an English word: its spelling rewritten the way it sounds, then reduced. */
export function englishSoundKey(word: string): string {
	let s = plainLatin(word);
	if (s.length < 2) return '';
	s = s
		// Doubled consonants first: `logging` is `loging`, and its g stays hard.
		.replace(/([^aeiou])\1+/g, '$1')
		.replace(/^kn/, 'n')
		.replace(/^wr/, 'r')
		.replace(/[ts]+ion/g, 'shan')
		.replace(/ture$/, 'char')
		.replace(/dge/g, 'je')
		// `ew` says `yu` (review, new).
		.replace(/ew/g, 'yu')
		.replace(/ph/g, 'f')
		.replace(/ck/g, 'k')
		// ch is च (c); any other c is s before e, i, y and k elsewhere.
		.replace(/t?ch/g, '\u00e7')
		.replace(/c(?=[eiy])/g, 's')
		.replace(/c/g, 'k')
		.replace(/\u00e7/g, 'c')
		.replace(/q/g, 'k')
		.replace(/x/g, 'ks')
		// g is soft before e and y, and before i except in -ing.
		.replace(/g(?=[ey]|i(?!ng))/g, 'j')
		// A vowel, one consonant and a silent final e: the vowel says its name (pipe, five, rate,
		// zone); the e goes.
		.replace(/i([^aeiou])e$/, 'ai$1')
		.replace(/a([^aeiou])e$/, 'e$1')
		.replace(/([aeiou][^aeiou]+)e$/, '$1')
		.replace(/([^aeiou])y$/, '$1i')
		// `wa` before r, t, l or s sounds `wo` (war, water, watt, wall); `ow` before a consonant `o`.
		.replace(/wa(?=[rtls])/g, 'wo')
		.replace(/ow(?=[^aeiou])/g, 'o')
		.replace(/ee|ea|ie/g, 'i')
		.replace(/oo|ou/g, 'u')
		.replace(/ai(?![^aeiou]*$)|ay|ei|ey/g, 'e')
		.replace(/y/g, 'i');
	return soundKey(s);
}

/** The letters' names, as an acronym is said (GPS is `ji pi es`, जीपीएस). */
const LETTER_NAMES: Record<string, string> = {
	a: 'e',
	b: 'bi',
	c: 'si',
	d: 'di',
	e: 'i',
	f: 'ef',
	g: 'ji',
	h: 'ech',
	i: 'ai',
	j: 'je',
	k: 'ke',
	l: 'el',
	m: 'em',
	n: 'en',
	o: 'o',
	p: 'pi',
	q: 'kyu',
	r: 'ar',
	s: 'es',
	t: 'ti',
	u: 'yu',
	v: 'vi',
	w: 'dablyu',
	x: 'eks',
	y: 'vai',
	z: 'jed'
};

/** Whether a word is written as an acronym: two to six capital letters (GPS, CCTV, SCADA). */
export const isAcronym = (word: string) => /^[A-Z]{2,6}$/.test(word);

/** The sound key of an acronym said letter by letter. */
export function acronymSoundKey(word: string): string {
	return soundKey([...word.toLowerCase()].map((letter) => LETTER_NAMES[letter] ?? '').join(''));
}

/** The sound key of an Indic word, from its romanisation. */
export function indicSoundKey(word: string): string {
	if (!indicScript(word)) return '';
	// The inherent vowel at a word's end is not pronounced (kaṃṭrola is `kantrol`); a long ā is.
	// The vowel ऐ (ai) sounds `e`, and औ (au) `o`; ā followed by i (पाइप) is the English `ai`.
	const iast = romanise(word)
		.replace(/([^aeiouāīū])a$/, '$1')
		.replace(/(?<!ā)ai/g, 'e')
		.replace(/(?<!ā)au/g, 'o');
	return soundKey(plainLatin(iast));
}

/**
 * Vowels as they are, consonants without `h`, a `y` after them (ब्यु, `byu`, is English `bu`) or
 * doubling; w as v, z as j, f as p.
 */
function soundKey(s: string): string {
	return s
		.replace(CONSONANT_Y, '$1')
		.replace(/w/g, 'v')
		.replace(/z/g, 'j')
		.replace(/f/g, 'p')
		.replace(ASPIRATED, '$1')
		.replace(/[mn](?=[bcdgjklpqrstvy])/g, 'n')
		.replace(/(.)\1+/g, '$1');
}

/** The consonants of a sound key, in order. */
export const consonants = (key: string) => key.replace(/[aeiou]/g, '');

/** Levenshtein distance, for short keys. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j] + 1,
				current[j - 1] + 1,
				previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * Whether two sound keys are likely the same word: the same consonants (at least two), and keys
 * apart by at most a third of the longer one's length: none for a word of three sounds (रूम is
 * `room`, not `rim`), one for four or five.
 */
export function loanwordMatch(a: string, b: string): boolean {
	const ca = consonants(a);
	if (ca.length < 2 || ca !== consonants(b)) return false;
	const length = Math.max(a.length, b.length);
	const allowed = length <= 3 ? 0 : Math.max(1, Math.floor(length / 3));
	return editDistance(a, b) <= allowed;
}

// ——— Abbreviations and digits as officers write them ——————————————————————————————————————

/** The digits of the Indic scripts (each block's 0 is at offset 0x66) as ASCII digits. */
const INDIC_DIGIT =
	/[\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F]/g;

// Letter-names of an abbreviation (आई, सी, ડી …: up to four letters and signs of an Indic script
// each) joined by dots or zeros (Latin or Indic), perhaps with a space: two such marks at least,
// so the end of a sentence (है. अब) is not taken for one. Latin: I.C.C.C, with a final dot.
const ABBREVIATION =
	/(?<![\u0900-\u0D7F])[\u0900-\u0D7F]{1,4}(?:[.0]\s?[\u0900-\u0D7F]{1,4}){2,}(?![\u0900-\u0D7F])/g;
const LATIN_ABBREVIATION = /\b[A-Za-z](?:\.\s?[A-Za-z]){2,}\b\.?/g;

/**
 * A text with its abbreviations and digits written one way: dotted and zero-marked
 * abbreviations (आई.सी.सी.सी, आई0 सी0सी0सी, I.C.C.C.) closed up (आईसीसीसी, ICCC), and
 * Devanagari, Gujarati and other Indic digits as ASCII digits (२०१७ is 2017). Applied alike to
 * indexed text and to queries.
 */
export function normaliseForSearch(text: string): string {
	// Digits first, so that no digit is left in the Indic letters an abbreviation is made of, and
	// its zeros (० or 0) are all ASCII.
	return (
		text
			.normalize('NFC')
			// Joiners only shape a conjunct (दर्‍या); a word is the same without them.
			.replace(/[\u200C\u200D]/g, '')
			// The Devanagari abbreviation sign (आई॰सी॰) is a dot.
			.replace(/\u0970/g, '.')
			.replace(INDIC_DIGIT, (digit) => String((digit.codePointAt(0)! - 0x66) & 0x0f))
			.replace(ABBREVIATION, (abbreviation) => abbreviation.replace(/[.0\s]/g, ''))
			.replace(LATIN_ABBREVIATION, (abbreviation) => abbreviation.replace(/[.\s]/g, ''))
	);
}
