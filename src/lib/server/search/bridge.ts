// A query's plan: its words as typed (normalised), the phonetic keys of its Latin words for the
// romanised companions, and what else each word may be written as. Plain TypeScript with no
// SvelteKit imports, so the bench and scripts can plan queries the way the app does.
//
// A word's alternatives come from two bridges:
// - the glossary, through phonetic keys: `pustakalay` is पुस्तकालय, a glossary term, so the
//   query also asks for the term's English headword (`library`), whose synonyms Meilisearch
//   knows;
// - the index's own vocabulary, through sound keys: कंट्रोल is `control`, and `library` is
//   लाइब्रेरी, when the texts hold both and their keys are close (phonetic.ts, loanwordMatch).
import { isCommonEnglish } from './english.ts';
import { glossary, normaliseTerm, type GlossaryGroup } from './glossary.ts';
import {
	acronymSoundKey,
	consonants,
	editDistance,
	englishSoundKey,
	indicScript,
	indicSoundKey,
	isAcronym,
	latinKey,
	loanwordMatch,
	MIN_KEY_LENGTH,
	normaliseForSearch,
	phoneticKey,
	WORD
} from './phonetic.ts';

export interface PlannedWord {
	word: string;
	/** The word's loose key, for a Latin word whose key is long enough to match on. */
	key?: string;
	/** Other ways the word is written in the texts: English for Indic, and the other way round. */
	alternatives: string[];
	/** The glossary term in an Indian script that this Latin word (or run of words) spells. */
	term?: string;
}

export interface QueryPlan {
	/** The query with abbreviations and digits written one way. */
	q: string;
	words: PlannedWord[];
}

/** A word of the texts with its sound key. */
export interface VocabularyWord {
	word: string;
	soundKey: string;
	indic: boolean;
}

/**
 * The texts' words: by the consonants of their sound keys, the English ones as a set, and the
 * phonetic keys of the Indic ones (a romanised word's key is searched only when a text has it).
 */
export interface Vocabulary {
	bySkeleton: Map<string, VocabularyWord[]>;
	english: Set<string>;
	/** The English words by their first letter, to tell a misspelt English word. */
	englishByInitial: Map<string, string[]>;
	/** The phonetic keys of the texts' Indic words. */
	romanKeys: Set<string>;
}

export const emptyVocabulary = (): Vocabulary => ({
	bySkeleton: new Map(),
	english: new Set(),
	englishByInitial: new Map(),
	romanKeys: new Set()
});

/** A word of the texts as search_words keeps it. */
export interface TextWord {
	word: string;
	indic: boolean;
}

/**
 * A text word with its sound keys: an acronym's as it is said, letter by letter; an English
 * plural's also without its `s`, so the singular a query sounds like finds it.
 */
export function soundKeysOf({ word, indic }: TextWord): VocabularyWord[] {
	if (indic) return [{ word, soundKey: indicSoundKey(word), indic }];
	if (isAcronym(word)) return [{ word, soundKey: acronymSoundKey(word), indic }];
	const keys = [{ word, soundKey: englishSoundKey(word), indic }];
	if (/[^su]s$/.test(word)) {
		keys.push({ word, soundKey: englishSoundKey(word.slice(0, -1)), indic });
	}
	return keys;
}

export function buildVocabulary(words: Iterable<VocabularyWord>): Vocabulary {
	const vocabulary = emptyVocabulary();
	for (const entry of words) {
		if (!entry.indic) {
			const lower = entry.word.toLowerCase();
			if (!vocabulary.english.has(lower)) {
				vocabulary.english.add(lower);
				const list = vocabulary.englishByInitial.get(lower[0]);
				if (list) list.push(lower);
				else vocabulary.englishByInitial.set(lower[0], [lower]);
			}
		} else vocabulary.romanKeys.add(phoneticKey(entry.word));
		const skeleton = consonants(entry.soundKey);
		if (skeleton.length < 2) continue;
		const list = vocabulary.bySkeleton.get(skeleton);
		if (list) list.push(entry);
		else vocabulary.bySkeleton.set(skeleton, [entry]);
	}
	return vocabulary;
}

