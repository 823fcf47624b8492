import { describe, expect, it } from 'vitest';
import {
	cityDocument,
	fieldLanguage,
	indexSettings,
	MARK_START,
	practiceDocument,
	titleField
} from './documents';
import {
	ALTERNATIVE_WEIGHT,
	bridgeNeeded,
	meiliRequest,
	ROMAN_WEIGHT,
	searchRequest
} from './request';
import { companionToken, phoneticKey } from './phonetic';

const city = {
	slug: 'kanpur',
	name: 'Kanpur',
	name_local: 'कानपुर',
	name_local_lang: 'hi',
	state: 'Uttar Pradesh',
	zonal_council: 'central'
};
const names = new Map([['cctv-surveillance', ['CCTV Surveillance', 'सीसीटीवी निगरानी']]]);

describe('practiceDocument', () => {
	const doc = practiceDocument(
		{
			id: '00000000-0000-0000-0000-000000000001',
			slug: 'safe-city',
			kind: 'playbook',
			language: 'hi',
			title: `सेफ सिटी${MARK_START}`,
			title_en: 'Safe City',
			summary_en: 'Linking cameras.',
			markdown: '## चरण\n\n**कैमरे** जोड़ें <script>x</script>',
			sectors: ['public-safety'],
			components: ['cctv-surveillance'],
			version: 3,
			updated_at: '2026-11-23T10:00:00Z',
			city
		},
		new Map(),
		names
	);

	it('puts the text in its language’s fields, as plain text without markers', () => {
		expect(doc.title_hi).toBe('सेफ सिटी');
		expect(doc.body_hi).toBe('चरण कैमरे जोड़ें');
		expect(doc.title_en).toBe('Safe City');
		expect(doc).not.toHaveProperty('body_en');
	});

	it('carries the facets, names and version', () => {
		expect(doc).toMatchObject({
			id: 'practice-00000000-0000-0000-0000-000000000001',
			type: 'practice',
			city: 'kanpur',
			city_local: 'कानपुर',
			state: 'Uttar Pradesh',
			zone: 'central',
			component_names: ['CCTV Surveillance', 'सीसीटीवी निगरानी'],
			version: 3,
			updated_at: Date.parse('2026-11-23T10:00:00Z') / 1000
		});
		expect(titleField(doc)).toBe('title_hi');
	});
});

describe('the companions of a document', () => {
	const practice = {
		id: '00000000-0000-0000-0000-000000000003',
		slug: 'sagar',
		kind: 'case_study',
		language: 'hi',
		title: 'सागर का आई.सी.सी.सी बना कंट्रोल रूम',
		title_en: 'Sagar’s ICCC became a control room',
		summary_en: 'A control room.',
		markdown: 'वर्ष २०२० में **वॉर रूम** बना।',
		sectors: [],
		components: [],
		version: 1,
		updated_at: '2026-11-23T10:00:00Z',
		city
	};
	const doc = practiceDocument(practice, new Map(), new Map(), new Map([['kanpur', ['કાનપુર']]]));

	it('writes abbreviations and digits one way in the text, and keeps the title as written', () => {
		expect(doc.body_hi).toBe('वर्ष 2020 में वॉर रूम बना।');
		expect(doc.title_hi).toBe('सागर का आई.सी.सी.सी बना कंट्रोल रूम');
		expect(doc.title_alt).toBe('सागर का आईसीसीसी बना कंट्रोल रूम');
	});

	it('carries the keys of the title’s and the text’s Indic words, and each key’s word', () => {
		expect(doc.roman_title?.split(' ')).toContain(companionToken(phoneticKey('कंट्रोल')));
		expect(doc.roman_body?.split(' ')).toContain(companionToken(phoneticKey('वॉर')));
		expect(doc.roman_body).not.toMatch(/[\u0900-\u097F]|2020/);
		expect(doc.roman_words?.split(' ')).toContain(`${phoneticKey('वॉर')}=वॉर`);
	});

	it('searches the keys only as the index writes them, and without typos', () => {
		expect(indexSettings().typoTolerance).toEqual({
			disableOnAttributes: ['roman_title', 'roman_body']
		});
	});

	it('names the city in every language known', () => {
		expect(doc.city_local).toBe('कानपुर કાનપુર');
	});

	it('has no companions for an English text', () => {
		const english = practiceDocument(
			{ ...practice, language: 'en', title: 'A control room', markdown: 'Plain text.' },
			new Map(),
			new Map()
		);
		expect(english).not.toHaveProperty('roman_title');
		expect(english).not.toHaveProperty('roman_body');
		expect(english).not.toHaveProperty('title_alt');
	});
});

describe('cityDocument', () => {
	it('indexes the city under its English and local names', () => {
		const doc = cityDocument(
			{
				...city,
				id: '00000000-0000-0000-0000-000000000002',
				iccc_summary_en: 'Safe City cameras',
				iccc_summary_hi: 'सेफ सिटी कैमरे',
				updated_at: '2026-11-23T10:00:00Z',
				components: ['cctv-surveillance']
			},
			names
		);
		expect(doc).toMatchObject({
			type: 'city',
			title_en: 'Kanpur',
			title_hi: 'कानपुर',
			body_hi: 'सेफ सिटी कैमरे',
			kind: null
		});
		expect(titleField(doc)).toBe('title_en');
	});
});

