// The Meilisearch clients, one per key: the request path searches with the search key, and the
// worker writes with the index key. Neither is the master key, which the app never reads.
import { Meilisearch } from 'meilisearch';
import { config } from '../env';
import { meiliHttpClient } from './http.ts';

let search: Meilisearch | null | undefined;
let indexing: Meilisearch | null | undefined;
let warned = false;

function build(apiKey: string | undefined, purpose: string): Meilisearch | null {
	const host = config.meilisearchUrl;
	if (!host) return null;
	if (!apiKey && !warned) {
		warned = true;
		console.error(
			`search: MEILISEARCH_URL is set but the ${purpose} key is not. Set MEILISEARCH_SEARCH_KEY ` +
				'and MEILISEARCH_INDEX_KEY (see the README, Production).' +
				(config.meilisearchLegacyKeySet
					? ' MEILISEARCH_API_KEY and MEILISEARCH_MASTER_KEY are not read: the app holds no master key.'
					: '')
		);
	}
	return new Meilisearch({ host, apiKey, timeout: 2_000, httpClient: meiliHttpClient });
}

/** The client for searching (search key), or null when no search server is configured. */
export function searchClient(): Meilisearch | null {
	if (search === undefined) search = build(config.meilisearchSearchKey, 'search');
	return search;
}

/** The client for keeping the index in step (index key): the search worker's only. */
export function indexClient(): Meilisearch | null {
	if (indexing === undefined) indexing = build(config.meilisearchIndexKey, 'index');
	return indexing;
}

/** Forgets the clients, so the next calls build them from the current configuration (tests). */
export function resetSearchClient(): void {
	search = undefined;
	indexing = undefined;
}
