import { describe, expect, it } from 'vitest';
import { expandQuery, glossary, normaliseTerm, synonymsOf } from './glossary';

const groups = [
	{ en: 'ICCC', terms: ['iccc', 'आईसीसीसी', 'integrated command and control centre'] },
	{ en: 'CCTV', terms: ['cctv', 'सीसीटीवी'] }
];

describe('the glossary', () => {
	it('is loaded with lowercased NFC terms and no term in two groups', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(40);
		const seen = new Map<string, string>();
		for (const group of glossary) {
			for (const term of group.terms) {
				expect(term).toBe(normaliseTerm(term));
				expect(seen.get(term), `${term} in ${group.en} and ${seen.get(term)}`).toBeUndefined();
				seen.set(term, group.en);
			}
		}
		const iccc = glossary.find((g) => g.en === 'ICCC')?.terms ?? [];
		for (const variant of ['iccc', 'आईसीसीसी', 'आई.सी.सी.सी', 'आई0 सी0सी0सी', 'આઇસીસીસી']) {
			expect(iccc).toContain(variant);
		}
	});

	it('becomes synonyms in both directions', () => {
		const synonyms = synonymsOf(groups);
		expect(synonyms['सीसीटीवी']).toEqual(['cctv']);
		expect(synonyms.cctv).toEqual(['सीसीटीवी']);
		expect(synonyms.iccc).toEqual(['आईसीसीसी', 'integrated command and control centre']);
	});
});

describe('expandQuery', () => {
	it('turns glossary terms into their groups and keeps other words as they are', () => {
		expect(expandQuery('ICCC कैमरा', groups)).toEqual([groups[0].terms, ['कैमरा']]);
	});

	it('prefers the longest phrase and strips punctuation at word edges', () => {
		expect(expandQuery('Integrated Command and Control Centre, (CCTV)!', groups)).toEqual([
			groups[0].terms,
			groups[1].terms
		]);
	});

	it('gives nothing for an empty or blank query', () => {
		expect(expandQuery('   ', groups)).toEqual([]);
		expect(expandQuery('', groups)).toEqual([]);
	});
});
