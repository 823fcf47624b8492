// Recent Meilisearch answers, by query. Repeated searches (the popular ones, a page reloaded, the
// back button) skip Meilisearch. The worker clears it whenever it changes the index, and an
// entry lives at most CACHE_TTL_MS, so another process's changes show within that time too.
import type { SearchResult } from '$lib/search';
import { config } from '../env';
import type { SearchQuery } from './query';

export type Answer = Omit<SearchResult, 'took_ms'>;

const CACHE_TTL_MS = 30_000;
const CACHE_SIZE = 500;
const cache = new Map<string, { at: number; answer: Answer }>();

const keyOf = (query: SearchQuery) =>
	JSON.stringify([query.q, query.filters, query.page, query.perPage, query.sort]);

/** Forgets every cached answer: the index has changed. */
export function clearSearchCache(): void {
	cache.clear();
}

/** The answer given to this query lately, or null (always null with SEARCH_CACHE=0). */
export function cachedAnswer(query: SearchQuery): Answer | null {
	if (!config.searchCache) return null;
	const key = keyOf(query);
	const entry = cache.get(key);
	if (!entry) return null;
	if (Date.now() - entry.at > CACHE_TTL_MS) {
		cache.delete(key);
		return null;
	}
	return entry.answer;
}

/** Keeps an answer for the next time this query is asked. */
export function rememberAnswer(query: SearchQuery, answer: Answer): void {
	if (!config.searchCache) return;
	// Map keeps insertion order: the oldest entry goes first.
	const oldest = cache.keys().next();
	if (cache.size >= CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
	cache.set(keyOf(query), { at: Date.now(), answer });
}
