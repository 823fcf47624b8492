import { Meilisearch } from 'meilisearch';
import { config } from '../env';
import { meiliHttpClient } from './http.ts';

let client: Meilisearch | null | undefined;

/** The Meilisearch client, or null when no search server is configured. Server-side only. */
export function searchClient(): Meilisearch | null {
	if (client === undefined) {
		const host = config.meilisearchUrl;
		client = host
			? new Meilisearch({
					host,
					apiKey: config.meilisearchApiKey,
					timeout: 2_000,
					httpClient: meiliHttpClient
				})
			: null;
	}
	return client;
}

/** Forgets the client, so the next call builds one from the current configuration (tests). */
export function resetSearchClient(): void {
	client = undefined;
}
