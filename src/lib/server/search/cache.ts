// Recent Meilisearch answers, by query. Repeated searches (the popular ones, a page reloaded, the
// back button) skip Meilisearch. Every instance forgets them all when the index changes: the
// worker of any instance, and `npm run reindex`, record what they indexed in search_index_state,
// whose change notice reaches every instance. Also when practices or cities change (that notice
// comes before the index has caught up; the state's follows). While change notices are not live,
// an entry lives at most CACHE_TTL_MS instead.
import type { SearchResult } from '$lib/search';
import { changesLive, onChange } from '../changes';
import { config } from '../env';
import type { SearchQuery } from './query';

export type Answer = Omit<SearchResult, 'took_ms'>;

/** What may also be announced (`announce`) by work that changes the index without recording it. */
const SEARCH_INDEX_TOPIC = 'search_index';
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
