import { describe, expect, it } from 'vitest';
import {
	cityDocument,
	fieldLanguage,
	indexSettings,
	MARK_START,
	practiceDocument,
	searchRequest,
	titleField
} from './documents';

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
		expect(searchable.at(-1)).toBe('component_names');
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
