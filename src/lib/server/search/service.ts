// Search as the pages and the API use it: Meilisearch first, Postgres full-text search when
// Meilisearch is down or slow. Both answer in the same shape, and the answer says which engine
// gave it.
import type { Hit } from 'meilisearch';
import { kinds } from '$lib/practices';
import type { SearchHit, SearchResult } from '$lib/search';
import { zones } from '$lib/cities';
import * as v from 'valibot';
import { positiveInt } from '$lib/schemas/query';
import { cityChoices, cityFilterOptions } from '../cities';
import { listComponents, listSectors } from '../practices';
import { publicDb } from '../db';
import { config } from '../env';
import { searchClient } from './client';
import {
	FACETS,
	fieldLanguage,
	MARK_END,
	MARK_START,
	searchRequest,
	titleField,
	type SearchDocument
} from './documents.ts';
import { expandQuery } from './glossary.ts';
import { DEFAULT_INDEX } from './indexer.ts';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PER_PAGE = 50;
export const DEFAULT_PER_PAGE = 10;
/** Meilisearch shows at most this many hits for a query (its maxTotalHits). */
export const MAX_RESULTS = 1000;
/** How long a search may wait for Meilisearch before Postgres answers instead. */
const MEILI_TIMEOUT_MS = 500;
/** After a failure, skip Meilisearch for this long rather than make every search wait. */
const COOL_DOWN_MS = 5_000;

export const FILTERS = [
	'type',
	'kind',
	'sector',
	'component',
	'state',
	'zone',
	'language',
	'city'
] as const;
export type FilterName = (typeof FILTERS)[number];
export type SearchFilters = Partial<Record<FilterName, string>>;

/** Which facet of the index each filter narrows. */
const FACET_OF: Record<FilterName, (typeof FACETS)[number]> = {
	type: 'type',
	kind: 'kind',
	sector: 'sectors',
	component: 'components',
	state: 'state',
	zone: 'zone',
	language: 'language',
	city: 'city'
};

export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchQuery {
	q: string;
	filters: SearchFilters;
	page: number;
	perPage: number;
	/** Best match first (the default), or the most recently updated first. */
	sort?: Sort;
}

export interface SearchVocabulary {
	sectors: string[];
	components: string[];
	states: string[];
	cities: string[];
	languages: string[];
	/** Names to show for facet values: sectors and components in English and Hindi. */
	names: {
		sectors: Record<string, { en: string; hi: string }>;
		components: Record<string, { en: string; hi: string }>;
		cities: Record<string, string>;
	};
}

let vocabularyCache: { at: number; value: SearchVocabulary } | undefined;

/** The values each filter may take, with their names (cached a minute). */
export async function searchVocabulary(): Promise<SearchVocabulary> {
	if (vocabularyCache && Date.now() - vocabularyCache.at < 60_000) return vocabularyCache.value;
	const [sectors, components, cities, cityOptions, languages] = await Promise.all([
		listSectors(),
		listComponents(),
		cityChoices(),
		cityFilterOptions(),
		publicDb().from('practices').select('language').eq('status', 'published')
	]);
	if (languages.error) throw new Error(`search vocabulary: ${languages.error.message}`);
	const bilingual = (items: { slug: string; name_en: string; name_hi: string }[]) =>
		Object.fromEntries(items.map((i) => [i.slug, { en: i.name_en, hi: i.name_hi }]));
	const value: SearchVocabulary = {
		sectors: sectors.map((s) => s.slug),
		components: components.map((c) => c.slug),
		states: cityOptions.states.map((s) => s.value).sort(),
		cities: cities.map((c) => c.slug),
		languages: [...new Set(['en', ...(languages.data ?? []).map((p) => p.language)])].sort(),
		names: {
			sectors: bilingual(sectors),
			components: bilingual(components),
			cities: Object.fromEntries(cities.map((c) => [c.slug, c.name]))
		}
	};
	vocabularyCache = { at: Date.now(), value };
	return value;
}

/**
 * Reads a search from URL parameters. Every filter value must be one the vocabulary knows;
 * unknown parameters and values are named in `errors` (in English, for the API).
 */
