// What the search index holds: one document per published practice and per city, and the index
// settings, kept in code and applied whenever the app or `npm run reindex` starts. Plain
// TypeScript with no SvelteKit imports, so scripts can use it too.
import type { Settings } from 'meilisearch';
import { FACETS } from '../../search.ts';
import { markdownToText } from '../markdown.ts';
import { glossary, synonymsOf } from './glossary.ts';
import { indicKeys, normaliseForSearch, romanisedCompanion } from './phonetic.ts';

/** Languages with fields of their own, and the Meilisearch locale of each (ISO 639-3). */
export const FIELD_LOCALES = {
	en: 'eng',
	hi: 'hin',
	mr: 'mar',
	gu: 'guj',
	ta: 'tam',
	te: 'tel',
	kn: 'kan',
	ml: 'mal',
	bn: 'ben',
	or: 'ori',
	pa: 'pan',
	ur: 'urd'
} as const;
type FieldLanguage = keyof typeof FIELD_LOCALES | 'other';

const fieldLanguages = Object.keys(FIELD_LOCALES) as (keyof typeof FIELD_LOCALES)[];

/** The suffix of a language's fields: its own for the main languages, `other` for the rest. */
export function fieldLanguage(tag: string): FieldLanguage {
	const primary = tag.toLowerCase().split('-')[0];
	return primary in FIELD_LOCALES ? (primary as FieldLanguage) : 'other';
}

/** The fields the index counts and filters by: one per facet of the search. */
export const FACET_FIELDS = FACETS.map((f) => f.field);

// The search highlights' markers: private-use characters no document can contain (they are
// removed from every text before it is indexed), turned into <mark> only after escaping.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
const MARKERS = /[\uE000\uE001]/g;
const clean = (text: string | null | undefined) => (text ?? '').replace(MARKERS, '');

export interface SearchDocument {
	id: string;
	type: 'practice' | 'city';
	slug: string;
	language: string;
	kind: string | null;
	title_en: string;
	summary_en: string;
	sectors: string[];
	components: string[];
	sector_names: string[];
	component_names: string[];
	city: string;
	city_name: string;
	city_local: string;
	state: string;
	zone: string;
	updated_at: number;
	version: number;
	/**
	 * The title with its abbreviations and digits written one way (आई.सी.सी.सी as आईसीसीसी,
	 * २०१७ as 2017), when that differs from the title as written.
	 */
	title_alt?: string;
	/** The romanised companions of the title and the text: their Indic words' keys (phonetic.ts). */
	roman_title?: string;
	roman_body?: string;
	/**
	 * Each key with its word (`pustkly=पुस्तकालय …`): not searched, read only by a romanised search
	 * to show and offer the words it matched in this document.
	 */
	roman_words?: string;
	/** title_hi, body_hi, title_gu … : the text in its own language's fields. */
	[field: string]: unknown;
}

export interface PracticeRecord {
	id: string;
	slug: string;
	kind: string;
	language: string;
	title: string;
	title_en: string;
	summary_en: string;
	markdown: string;
	sectors: string[];
	components: string[];
	version: number;
	updated_at: string;
	city: CityFields;
}

export interface CityFields {
	slug: string;
	name: string;
	name_local: string | null;
	name_local_lang: string | null;
	state: string;
	zonal_council: string;
}

export interface CityRecord extends CityFields {
	id: string;
	iccc_summary_en: string | null;
	iccc_summary_hi: string | null;
	updated_at: string;
	components: string[];
}

/** Names of sectors and components in English and Hindi, so either finds them. */
export type Names = Map<string, string[]>;

const namesOf = (slugs: string[], names: Names) => slugs.flatMap((slug) => names.get(slug) ?? []);

export function practiceDocument(
	practice: PracticeRecord,
	sectorNames: Names,
	componentNames: Names,
	cityNames: Names = new Map()
): SearchDocument {
	const lang = fieldLanguage(practice.language);
	const body = normaliseForSearch(clean(markdownToText(practice.markdown)));
	const doc: SearchDocument = {
		id: `practice-${practice.id}`,
		type: 'practice',
		slug: practice.slug,
		language: practice.language,
		kind: practice.kind,
		title_en: clean(practice.title_en),
		summary_en: clean(practice.summary_en),
		sectors: practice.sectors,
		components: practice.components,
		sector_names: namesOf(practice.sectors, sectorNames),
		component_names: namesOf(practice.components, componentNames),
		...cityPart(practice.city, cityNames),
		updated_at: Math.floor(Date.parse(practice.updated_at) / 1000),
		version: practice.version,
		[`body_${lang}`]: body
	};
	if (lang !== 'en') doc[`title_${lang}`] = clean(practice.title);
	return withCompanions(doc, clean(practice.title), body);
}

