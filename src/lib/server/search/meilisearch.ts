// The Meilisearch adapter: a validated search as a Meilisearch request (with the search key),
// and Meilisearch's hits in the answer's shape.
import type { Hit, SearchResponse } from 'meilisearch';
import { FACETS } from '$lib/search';
import type { SearchFilters, SearchHit } from '$lib/search';
import { config } from '../env';
import type { Answer } from './cache';
import { planAlternatives, planKeys, planQuery, type QueryPlan } from './bridge.ts';
import { MARK_END, MARK_START, titleField, type SearchDocument } from './documents.ts';
import { bridgeNeeded, meiliRequest, type MeiliRequest } from './request.ts';
import { markedHtml, markTerms, withoutMarkers } from './highlight';
import { meiliSearchPost } from './http.ts';
import { indicScript } from './phonetic.ts';
import type { SearchQuery } from './query';
import { searchVocabularyWords } from './words';

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
 * The base URL of Meilisearch on `host`. A host given without a scheme (`localhost:7700`) is
 * taken as http, as meilisearch-js (the indexer's client) takes it.
 */
export function meiliBaseUrl(host: string): string {
	const base = /^https?:\/\//i.test(host) ? host : `http://${host}`;
	return `${base.replace(/\/+$/, '')}/`;
}

/** The search endpoint of index `index` on `host`. */
export function searchEndpointUrl(host: string, index: string): URL {
	return new URL(`indexes/${encodeURIComponent(index)}/search`, meiliBaseUrl(host));
}

/** Searches Meilisearch. Throws when it is not configured, fails or is slow. */
export async function meiliSearch(query: SearchQuery): Promise<Answer> {
	const host = config.meilisearchUrl;
	if (!host) throw new Error('no search server configured');
	const vocabulary = await searchVocabularyWords();
	const plan = planQuery(query.q, vocabulary);
	const words = { q: plan.q, keys: planKeys(plan), alternatives: planAlternatives(plan) };
	const options = {
		filter: meiliFilter(query.filters),
		offset: (query.page - 1) * query.perPage,
		limit: query.perPage,
		newest: query.sort === 'newest',
		facets: query.facets
	};
	// One time limit for the whole search, however many requests it takes.
	const deadline = performance.now() + TIMEOUT_MS;
	const ask = async (request: MeiliRequest) =>
		(await meiliSearchPost(
			new URL(request.path, meiliBaseUrl(host)),
			config.meilisearchSearchKey,
			JSON.stringify(request.body),
			Math.max(1, deadline - performance.now())
		)) as SearchResponse<SearchDocument>;
	const index = config.meilisearchIndex;
	// The words as typed first. Only when they do not fill a page does the search ask again with
	// the bridges (romanised keys, loanwords), whose matches count for less and would rank below
	// a full page anyway; so most searches cost Meilisearch no more than before.
	let response = await ask(meiliRequest(index, { q: plan.q, keys: [], alternatives: [] }, options));
	let romanised = -1;
	const bridged = words.keys.length > 0 || words.alternatives.length > 0;
	if (bridged && bridgeNeeded(response.estimatedTotalHits ?? response.hits.length, query.perPage)) {
		response = await ask(meiliRequest(index, words, options));
		// In a federated answer the romanised search is the second query, when there is one.
		romanised = words.keys.length > 0 ? 1 : -1;
	}
	const hits = response.hits.map((hit) => meiliHit(hit, romanised));
	const also = alsoSearch(plan, hits);
	return {
		engine: 'meilisearch',
		total: response.estimatedTotalHits ?? response.hits.length,
		page: query.page,
		per_page: query.perPage,
		hits: hits.map(({ hit }) => hit),
		...(also ? { also } : {}),
		...(query.facets ? { facets: response.facetDistribution ?? {} } : {})
	};
}

/** A companion token Meilisearch marked: a key the query matched. */
const MARKED = new RegExp(`${MARK_START}zq([a-z]+)q${MARK_END}`, 'g');

/**
 * The Indic words whose keys a romanised query matched in a hit, by key: the keys marked in its
 * companions, with their words from its `roman_words` (`key=word …`).
 */
export function romanMatches(
	formatted: Record<string, unknown>,
	romanWords: string | undefined
): Map<string, string[]> {
	const words = new Map<string, string>();
	for (const pair of (romanWords ?? '').split(' ')) {
		const at = pair.indexOf('=');
		if (at > 0) words.set(pair.slice(0, at), pair.slice(at + 1));
	}
	const matches = new Map<string, string[]>();
	for (const field of ['roman_title', 'roman_body']) {
		const value = formatted[field];
		if (typeof value !== 'string') continue;
		for (const [, key] of value.matchAll(MARKED)) {
			const word = words.get(key);
			if (!word || !indicScript(word) || matches.has(key)) continue;
			matches.set(key, [word]);
		}
	}
	return matches;
}

const scriptLanguage = (word: string) => (indicScript(word) === 'gujarati' ? 'gu' : 'hi');

/**
 * The query in the script of the texts it matched, to offer as a search of its own: each Latin
 * word that matched an Indic word (the glossary term it spells, or the word a hit holds) written
 * as that word. None when no word was matched, or when a romanised word matched nothing.
 */
export function alsoSearch(
	plan: QueryPlan,
	hits: { hit: SearchHit; matches: Map<string, string[]> }[]
): { q: string; language: string } | null {
	const parts: string[] = [];
	let first = '';
	for (const word of plan.words) {
		if (word.term === '') continue;
		let form = word.term;
		if (!form && word.key) {
			form = hits.find((h) => h.matches.get(word.key!)?.length)?.matches.get(word.key)?.[0];
		}
		if (form) {
			first ||= form;
			parts.push(form);
		} else if (word.key) {
			// A romanised word matched nothing: the query cannot be written in one script.
			return null;
		} else parts.push(word.word);
	}
	if (!first) return null;
	// The language of the first hit written in the same script (Marathi and Hindi share one).
	const script = indicScript(first);
	const language =
		hits.find((h) => indicScript(h.hit.title) === script)?.hit.language ?? scriptLanguage(first);
	return { q: parts.join(' '), language };
}

/**
 * A hit as the answer gives it. Meilisearch sends the titles only highlighted (`_formatted`,
 * in full: titles are never cropped) and the summary both as it is and as a highlighted snippet.
 */
function meiliHit(
	hit: Hit<SearchDocument> & { _federation?: { queriesPosition: number } },
	romanised: number
): { hit: SearchHit; matches: Map<string, string[]> } {
	const formatted: Record<string, unknown> = hit._formatted ?? {};
	const text = (name: string) => {
		const value = formatted[name];
		return typeof value === 'string' ? value : '';
	};
	const titleEn = text('title_en');
	let title = text(titleField(hit)) || titleEn;
	// A hit of the romanised search: its title's words that the query's keys matched are marked
	// in their own script (Meilisearch marked only the keys).
	const matches =
		hit._federation?.queriesPosition === romanised
			? romanMatches(formatted, hit.roman_words)
			: new Map();
	if (matches.size > 0) title = markTerms(title, [...matches.values()].flat());
	const result: SearchHit = {
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
	return { hit: result, matches };
}
