import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './query';
import type { SearchVocabulary } from './vocabulary';

const vocabulary: SearchVocabulary = {
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	states: ['Gujarat', 'Uttar Pradesh'],
	cities: ['kanpur', 'rajkot'],
	languages: ['en', 'hi'],
	names: { sectors: {}, components: {}, cities: {} }
};
const parse = (query: string) => parseSearchQuery(new URLSearchParams(query), vocabulary);

describe('parseSearchQuery', () => {
	it('reads the query and known filters, in any case', () => {
		expect(parse('q=  सेफ   सिटी &state=uttar pradesh&kind=playbook&page=2&per_page=5')).toEqual({
			query: {
				q: 'सेफ सिटी',
				filters: { state: 'Uttar Pradesh', kind: 'playbook' },
				page: 2,
				perPage: 5,
				sort: 'relevance',
				facets: false
			},
			errors: {},
			invalid: []
		});
	});

	it('names unknown parameters and values, and caps the page size', () => {
		const { errors, invalid, query } = parse(
			'q=x&colour=red&kind=novel&city=atlantis&per_page=500&page=0'
		);
		expect(Object.keys(errors).sort()).toEqual(['city', 'colour', 'kind', 'page', 'per_page']);
		expect(invalid).toContainEqual({ field: 'kind', value: 'novel' });
		// What was understood still searches, each wrong value at its default.
		expect(query).toEqual({
			q: 'x',
			filters: {},
			page: 1,
			perPage: 10,
			sort: 'relevance',
			facets: false
		});
	});

	it('refuses a filter value that tries to widen the filter', () => {
		const { errors, query } = parse('state=Gujarat" OR type = "city');
		expect(errors.state).toMatch(/not a known value/);
		expect(query.filters).toEqual({});
	});

	it('sorts by relevance unless asked for the newest first', () => {
		expect(parse('q=x&sort=newest').query.sort).toBe('newest');
		expect(parse('q=x&sort=oldest').errors.sort).toMatch(/relevance, newest/);
	});

	it('counts facets only when asked with facets=1', () => {
		expect(parse('q=x').query.facets).toBe(false);
		expect(parse('q=x&facets=1').query.facets).toBe(true);
		expect(parse('q=x&facets=0').query.facets).toBe(false);
		expect(parse('q=x&facets=all').errors.facets).toMatch(/0, 1/);
	});

	it('trims very long queries, by characters', () => {
		expect(Array.from(parse(`q=${'क'.repeat(500)}`).query.q)).toHaveLength(200);
		expect(Array.from(parse(`q=${'😀'.repeat(300)}`).query.q)).toHaveLength(200);
	});

	it('refuses pages past what can be shown', () => {
		expect(parse('q=x&page=200&per_page=10').errors.page).toMatch(/first 1000/);
	});

	it('refuses a parameter given twice', () => {
		expect(parse('q=x&kind=playbook&kind=case_study').errors.kind).toMatch(/more than once/);
	});
});
