// The search rate limit: searches are the costliest public requests, so each client address
// gets a burst and then a steady rate (a token bucket in Postgres, shared by every instance).
import { json } from '@sveltejs/kit';
import { config } from '../env';
import { takeToken } from '../rate-limit';
import type { RateLimit } from '../rate-limit';

/**
 * 30 searches at once, then 2 a second, per address, for the page and the API together. Search
 * as you type sends one request per pause in typing, so a person stays well inside it.
 */
export const SEARCH_LIMIT: RateLimit = { bucket: 'search', burst: 30, perSecond: 2 };

/** Counts one search from `address`: 0 to go ahead, else the whole seconds to wait. */
export async function searchWait(address: string): Promise<number> {
	// SEARCH_RATE_LIMIT=0 (the benchmark's server) lifts it; no request can.
	return config.searchRateLimit ? takeToken(SEARCH_LIMIT, address) : 0;
}

/** The API's answer over the limit: 429 with Retry-After, and the wait in the body too. */
export function tooManySearches(wait: number): Response {
	return json(
		{
			error: 'rate_limited',
			message: `Too many searches from this address; try again in ${wait} s.`,
			retry_after: wait
		},
		{ status: 429, headers: { 'retry-after': String(wait), 'cache-control': 'no-store' } }
	);
}
