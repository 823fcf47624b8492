// Search as the pages and the API use it: Meilisearch first, Postgres full-text search when
// Meilisearch is down or slow. Both answer in the same shape, and the answer says which engine
// gave it. This is the one switch between them.
import type { SearchResult } from '$lib/search';
import { cachedAnswer, clearSearchCache, rememberAnswer, type Answer } from './cache';
import { searchClient } from './client';
import { meiliSearch } from './meilisearch';
import { postgresSearch } from './postgres';
import type { SearchQuery } from './query';

/** After a failure, skip Meilisearch for this long rather than make every search wait. */
const COOL_DOWN_MS = 5_000;
let lastFailure = 0;

/** Searches. Never throws for Meilisearch trouble: Postgres answers instead. */
export async function search(query: SearchQuery): Promise<SearchResult> {
	const started = performance.now();
	const took = () => Math.round(performance.now() - started);
	if (searchClient() && Date.now() - lastFailure > COOL_DOWN_MS) {
		const hit = usable(cachedAnswer(query), query);
		if (hit) return { ...hit, took_ms: took() };
		try {
			const answer = await meiliSearch(query);
			rememberAnswer(query, answer);
			return { ...answer, took_ms: took() };
		} catch (error) {
			lastFailure = Date.now();
			console.error(
				`search: Meilisearch did not answer, using Postgres: ${(error as Error).message}`
			);
		}
	}
	return { ...(await postgresSearch(query)), took_ms: took() };
}

/**
 * A cached answer as this query wants it. The cache keys answers by the search, not by whether
 * facets were counted: an answer with facets serves a query without (they are left out), and
 * one without does not serve a query that wants them (its answer then replaces it).
 */
function usable(answer: Answer | null, query: SearchQuery): Answer | null {
	if (!answer) return null;
	if (query.facets) return answer.facets ? answer : null;
	if (!answer.facets) return answer;
	const rest = { ...answer };
	delete rest.facets;
	return rest;
}

/** For tests: forget a recent Meilisearch failure and every cached answer. */
export function resetSearchCoolDown(): void {
	lastFailure = 0;
	clearSearchCache();
}