/** The most alternatives a word gets from the vocabulary. */
const MAX_LOANWORDS = 2;
/**
 * English words shorter than this get no Indic alternatives: the sound of a short word says too
 * little (`plan`, `room`), and a common one would bring texts that do not mean it.
 */
const MIN_ENGLISH_LOANWORD = 5;

/** The words of the other script whose sound is closest to this word's, if close enough. */
export function loanwords(word: string, vocabulary: Vocabulary): string[] {
	const indic = indicScript(word) !== null;
	if (!indic && word.length < MIN_ENGLISH_LOANWORD) return [];
	const soundKey = indic ? indicSoundKey(word) : englishSoundKey(word);
	if (!soundKey) return [];
	const candidates = vocabulary.bySkeleton.get(consonants(soundKey)) ?? [];
	return candidates
		.filter((c) => c.indic !== indic && c.word !== word && loanwordMatch(soundKey, c.soundKey))
		.map((c) => ({ word: c.word, distance: editDistance(soundKey, c.soundKey) }))
		.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word))
		.map((c) => c.word)
		.filter((w, i, all) => all.indexOf(w) === i)
		.slice(0, MAX_LOANWORDS);
}

/**
 * The most common function words of Hindi, Marathi and Gujarati (and, of, in, is, with, for,
 * this …). A romanised query word with one of their keys (`aur` for और) says nothing about what
 * a text is about, and would bring every text: it gets no key.
 */
const FUNCTION_WORDS = [
	// Hindi
	'और एवं तथा या का की के को में से पर है हैं था थे थी भी यह वह ये वे इस उस इसे उसे जो जिस कि लिए साथ तक द्वारा किया करने करें गया गई एक नहीं अपने होता',
	// Marathi
	'आणि व किंवा आहे आहेत होते होता हे ही हा ते तो ती या च्या साठी मध्ये केले करून आपल्या त्या त्यांच्या नाही',
	// Gujarati
	'અને કે અથવા છે હતું હતી હતા પણ આ તે માં માટે થી ના ની નું નો ને પર સાથે દ્વારા કર્યું કરવા એક નથી'
].flatMap((words) => words.split(' '));
const functionKeys = new Set(FUNCTION_WORDS.map(phoneticKey));

/** Endings an English word takes in the texts: `plan` is English if they hold `plans`. */
const ENGLISH_ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', 'ning', 'ned', 'er', 'ers', 'ly'];

/**
 * Whether a Latin word is English: a common English word, or a word of the texts' English, as it
 * is or with a common ending.
 */
export function isEnglish(word: string, vocabulary: Vocabulary): boolean {
	return isCommonEnglish(word) || inEnglishTexts(word, vocabulary);
}

/**
 * Whether the texts' English holds a Latin word: as it is, with a common ending, or misspelt as
 * Meilisearch forgives (one letter wrong from five letters on, two from nine, a swap counting
 * as one): `mentorhsip` is `mentorship` and is searched as English.
 */
export function inEnglishTexts(word: string, vocabulary: Vocabulary): boolean {
	const lower = word.toLowerCase();
	if (ENGLISH_ENDINGS.some((ending) => vocabulary.english.has(lower + ending))) return true;
	if (lower.length < 5) return false;
	const allowed = lower.length >= 9 ? 2 : 1;
	return (vocabulary.englishByInitial.get(lower[0]) ?? []).some(
		(known) =>
			Math.abs(known.length - lower.length) <= allowed && typoDistance(lower, known) <= allowed
	);
}

/** Edit distance counting a swap of two neighbouring letters as one edit (as typos are). */
export function typoDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			}
		}
	}
	return d[a.length][b.length];
}

/** The longest run of words a glossary term is matched over. */
const MAX_TERM_WORDS = 3;

/** A glossary term in an Indian script, with its group's English headword. */
interface KeyedTerm {
	term: string;
	headword: string;
}