/**
 * A document with what lets queries typed another way find it: the normalised title when it
 * differs, and the romanised companions of its Indic words (empty fields are left out).
 */
function withCompanions(doc: SearchDocument, title: string, body: string): SearchDocument {
	const alt = normaliseForSearch(title);
	if (alt !== title) doc.title_alt = alt;
	const romanTitle = romanisedCompanion(alt);
	if (romanTitle) doc.roman_title = romanTitle;
	const romanBody = romanisedCompanion(body);
	if (romanBody) doc.roman_body = romanBody;
	const words = new Map([...indicKeys(body), ...indicKeys(alt)]);
	if (words.size > 0) {
		doc.roman_words = [...words].map(([key, word]) => `${key}=${word}`).join(' ');
	}
	return doc;
}

export function cityDocument(
	city: CityRecord,
	componentNames: Names,
	cityNames: Names = new Map()
): SearchDocument {
	const doc: SearchDocument = {
		id: `city-${city.id}`,
		type: 'city',
		slug: city.slug,
		language: 'en',
		kind: null,
		title_en: clean(city.name),
		summary_en: clean(city.iccc_summary_en ?? ''),
		sectors: [],
		components: city.components,
		sector_names: [],
		component_names: namesOf(city.components, componentNames),
		...cityPart(city, cityNames),
		updated_at: Math.floor(Date.parse(city.updated_at) / 1000),
		version: Date.parse(city.updated_at)
	};
	if (city.iccc_summary_hi) doc.body_hi = normaliseForSearch(clean(city.iccc_summary_hi));
	if (city.name_local && city.name_local_lang) {
		const lang = fieldLanguage(city.name_local_lang);
		if (lang !== 'en') doc[`title_${lang}`] = clean(city.name_local);
	}
	return withCompanions(doc, doc.city_local, String(doc.body_hi ?? ''));
}

/**
 * What a document says of its city. `city_local` holds the city's name in its own language and in
 * every other the platform knows, so search finds the city (and its practices) by any of them.
 */
function cityPart(city: CityFields, cityNames: Names) {
	const local = [city.name_local ?? '', ...(cityNames.get(city.slug) ?? [])].map(clean);
	return {
		city: city.slug,
		city_name: clean(city.name),
		city_local: [...new Set(local.filter(Boolean))].join(' '),
		state: city.state,
		zone: city.zonal_council
	};
}

/** The original-language title of a document (the English one for English texts and cities). */
export function titleField(doc: { language: string; type: string }): string {
	const lang = fieldLanguage(doc.language);
	return doc.type === 'practice' && lang !== 'en' ? `title_${lang}` : 'title_en';
}

const allLanguages: FieldLanguage[] = [...fieldLanguages, 'other'];
export const TITLE_FIELDS = allLanguages.map((l) => `title_${l}`);
export const BODY_FIELDS = allLanguages.map((l) => `body_${l}`);

/** The fields the words of a query are searched in, in order of weight. */
export const TEXT_FIELDS = [
	...TITLE_FIELDS,
	'title_alt',
	'summary_en',
	...BODY_FIELDS,
	'city_name',
	'city_local',
	'state',
	'sector_names',
	'component_names'
];

/**
 * The romanised companions, searched last. Every query searches every field: Meilisearch refuses
 * to search on a field that no document has yet (a body in Tamil, say), so no query names its
 * fields. The companions hold keys as tokens no word can be (`zqkrrq`), so only a query's keys
 * find them, and a key finds nothing else.
 */
export const ROMAN_FIELDS = ['roman_title', 'roman_body'];

/** The index settings. Searchable fields in order of weight: titles, summary, text, places, tags. */
export function indexSettings(): Settings {
	return {
		searchableAttributes: [...TEXT_FIELDS, ...ROMAN_FIELDS],
		filterableAttributes: [...FACET_FIELDS, 'slug'],
		sortableAttributes: ['updated_at'],
		displayedAttributes: ['*'],
		synonyms: synonymsOf(glossary),
		// The keys are loose already: a typo on top would match words that sound nothing alike.
		typoTolerance: { disableOnAttributes: ROMAN_FIELDS },
		localizedAttributes: fieldLanguages.map((l) => ({
			attributePatterns: [`title_${l}`, `body_${l}`],
			locales: [FIELD_LOCALES[l]]
		})),
		faceting: { maxValuesPerFacet: 200 },
		pagination: { maxTotalHits: 1000 }
	};
}
