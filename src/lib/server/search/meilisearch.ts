// The Meilisearch adapter: a validated search as a Meilisearch request (with the search key),
// and Meilisearch's hits in the answer's shape.
import type { Hit, SearchResponse } from 'meilisearch';
import { FACETS } from '$lib/search';
import type { SearchFilters, SearchHit } from '$lib/search';
import { config } from '../env';
import type { Answer } from './cache';
import { searchRequest, titleField, type SearchDocument } from './documents.ts';
import { markedHtml, withoutMarkers } from './highlight';
import { meiliSearchPost } from './http.ts';
import type { SearchQuery } from './query';

/** How long a search may wait for Meilisearch before Postgres answers instead. */
const TIMEOUT_MS = 500;

/** A filter value as a Meilisearch string literal: quoted, with `\` and `"` escaped. */
export function filterLiteral(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The Meilisearch filter for validated filters: one `field = "value"` condition each, ANDed. */
export function meiliFilter(filters: SearchFilters): string[] {
	return FACETS.flatMap(({ param, field }) => {
		const value = filters[param];
		return value ? [`${field} = ${filterLiteral(value)}`] : [];
	});
}

/**
 * The search endpoint of index `index` on `host`. A host given without a scheme
 * (`localhost:7700`) is taken as http, as meilisearch-js (the indexer's client) takes it.
 */
export function searchEndpointUrl(host: string, index: string): URL {
	const base = /^https?:\/\//i.test(host) ? host : `http://${host}`;
	return new URL(`${base.replace(/\/+$/, '')}/indexes/${encodeURIComponent(index)}/search`);
}

let endpoint: { host: string; index: string; url: URL } | undefined;

/** Meilisearch's search endpoint for the configured host and index, built once for them. */
function searchEndpoint(): URL | null {
	const host = config.meilisearchUrl;
	if (!host) return null;
	const index = config.meilisearchIndex;
	if (endpoint?.host !== host || endpoint.index !== index) {
		endpoint = { host, index, url: searchEndpointUrl(host, index) };
	}
	return endpoint.url;
}

/** Searches Meilisearch. Throws when it is not configured, fails or is slow. */
export async function meiliSearch(query: SearchQuery): Promise<Answer> {
	const url = searchEndpoint();
	if (!url) throw new Error('no search server configured');
	const body = JSON.stringify({
		q: query.q,
		...searchRequest({
			filter: meiliFilter(query.filters),
			offset: (query.page - 1) * query.perPage,
			limit: query.perPage,
			newest: query.sort === 'newest',
			facets: query.facets
		})
	});
	const response = (await meiliSearchPost(
		url,
		config.meilisearchSearchKey,
		body,
		TIMEOUT_MS
	)) as SearchResponse<SearchDocument>;
	return {
		engine: 'meilisearch',
		total: response.estimatedTotalHits ?? response.hits.length,
		page: query.page,
		per_page: query.perPage,
		hits: response.hits.map(meiliHit),
		...(query.facets ? { facets: response.facetDistribution ?? {} } : {})
	};
}

/**
 * A hit as the answer gives it. Meilisearch sends the titles only highlighted (`_formatted`,
 * in full: titles are never cropped) and the summary both as it is and as a highlighted snippet.
 */
function meiliHit(hit: Hit<SearchDocument>): SearchHit {
	const formatted: Record<string, unknown> = hit._formatted ?? {};
	const text = (name: string) => {
		const value = formatted[name];
		return typeof value === 'string' ? value : '';
	};
	const titleEn = text('title_en');
	const title = text(titleField(hit)) || titleEn;
	return {
		type: hit.type,
		slug: hit.slug,
		title: withoutMarkers(title),
		title_en: withoutMarkers(titleEn),
		summary_en: hit.summary_en,
		language: hit.language,
		kind: hit.kind,
		city: { slug: hit.city, name: hit.city_name },
		highlight: {
			title: markedHtml(title),
			title_language: hit.type === 'practice' ? hit.language : 'en',
			snippet: markedHtml(text('summary_en')),
			snippet_language: 'en'
		}
	};
}
