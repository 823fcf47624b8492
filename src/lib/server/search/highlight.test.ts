import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from './documents';
import { crop, markedHtml, markTerms } from './highlight';
import { emptyVocabulary, planQuery } from './bridge';
import {
	alsoSearch,
	filterLiteral,
	meiliFilter,
	romanMatches,
	searchEndpointUrl
} from './meilisearch';
import { latinKey } from './phonetic';

describe('filters for Meilisearch', () => {
	it('quotes and escapes every value', () => {
		expect(filterLiteral('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
		expect(meiliFilter({ sector: 'public-safety', state: 'Uttar Pradesh' })).toEqual([
			'sectors = "public-safety"',
			'state = "Uttar Pradesh"'
		]);
	});
});

describe('the search endpoint', () => {
	it('is the index’s search path on the host, with or without a scheme or a final slash', () => {
		expect(searchEndpointUrl('http://127.0.0.1:7700/', 'citysetu').href).toBe(
			'http://127.0.0.1:7700/indexes/citysetu/search'
		);
		expect(searchEndpointUrl('https://ms.example.in', 'a b').href).toBe(
			'https://ms.example.in/indexes/a%20b/search'
		);
		// As meilisearch-js (the indexer's client) reads a host without a scheme.
		expect(searchEndpointUrl('localhost:7700', 'citysetu').href).toBe(
			'http://localhost:7700/indexes/citysetu/search'
		);
		expect(searchEndpointUrl('127.0.0.1:7700', 'citysetu').protocol).toBe('http:');
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

describe('romanised matches', () => {
	const hit = (language: string, title = '') => ({
		type: 'practice' as const,
		slug: 'x',
		title,
		title_en: '',
		summary_en: '',
		language,
		kind: 'agreement',
		city: { slug: 'thane', name: 'Thane' },
		highlight: { title: '', title_language: language, snippet: '', snippet_language: 'en' }
	});

	it('reads the words of the keys Meilisearch marked, from the hit’s own words', () => {
		const formatted = {
			roman_title: `zqskryq ${MARK_START}zqkrrq${MARK_END}`,
			roman_body: `…zqskryq ${MARK_START}zqkrrq${MARK_END} ${MARK_START}zqtnq${MARK_END} zqpnq`
		};
		const words = 'skry=सहकार्य krr=करार tn=ठाणे';
		expect(romanMatches(formatted, words)).toEqual(
			new Map([
				['krr', ['करार']],
				['tn', ['ठाणे']]
			])
		);
		// Nothing marked, or no word known for a key: nothing to show.
		expect(romanMatches({ roman_title: 'zqkrrq' }, words)).toEqual(new Map());
		expect(romanMatches(formatted, undefined)).toEqual(new Map());
	});

	it('offers the query in the script of what it matched, in the language of the text', () => {
		const plan = planQuery('sahkarya karar', emptyVocabulary());
		const matches = new Map([
			[latinKey('sahkarya'), ['सहकार्य']],
			[latinKey('karar'), ['करार']]
		]);
		expect(alsoSearch(plan, [{ hit: hit('mr', 'ठाणे आणि जपान यांच्यातील करार'), matches }])).toEqual({
			q: 'सहकार्य करार',
			language: 'mr'
		});
	});

	it('offers nothing when a romanised word matched nothing, or nothing was romanised', () => {
		const plan = planQuery('sahkarya tantragyan', emptyVocabulary());
		const matches = new Map([[latinKey('sahkarya'), ['सहकार्य']]]);
		expect(alsoSearch(plan, [{ hit: hit('mr'), matches }])).toBeNull();
		expect(alsoSearch(planQuery('control room'), [])).toBeNull();
	});

	it('offers the glossary term a romanised word spells, in its script', () => {
		expect(alsoSearch(planQuery('pustakalay', emptyVocabulary()), [])).toEqual({
			q: 'पुस्तकालय',
			language: 'hi'
		});
	});
});
