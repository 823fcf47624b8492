import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from './documents';
import {
	crop,
	filterLiteral,
	markedHtml,
	markTerms,
	meiliFilter,
	parseSearchParams
} from './service';
import type { SearchVocabulary } from './service';

const vocabulary: SearchVocabulary = {
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	states: ['Gujarat', 'Uttar Pradesh'],
	cities: ['kanpur', 'rajkot'],
	languages: ['en', 'hi'],
	names: { sectors: {}, components: {}, cities: {} }
};
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), vocabulary);

describe('parseSearchParams', () => {
	it('reads the query and known filters, in any case', () => {
		expect(parse('q=  सेफ   सिटी &state=uttar pradesh&kind=playbook&page=2&per_page=5')).toEqual({
			query: {
				q: 'सेफ सिटी',
				filters: { state: 'Uttar Pradesh', kind: 'playbook' },
				page: 2,
				perPage: 5,
				sort: 'relevance'
			},
			errors: {}
		});
	});

	it('names unknown parameters and values, and caps the page size', () => {
		const { errors } = parse('colour=red&kind=novel&city=atlantis&per_page=500&page=0');
		expect(Object.keys(errors).sort()).toEqual(['city', 'colour', 'kind', 'page', 'per_page']);
	});

	it('refuses a filter value that tries to widen the filter', () => {
		expect(parse('state=Gujarat" OR type = "city').errors.state).toMatch(/unknown state/);
	});

	it('sorts by relevance unless asked for the newest first', () => {
		expect(parse('q=x&sort=newest').query.sort).toBe('newest');
		expect(parse('q=x&sort=oldest').errors.sort).toMatch(/relevance, newest/);
	});

	it('trims very long queries', () => {
		expect(parse(`q=${'क'.repeat(500)}`).query.q).toHaveLength(200);
	});

	it('refuses pages past what can be shown', () => {
		expect(parse('q=x&page=200&per_page=10').errors.page).toMatch(/first 1000/);
	});
});

describe('filters for Meilisearch', () => {
	it('quotes and escapes every value', () => {
		expect(filterLiteral('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
		expect(meiliFilter({ sector: 'public-safety', state: 'Uttar Pradesh' })).toEqual([
			'sectors = "public-safety"',
			'state = "Uttar Pradesh"'
		]);
	});
});

describe('highlights', () => {
	it('escapes the text before turning markers into <mark>', () => {
		expect(markedHtml(`<b>${MARK_START}सेफ${MARK_END}</b> & "x"`)).toBe(
			'&lt;b&gt;<mark>सेफ</mark>&lt;/b&gt; &amp; &quot;x&quot;'
		);
	});

	it('marks the terms found, longest first, in any case', () => {
		expect(markTerms('Safe City cameras in the city', ['safe city', 'city'])).toBe(
			`${MARK_START}Safe City${MARK_END} cameras in the ${MARK_START}city${MARK_END}`
		);
	});

	it('crops long text around the first match', () => {
		const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
		words[60] = 'library';
		const cut = crop(words.join(' '), ['library'], 10);
		expect(cut.startsWith('…w57 w58 w59 library')).toBe(true);
		expect(cut.endsWith('…')).toBe(true);
	});
});
