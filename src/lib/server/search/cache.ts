// Recent Meilisearch answers, by query. Repeated searches (the popular ones, a page reloaded, the
// back button) skip Meilisearch. Every instance forgets them all when any instance's search
// worker announces that it changed the index (`search_index`), and when practices or cities
// change (their notice comes before the worker has caught up; its announcement follows). While
// change notices are not live, an entry lives at most CACHE_TTL_MS instead.
import type { SearchResult } from '$lib/search';
import { changesLive, onChange } from '../changes';
import { config } from '../env';
import type { SearchQuery } from './query';

export type Answer = Omit<SearchResult, 'took_ms'>;

/** The topic the search worker announces after it changed the index. */
export const SEARCH_INDEX_TOPIC = 'search_index';
// search_index_state changes whenever documents are indexed, `npm run reindex` included.
const CLEARED_BY = [SEARCH_INDEX_TOPIC, 'search_index_state', 'practices', 'cities'];

const CACHE_TTL_MS = 30_000;
const CACHE_SIZE = 500;
const cache = new Map<string, { at: number; answer: Answer }>();
// Misses by key, with the generation they were asked in: an answer that a clear overtook (asked
// of the old index, back after the change) is not kept, or it would outlive the change.
const asked = new Map<string, number>();
let generation = 0;

const keyOf = (query: SearchQuery) =>
	JSON.stringify([query.q, query.filters, query.page, query.perPage, query.sort]);

/** Forgets every cached answer: the index has changed. */
export function clearSearchCache(): void {
	generation++;
	cache.clear();
	asked.clear();
}

onChange((changed) => {
	if (changed === 'all' || CLEARED_BY.some((topic) => changed.has(topic))) clearSearchCache();
});

/** The answer given to this query lately, or null (always null with SEARCH_CACHE=0). */
export function cachedAnswer(query: SearchQuery): Answer | null {
	if (!config.searchCache) return null;
	const key = keyOf(query);
	const entry = cache.get(key);
	if (entry && (changesLive() || Date.now() - entry.at <= CACHE_TTL_MS)) return entry.answer;
	if (entry) cache.delete(key);
	// Misses whose answers never came back (Meilisearch failed) must not pile up.
	if (asked.size >= CACHE_SIZE) asked.clear();
	asked.set(key, generation);
	return null;
}

/** Keeps an answer for the next time this query is asked. */
export function rememberAnswer(query: SearchQuery, answer: Answer): void {
	if (!config.searchCache) return;
	const key = keyOf(query);
	const askedIn = asked.get(key);
	asked.delete(key);
	if (askedIn !== generation) return;
	// Map keeps insertion order: the oldest entry goes first.
	const oldest = cache.keys().next();
	if (cache.size >= CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
	cache.set(key, { at: Date.now(), answer });
}