export function parseSearchParams(
	params: URLSearchParams,
	vocabulary: SearchVocabulary
): { query: SearchQuery; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const known = new Set<string>(['q', 'page', 'per_page', 'sort', ...FILTERS]);
	for (const name of params.keys()) {
		if (!known.has(name)) errors[name] = `unknown parameter “${name.slice(0, 40)}”`;
	}
	const q = Array.from((params.get('q') ?? '').normalize('NFC').replace(/\s+/g, ' ').trim())
		.slice(0, MAX_QUERY_LENGTH)
		.join('');
	const allowed: Record<FilterName, readonly string[]> = {
		type: ['practice', 'city'],
		kind: kinds,
		sector: vocabulary.sectors,
		component: vocabulary.components,
		state: vocabulary.states,
		zone: zones,
		language: vocabulary.languages,
		city: vocabulary.cities
	};
	const filters: SearchFilters = {};
	for (const name of FILTERS) {
		const value = params.get(name)?.trim();
		if (!value) continue;
		const match = allowed[name].find((v) => v.toLowerCase() === value.toLowerCase());
		if (match) filters[name] = match;
		else errors[name] = `unknown ${name} “${value.slice(0, 80)}”`;
	}
	const sortParam = params.get('sort')?.trim() || 'relevance';
	const sort = (SORTS as readonly string[]).includes(sortParam) ? (sortParam as Sort) : null;
	if (!sort) errors.sort = `sort must be one of ${SORTS.join(', ')}`;
	const whole = (name: string, fallback: number, max?: number) => {
		const result = v.safeParse(positiveInt(fallback, max), params.get(name)?.trim() || undefined);
		return result.success ? result.output : null;
	};
	const page = whole('page', 1);
	const perPage = whole('per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE);
	if (page === null) errors.page = 'page must be a whole number from 1';
	if (perPage === null) {
		errors.per_page = `per_page must be a whole number from 1 to ${MAX_PER_PAGE}`;
	}
	const query: SearchQuery = {
		q,
		filters,
		page: page ?? 1,
		perPage: Math.min(perPage ?? DEFAULT_PER_PAGE, MAX_PER_PAGE),
		sort: sort ?? 'relevance'
	};
	if (page !== null && perPage !== null && (page - 1) * query.perPage >= MAX_RESULTS) {
		errors.page = `only the first ${MAX_RESULTS} results can be paged through; narrow the search`;
	}
	return { query, errors };
}

/** A filter value as a Meilisearch string literal: quoted, with `\` and `"` escaped. */
export function filterLiteral(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The Meilisearch filter for validated filters: one `facet = "value"` condition each, ANDed. */
export function meiliFilter(filters: SearchFilters): string[] {
	return FILTERS.filter((name) => filters[name]).map(
		(name) => `${FACET_OF[name]} = ${filterLiteral(filters[name] as string)}`
	);
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Escapes text and turns the highlight markers into <mark> elements. */
export function markedHtml(text: string): string {
	const escaped = text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
	// Balanced by construction: each start marker Meilisearch wrote has its end marker.
	return escaped.replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

let lastFailure = 0;

// Recent Meilisearch answers, by query. Repeated searches (the popular ones, a page reloaded, the
// back button) skip Meilisearch. The worker clears it whenever it changes the index, and an
// entry lives at most CACHE_TTL_MS, so another process's changes show within that time too.
const CACHE_TTL_MS = 30_000;
const CACHE_SIZE = 500;
const cache = new Map<string, { at: number; result: Omit<SearchResult, 'took_ms'> }>();

/** Forgets every cached answer: the index has changed. */
export function clearSearchCache(): void {
	cache.clear();
}

function cached(key: string) {
	const entry = cache.get(key);
	if (!entry) return null;
	if (Date.now() - entry.at > CACHE_TTL_MS) {
		cache.delete(key);
		return null;
	}
	return entry.result;
}

function remember(key: string, result: Omit<SearchResult, 'took_ms'>) {
	if (!config.searchCache) return;
	// Map keeps insertion order: the oldest entry goes first.
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	cache.set(key, { at: Date.now(), result });
}

/** Searches. Never throws for Meilisearch trouble: Postgres answers instead. */
export async function search(query: SearchQuery): Promise<SearchResult> {
	const started = performance.now();
	const client = searchClient();
	if (client && Date.now() - lastFailure > COOL_DOWN_MS) {
		const key = JSON.stringify([query.q, query.filters, query.page, query.perPage, query.sort]);
		const hit = config.searchCache ? cached(key) : null;
		if (hit) return { ...hit, took_ms: Math.round(performance.now() - started) };
		try {
			const result = await meiliSearch(query);
			remember(key, result);
			return { ...result, took_ms: Math.round(performance.now() - started) };
		} catch (error) {
			lastFailure = Date.now();
			console.error(
				`search: Meilisearch did not answer, using Postgres: ${(error as Error).message}`
			);
		}
	}
	const result = await postgresSearch(query);
	return { ...result, took_ms: Math.round(performance.now() - started) };
}

/** For tests: forget a recent Meilisearch failure and every cached answer. */
export function resetSearchCoolDown(): void {
	lastFailure = 0;
	cache.clear();
}

async function meiliSearch(query: SearchQuery): Promise<Omit<SearchResult, 'took_ms'>> {
	const client = searchClient();
	if (!client) throw new Error('no search server configured');
	const index = client.index<SearchDocument>(config.meilisearchIndex ?? DEFAULT_INDEX);
	const response = await index.search(
		query.q,
		searchRequest({
			filter: meiliFilter(query.filters),
			offset: (query.page - 1) * query.perPage,
			limit: query.perPage,
			newest: query.sort === 'newest'
		}),
		{ signal: AbortSignal.timeout(MEILI_TIMEOUT_MS) }
	);
	return {
		engine: 'meilisearch',
		total: response.estimatedTotalHits ?? response.hits.length,
		page: query.page,
		per_page: query.perPage,
		hits: response.hits.map(meiliHit),
		facets: (response.facetDistribution ?? {}) as Record<string, Record<string, number>>
	};
}

function meiliHit(hit: Hit<SearchDocument>): SearchHit {
	const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
	const field = titleField(hit);
	const text = (name: string) =>
		typeof formatted[name] === 'string' ? (formatted[name] as string) : '';
	const bodyField = `body_${fieldLanguage(hit.language)}`;
	// The snippet: the text where the query matched, else the English summary.
	const body = text(bodyField);
	const useBody = body.includes(MARK_START) && !text('summary_en').includes(MARK_START);
	return {
		type: hit.type,
		slug: hit.slug,
		title: (hit[field] as string) ?? hit.title_en,
		title_en: hit.title_en,
		summary_en: hit.summary_en,
		language: hit.language,
		kind: hit.kind,
		city: { slug: hit.city, name: hit.city_name },
		highlight: {
			title: markedHtml(text(field) || ((hit[field] as string) ?? hit.title_en)),
			title_language: hit.type === 'practice' ? hit.language : 'en',
			snippet: markedHtml(useBody ? body : text('summary_en')),
			snippet_language: useBody ? (hit.type === 'city' ? 'hi' : hit.language) : 'en'
		}
	};
}

interface FallbackRow {
	type: 'practice' | 'city';
	slug: string;
	title: string;
	title_en: string;
	summary_en: string;
	language: string;
	kind: string | null;
	city_slug: string;
	city_name: string;
}

async function postgresSearch(query: SearchQuery): Promise<Omit<SearchResult, 'took_ms'>> {
	const groups = expandQuery(query.q);
	const { data, error } = await publicDb().rpc('search_fallback', {
		p_groups: groups,
		p_query: query.q,
		p_filters: { ...query.filters, sort: query.sort ?? 'relevance' },
		p_limit: query.perPage,
		p_offset: (query.page - 1) * query.perPage
	});
	if (error) throw new Error(`search_fallback: ${error.message}`);
	const result = data as unknown as {
		total: number;
		hits: FallbackRow[];
		facets: Record<string, Record<string, number>>;
	};
	const terms = groups.flat();
	return {
		engine: 'postgres',
		total: result.total,
		page: query.page,
		per_page: query.perPage,
		hits: result.hits.map((row) => ({
			type: row.type,
			slug: row.slug,
			title: row.title,
			title_en: row.title_en,
			summary_en: row.summary_en,
			language: row.language,
			kind: row.kind,
			city: { slug: row.city_slug, name: row.city_name },
			highlight: {
				title: markedHtml(markTerms(withoutMarkers(row.title), terms)),
				title_language: row.type === 'practice' ? row.language : 'en',
				snippet: markedHtml(markTerms(crop(withoutMarkers(row.summary_en), terms), terms)),
				snippet_language: 'en'
			}
		})),
		facets: {
			...result.facets,
			sectors: result.facets.sectors ?? {},
			components: result.facets.components ?? {}
		}
	};
}

/** Text from the database may not carry highlight markers of its own. */
const withoutMarkers = (text: string) => text.replace(/[\uE000\uE001]/g, '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wraps each occurrence of the terms in highlight markers (case-insensitive). */
export function markTerms(text: string, terms: string[]): string {
	const usable = [...new Set(terms.filter((t) => t.length >= 2))].sort(
		(a, b) => b.length - a.length
	);
	if (usable.length === 0) return text;
	const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
	return text.replace(pattern, (found) => `${MARK_START}${found}${MARK_END}`);
}

/** About thirty words of the text around the first term found, with … where it was cut. */
export function crop(text: string, terms: string[], words = 30): string {
	const all = text.split(/\s+/).filter(Boolean);
	if (all.length <= words) return text;
	const lower = all.map((w) => w.toLowerCase());
	const at = lower.findIndex((w) => terms.some((t) => w.includes(t.toLowerCase())));
	const start = Math.max(0, Math.min(at < 0 ? 0 : at - Math.floor(words / 3), all.length - words));
	const cut = all.slice(start, start + words).join(' ');
	return `${start > 0 ? '…' : ''}${cut}${start + words < all.length ? '…' : ''}`;
}
