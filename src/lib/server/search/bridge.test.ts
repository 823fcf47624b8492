import { describe, expect, it } from 'vitest';
import {
	buildVocabulary,
	emptyVocabulary,
	glossaryKeys,
	inEnglishTexts,
	isEnglish,
	loanwords,
	planAlternatives,
	planKeys,
	planQuery,
	soundKeysOf,
	typoDistance,
	type VocabularyWord
} from './bridge';
import { englishSoundKey, indicSoundKey, latinKey, phoneticKey } from './phonetic';

const english = (word: string): VocabularyWord => ({
	word,
	soundKey: englishSoundKey(word),
	indic: false
});
const indic = (word: string): VocabularyWord => ({
	word,
	soundKey: indicSoundKey(word),
	indic: true
});

const vocabulary = buildVocabulary([
	...['control', 'room', 'library', 'drainage', 'scada', 'camera', 'corner', 'plan', 'city'].map(
		english
	),
	...['कंट्रोल', 'रूम', 'लाइब्रेरी', 'प्लान', 'करार', 'सहयोग', 'जीपीएस'].map(indic)
]);

describe('loanwords', () => {
	it('finds the English word an Indic word sounds like, and the other way round', () => {
		expect(loanwords('कंट्रोल', vocabulary)).toEqual(['control']);
		expect(loanwords('ડ્રેનેજ', vocabulary)).toEqual(['drainage']);
		expect(loanwords('कैमरा', vocabulary)).toEqual(['camera']);
		expect(loanwords('library', vocabulary)).toEqual(['लाइब्रेरी']);
	});

	it('finds nothing for a word with no close match, or a short English word', () => {
		expect(loanwords('सुरक्षा', vocabulary)).toEqual([]);
		// Short English words say too little by their sound: `plan` is left as it is.
		expect(loanwords('plan', vocabulary)).toEqual([]);
		expect(loanwords('रूम', vocabulary)).toEqual(['room']);
	});
});

describe('planQuery', () => {
	it('keys Latin words the English texts do not hold, and leaves English ones alone', () => {
		const plan = planQuery('sahyog karar city', vocabulary);
		expect(planKeys(plan)).toEqual([latinKey('sahyog'), latinKey('karar')]);
		expect(plan.words.find((w) => w.word === 'city')?.key).toBeUndefined();
		// `flood` is common English, though no text here holds it.
		expect(planKeys(planQuery('flood', vocabulary))).toEqual([]);
	});

	it('searches a key only when an Indic word of the texts has it', () => {
		expect(planKeys(planQuery('tantragyan karar', vocabulary))).toEqual([latinKey('karar')]);
		// With no vocabulary read yet, every key is tried.
		expect(planKeys(planQuery('tantragyan', emptyVocabulary()))).toEqual([latinKey('tantragyan')]);
	});

	it('looks for an English word as a loanword only when no English text holds it', () => {
		// `library` is in the English texts: found as it is.
		expect(planQuery('library', vocabulary).words[0].alternatives).toEqual([]);
		const withoutEnglish = buildVocabulary(['लाइब्रेरी'].map(indic));
		expect(planQuery('library', withoutEnglish).words[0].alternatives).toEqual(['लाइब्रेरी']);
	});

	it('lists every word’s best alternative before any second best', () => {
		expect(
			planAlternatives({
				q: 'a b',
				words: [
					{ word: 'a', alternatives: ['a1', 'a2'] },
					{ word: 'b', alternatives: ['b1'] }
				]
			})
		).toEqual(['a1', 'b1', 'a2']);
	});

	it('gives no keys to a query with Indic letters, and bridges its loanwords', () => {
		const plan = planQuery('कंट्रोल रूम', vocabulary);
		expect(planKeys(plan)).toEqual([]);
		expect(planAlternatives(plan)).toEqual(['control', 'room']);
	});

	it('finds the glossary term a romanised word spells, and offers its English headword', () => {
		const plan = planQuery('pustakalay', vocabulary);
		expect(plan.words[0]).toMatchObject({ term: 'पुस्तकालय', alternatives: ['library'] });
	});

	it('matches a run of romanised words to a glossary term of several words', () => {
		const byKeys = glossaryKeys([{ en: 'control room', terms: ['नियंत्रण कक्ष'] }]);
		const plan = planQuery('niyantran kaksh', vocabulary, byKeys);
		expect(plan.words[0]).toMatchObject({ term: 'नियंत्रण कक्ष', alternatives: ['control room'] });
		expect(plan.words[1].term).toBe('');
		expect(byKeys.get(`${phoneticKey('नियंत्रण')} ${phoneticKey('कक्ष')}`)?.headword).toBe(
			'control room'
		);
	});

	it('normalises abbreviations and digits before planning', () => {
		expect(planQuery('आई.सी.सी.सी २०१७', vocabulary).q).toBe('आईसीसीसी 2017');
	});
});

describe('the vocabulary', () => {
	it('keys an acronym by its letters, and a plural also without its s', () => {
		expect(soundKeysOf({ word: 'GPS', indic: false }).map((k) => k.soundKey)).toEqual([
			indicSoundKey('जीपीएस')
		]);
		const bursts = soundKeysOf({ word: 'bursts', indic: false }).map((k) => k.soundKey);
		expect(bursts).toEqual([englishSoundKey('bursts'), englishSoundKey('burst')]);
		expect(soundKeysOf({ word: 'class', indic: false })).toHaveLength(1);
	});

	it('finds an acronym from its letter names written in an Indian script', () => {
		const withAcronym = buildVocabulary(soundKeysOf({ word: 'GPS', indic: false }));
		expect(loanwords('जीपीएस', withAcronym)).toEqual(['GPS']);
	});

	it('tells English words: common ones, and the texts’ own with their endings', () => {
		const texts = buildVocabulary(['planning', 'kanpur'].map(english));
		expect(isEnglish('flood', texts)).toBe(true);
		expect(isEnglish('plan', texts)).toBe(true);
		expect(isEnglish('Kanpur', texts)).toBe(true);
		expect(isEnglish('pustakalay', texts)).toBe(false);
	});
});

describe('telling English words', () => {
	const texts = buildVocabulary(['mentorship', 'committee', 'drainage'].map(english));

	it('takes a word the English texts hold, misspelt as Meilisearch forgives, as English', () => {
		expect(inEnglishTexts('mentorhsip', texts)).toBe(true);
		expect(inEnglishTexts('comittee', texts)).toBe(true);
		expect(inEnglishTexts('drainag', texts)).toBe(true);
		// Too far off, or too short to tell.
		expect(inEnglishTexts('mandir', texts)).toBe(false);
		expect(inEnglishTexts('drane', texts)).toBe(false);
	});

	it('counts a swap of neighbouring letters as one typo', () => {
		expect(typoDistance('mentorhsip', 'mentorship')).toBe(1);
		expect(typoDistance('abc', 'abc')).toBe(0);
		expect(typoDistance('kitten', 'sitting')).toBe(3);
	});

	it('gives a function word no key: `aur` is और, in every Hindi text', () => {
		const withAur = buildVocabulary(['और', 'करार'].map(indic));
		expect(planKeys(planQuery('aur karar', withAur))).toEqual([latinKey('karar')]);
	});
});
