// Search as the pages and the API use it: Meilisearch first, Postgres full-text search when
// Meilisearch is down or slow. Both answer in the same shape, and the answer says which engine
// gave it. This is the one switch between them.
import type { SearchResult } from '$lib/search';
import { cachedAnswer, clearSearchCache, rememberAnswer } from './cache';
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
		const hit = cachedAnswer(query);
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

/** For tests: forget a recent Meilisearch failure and every cached answer. */
export function resetSearchCoolDown(): void {
	lastFailure = 0;
	clearSearchCache();
}
