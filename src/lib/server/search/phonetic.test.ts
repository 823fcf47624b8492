import { describe, expect, it } from 'vitest';
import {
	companionToken,
	editDistance,
	englishSoundKey,
	indicKeys,
	indicScript,
	indicSoundKey,
	latinKey,
	loanwordMatch,
	normaliseForSearch,
	phoneticKey,
	romanise,
	romanisedCompanion,
	tokenKey
} from './phonetic';

describe('romanise', () => {
	it('writes Devanagari and Gujarati in IAST through Sanscript', () => {
		expect(romanise('पुस्तकालय')).toBe('pustakālaya');
		expect(romanise('કરાર')).toBe('karāra');
		expect(romanise('library')).toBe('library');
	});

	it('tells the script of a word', () => {
		expect(indicScript('करार')).toBe('devanagari');
		expect(indicScript('ગટર')).toBe('gujarati');
		expect(indicScript('ICCC')).toBeNull();
	});
});

describe('phoneticKey: the spellings officers type meet the Indic word', () => {
	const meets: [string, string[]][] = [
		['पुस्तकालय', ['pustakalay', 'pustakalaya', 'pustakaalay', 'Pustakaalaya']],
		['सहयोग', ['sahyog', 'sahayog', 'sahayoga']],
		['करार', ['karar', 'karaar', 'karara']],
		['नियंत्रण', ['niyantran', 'niyantrann', 'niyantrana', 'niyamtran']],
		['संबंध', ['sambandh', 'sanbandh', 'sambandha', 'sambndh']],
		['शिक्षा', ['shiksha', 'siksha', 'shixa', 'shikshaa']],
		['विकास', ['vikas', 'wikas', 'vikaas']],
		['ज़िला', ['zila', 'jila', 'zilaa']],
		['पट्टी', ['patti', 'pati', 'pattee']],
		['वॉर', ['vor', 'wor']],
		['कंट्रोल', ['kantrol', 'kantrola', 'kanttrol']],
		['गटार', ['gatar', 'gataar', 'gattar']],
		['વિકાસ', ['vikas', 'vikaas']],
		['પુસ્તકાલય', ['pustakalay', 'pustakalaya']],
		['कृषि', ['krishi', 'krishee']],
		['भारत', ['bharat', 'bharath', 'bhaarat']],
		['डिजिटल', ['dijital', 'dijitall']]
	];
	for (const [word, spellings] of meets) {
		it(`${word} (${romanise(word)})`, () => {
			const key = phoneticKey(word);
			expect(key.length).toBeGreaterThanOrEqual(3);
			for (const spelling of spellings) expect(latinKey(spelling), spelling).toBe(key);
		});
	}

	it('keeps apart words that differ in more than the loose parts', () => {
		expect(phoneticKey('करार')).not.toBe(phoneticKey('कार'));
		expect(phoneticKey('पुस्तक')).not.toBe(phoneticKey('पुस्तकालय'));
		expect(phoneticKey('जल')).not.toBe(phoneticKey('जील'));
		expect(latinKey('sahyog')).not.toBe(latinKey('sahkarya'));
	});

	it('has no key for what has no letters', () => {
		expect(latinKey('2017')).toBe('');
		expect(phoneticKey('')).toBe('');
		expect(latinKey('—')).toBe('');
	});
});