/** Glossary terms by the phonetic keys of their words (`pustkly` → पुस्तकालय, library). */
export function glossaryKeys(groups: GlossaryGroup[]): Map<string, KeyedTerm> {
	const byKeys = new Map<string, KeyedTerm>();
	for (const group of groups) {
		for (const term of group.terms) {
			const words = [...term.matchAll(WORD)].map(([w]) => w);
			if (words.length === 0 || words.length > MAX_TERM_WORDS) continue;
			if (!words.every((w) => indicScript(w))) continue;
			const keys = words.map(phoneticKey);
			if (keys.join('').length < MIN_KEY_LENGTH + 1) continue;
			if (!byKeys.has(keys.join(' '))) {
				byKeys.set(keys.join(' '), { term, headword: normaliseTerm(group.en) });
			}
		}
	}
	return byKeys;
}

const defaultGlossaryKeys = glossaryKeys(glossary);

/**
 * The plan of a query: its words, their keys (Latin words) and their alternatives (from the
 * glossary's Indic terms and the vocabulary). A word already in the glossary as it is typed
 * needs no bridge: Meilisearch's synonyms and the fallback's groups cover it.
 */
export function planQuery(
	query: string,
	vocabulary: Vocabulary = emptyVocabulary(),
	byKeys: Map<string, KeyedTerm> = defaultGlossaryKeys
): QueryPlan {
	const q = normaliseForSearch(query);
	const tokens = [...q.matchAll(WORD)].map(([w]) => w);
	const anyIndic = tokens.some((w) => indicScript(w));
	// With no vocabulary read (yet), every key is tried; a function word's never.
	const known = (key: string) =>
		!functionKeys.has(key) && (vocabulary.romanKeys.size === 0 || vocabulary.romanKeys.has(key));
	const words: PlannedWord[] = tokens.map((word) => {
		// A Latin word the English texts hold (or a form of it) is taken as English: it gets no
		// romanised key.
		const romanised = !anyIndic && !indicScript(word) && !isEnglish(word, vocabulary);
		const key = romanised ? latinKey(word) : '';
		return {
			word,
			...(key.length >= MIN_KEY_LENGTH && known(key) ? { key } : {}),
			// An English word the English texts hold is found as it is; one they do not may be in
			// an Indic text as a loanword (ॲम्ब्युलन्स for `ambulance`).
			alternatives:
				word.length >= 3 && (indicScript(word) || !inEnglishTexts(word, vocabulary))
					? loanwords(word, vocabulary)
					: []
		};
	});
	// Runs of Latin words whose keys are those of a glossary term in an Indian script.
	if (!anyIndic) {
		for (let i = 0; i < words.length; i++) {
			for (let n = Math.min(MAX_TERM_WORDS, words.length - i); n >= 1; n--) {
				const run = words.slice(i, i + n);
				const keys = run.map((w) => (isEnglish(w.word, vocabulary) ? '' : latinKey(w.word)));
				if (keys.some((k) => k.length < MIN_KEY_LENGTH)) continue;
				const found = byKeys.get(keys.join(' '));
				if (found && run.map((w) => w.word.toLowerCase()).join(' ') !== found.headword) {
					words[i].alternatives.push(found.headword);
					words[i].term = found.term;
					// The other words of the run are spelt by the term too.
					for (const w of run.slice(1)) w.term = '';
					i += n - 1;
					break;
				}
			}
		}
	}
	return { q, words };
}

/** The keys of a plan, once each. */
export const planKeys = (plan: QueryPlan) => [
	...new Set(plan.words.flatMap((w) => (w.key ? [w.key] : [])))
];

/**
 * The alternatives of a plan, once each: every word's best first, then the second bests.
 * Meilisearch leaves out a query's last words first when too few texts hold them all.
 */
export function planAlternatives(plan: QueryPlan): string[] {
	const most = Math.max(0, ...plan.words.map((w) => w.alternatives.length));
	const ordered: string[] = [];
	for (let rank = 0; rank < most; rank++) {
		for (const word of plan.words) {
			if (word.alternatives[rank]) ordered.push(word.alternatives[rank]);
		}
	}
	return [...new Set(ordered)];
}