describe('fieldLanguage and the settings', () => {
	it('gives the main languages fields of their own and the rest a shared one', () => {
		expect(fieldLanguage('gu')).toBe('gu');
		expect(fieldLanguage('mr-IN')).toBe('mr');
		expect(fieldLanguage('sa')).toBe('other');
	});

	it('searches titles first and tags last, with synonyms and locales', () => {
		const settings = indexSettings();
		const searchable = settings.searchableAttributes ?? [];
		expect(searchable[0]).toBe('title_en');
		expect(searchable.indexOf('summary_en')).toBeGreaterThan(searchable.indexOf('title_other'));
		expect(searchable.indexOf('body_en')).toBeGreaterThan(searchable.indexOf('summary_en'));
		expect(searchable.slice(-3)).toEqual(['component_names', 'roman_title', 'roman_body']);
		expect(settings.synonyms?.['सीसीटीवी']).toContain('cctv');
		expect(settings.localizedAttributes).toContainEqual({
			attributePatterns: ['title_gu', 'body_gu'],
			locales: ['guj']
		});
	});
});

describe('searchRequest', () => {
	const request = (over = {}) => searchRequest({ filter: [], offset: 0, limit: 10, ...over });

	it('counts facets only when the caller lists them', () => {
		expect(request().facets).toBeUndefined();
		expect(request({ facets: true }).facets).toEqual([
			'type',
			'kind',
			'sectors',
			'components',
			'language',
			'state',
			'zone',
			'city'
		]);
	});

	it('asks for what a hit shows: highlighted titles and a cropped summary, never the text', () => {
		const params = request();
		expect(params.attributesToRetrieve).not.toContain('body_en');
		expect(params.attributesToRetrieve).not.toContain('title_en');
		expect(params.attributesToHighlight).toEqual(expect.arrayContaining(['title_en', 'title_hi']));
		expect(params.attributesToHighlight).toContain('summary_en');
		expect(params.attributesToHighlight?.some((f) => f.startsWith('body_'))).toBe(false);
		expect(params.attributesToCrop).toEqual(['summary_en']);
		expect(params.showMatchesPosition).toBeUndefined();
	});

	it('sorts by date only for the newest first, and pages as told', () => {
		expect(request().sort).toBeUndefined();
		expect(request({ newest: true, offset: 20, limit: 5 })).toMatchObject({
			sort: ['updated_at:desc'],
			offset: 20,
			limit: 5
		});
	});
});

describe('meiliRequest', () => {
	const options = { filter: ['type = "practice"'], offset: 10, limit: 5, facets: true };

	it('is one search of the words as typed when there is nothing to bridge', () => {
		const { path, body } = meiliRequest(
			'citysetu',
			{ q: 'आईसीसीसी', keys: [], alternatives: [] },
			options
		);
		expect(path).toBe('indexes/citysetu/search');
		expect(body).toMatchObject({ q: 'आईसीसीसी', offset: 10, limit: 5, filter: options.filter });
		expect(body.facets).toHaveLength(8);
	});

	it('federates the words, their keys and their alternatives, each bridge with less weight', () => {
		const { path, body } = meiliRequest(
			'citysetu',
			{ q: 'sahyog karar', keys: ['syog', 'krr'], alternatives: ['agreement'] },
			options
		);
		expect(path).toBe('multi-search');
		const { federation, queries } = body as {
			federation: Record<string, unknown>;
			queries: Record<string, unknown>[];
		};
		expect(federation).toMatchObject({
			offset: 10,
			limit: 5,
			facetsByIndex: { citysetu: expect.arrayContaining(['type', 'language']) },
			mergeFacets: {}
		});
		expect(queries.map((q) => q.q)).toEqual(['sahyog karar', 'zqsyogq zqkrrq ', 'agreement']);
		// Only the romanised search reads each hit's words, to show those it matched.
		expect(queries[1].attributesToRetrieve).toContain('roman_words');
		expect(queries[0].attributesToRetrieve).not.toContain('roman_words');
		expect(queries.map((q) => q.federationOptions)).toEqual([
			undefined,
			{ weight: ROMAN_WEIGHT },
			{ weight: ALTERNATIVE_WEIGHT }
		]);
		expect(ROMAN_WEIGHT).toBeLessThan(1);
		expect(ALTERNATIVE_WEIGHT).toBeLessThan(1);
		for (const query of queries) {
			// Paging and facets belong to the federation; the filter to every query.
			expect(query).not.toHaveProperty('offset');
			expect(query).not.toHaveProperty('facets');
			expect(query.filter).toEqual(options.filter);
		}
		// The romanised search highlights its companions, to show the words it matched.
		expect(queries[1].attributesToHighlight).toEqual(
			expect.arrayContaining(['roman_title', 'roman_body'])
		);
	});

	it('leaves the facets out of a federation that does not count them', () => {
		const { body } = meiliRequest(
			'citysetu',
			{ q: 'karar', keys: ['krr'], alternatives: [] },
			{ ...options, facets: false }
		);
		expect(body.federation).toEqual({ offset: 10, limit: 5 });
		expect(body.queries).toHaveLength(2);
	});
});

describe('bridgeNeeded', () => {
	it('asks with the bridges only when the words as typed do not fill a page', () => {
		expect(bridgeNeeded(0, 10)).toBe(true);
		expect(bridgeNeeded(9, 10)).toBe(true);
		expect(bridgeNeeded(10, 10)).toBe(false);
		expect(bridgeNeeded(5000, 10)).toBe(false);
	});
});