describe('romanisedCompanion', () => {
	it('keys each Indic word once, in order, as tokens no word can be', () => {
		const text = 'बिलासपुर का डिजिटल पुस्तकालय ICCC से जुड़ा है; पुस्तकालय स्वयं चलता है।';
		const tokens = romanisedCompanion(text).split(' ');
		expect(tokens.slice(0, 2)).toEqual([
			companionToken(phoneticKey('बिलासपुर')),
			companionToken(phoneticKey('डिजिटल'))
		]);
		const keys = tokens.map(tokenKey);
		expect(keys.filter((k) => k === phoneticKey('पुस्तकालय'))).toHaveLength(1);
		expect(keys).not.toContain('iccc');
		// का, से, है: too short to say anything.
		for (const key of keys) expect(key!.length).toBeGreaterThanOrEqual(3);
	});

	it('writes a key so that neither a word nor another key can match it', () => {
		expect(companionToken('sev')).toBe('zqsevq');
		expect(companionToken('seva').includes(companionToken('sev'))).toBe(false);
		expect(tokenKey('zqkrrq')).toBe('krr');
		expect(tokenKey('several')).toBeNull();
		// No key holds a z or a q (latinKey writes them j and k), so the marks cannot be a key's.
		expect(latinKey('zaqiq')).not.toMatch(/[zq]/);
	});

	it('keeps each key with the first word that has it', () => {
		expect(indicKeys('पुस्तकालय पुस्तकालयों का पुस्तकालय')).toEqual(
			new Map([
				[phoneticKey('पुस्तकालय'), 'पुस्तकालय'],
				[phoneticKey('पुस्तकालयों'), 'पुस्तकालयों']
			])
		);
	});

	it('is empty for a text with no Indic words', () => {
		expect(romanisedCompanion('A self-funding digital library in Bilaspur')).toBe('');
	});
});

describe('sound keys: English words written in an Indian script', () => {
	const pairs: [string, string][] = [
		['कंट्रोल', 'control'],
		['रूम', 'room'],
		['लाइब्रेरी', 'library'],
		['ड्रेनेज', 'drainage'],
		['સ્કાડા', 'scada'],
		['कैमरा', 'camera'],
		['ડ્રેનેજ', 'drainage'],
		['वॉर', 'war'],
		['डिजिटल', 'digital'],
		['सिटी', 'city'],
		['डेटा', 'data'],
		['स्मार्ट', 'smart']
	];
	it.each(pairs)('%s meets %s', (indic, english) => {
		expect(loanwordMatch(indicSoundKey(indic), englishSoundKey(english))).toBe(true);
	});

	it('does not pair words whose consonants differ, or whose vowels differ too much', () => {
		expect(loanwordMatch(indicSoundKey('कैमरा'), englishSoundKey('corner'))).toBe(false);
		expect(loanwordMatch(indicSoundKey('रूम'), englishSoundKey('rim'))).toBe(false);
		expect(loanwordMatch(indicSoundKey('लाइब्रेरी'), englishSoundKey('labour'))).toBe(false);
		// A single consonant says too little.
		expect(loanwordMatch(indicSoundKey('आई'), englishSoundKey('eye'))).toBe(false);
	});

	it('has no sound key for a Latin word on the Indic side, or a letter on the English side', () => {
		expect(indicSoundKey('room')).toBe('');
		expect(englishSoundKey('a')).toBe('');
	});

	it('measures edit distance', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});

describe('normaliseForSearch', () => {
	it('closes up dotted and zero-marked abbreviations, in Indic scripts and Latin', () => {
		expect(normaliseForSearch('आई.सी.सी.सी')).toBe('आईसीसीसी');
		expect(normaliseForSearch('आई0 सी0सी0सी से')).toBe('आईसीसीसी से');
		expect(normaliseForSearch('आई०सी०सी०सी')).toBe('आईसीसीसी');
		expect(normaliseForSearch('આઇ.સી.સી.સી')).toBe('આઇસીસીસી');
		expect(normaliseForSearch('the I.C.C.C. of Pune')).toBe('the ICCC of Pune');
		expect(normaliseForSearch('आई॰सी॰सी॰सी')).toBe('आईसीसीसी');
	});

	it('leaves the end of a sentence, and decimals, alone', () => {
		expect(normaliseForSearch('यह कमांड सेंटर है. अब')).toBe('यह कमांड सेंटर है. अब');
		expect(normaliseForSearch('आईएमएएफ 2.0 में')).toBe('आईएमएएफ 2.0 में');
		expect(normaliseForSearch('version 2.0. Then')).toBe('version 2.0. Then');
	});

	it('drops the joiners that only shape a conjunct', () => {
		expect(normaliseForSearch('दर\u094D\u200Dयाची')).toBe('दर\u094Dयाची');
	});

	it('writes Indic digits as ASCII digits', () => {
		expect(normaliseForSearch('२०१७ में')).toBe('2017 में');
		expect(normaliseForSearch('૨૦૧૭')).toBe('2017');
		expect(normaliseForSearch('কোভিড-১৯')).toBe('কোভিড-19');
	});
});
