// Creates supabase-js clients. Kept free of SvelteKit imports so the launcher and the seed
// script (plain Node) build their clients the same way the app does.
import { createClient } from '@supabase/supabase-js';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../database.types.ts';

export interface SupabaseConfig {
	/** The project URL (hosted Supabase) or the bare PostgREST URL (local stack). */
	url: string;
	/** The API key: anon or service role. */
	key: string;
	/** True for the local stack, where PostgREST answers at its root, not under /rest/v1. */
	barePostgrest?: boolean;
	/** A user's JWT, sent instead of the key as the bearer token (row-level security applies). */
	accessToken?: string;
}

const REST_PREFIX = '/rest/v1';

/** Rewrites a supabase-js request URL for a bare PostgREST, which has no /rest/v1 prefix. */
export function toBarePostgrestUrl(url: string, base: string): string {
	const root = base.replace(/\/+$/, '');
	return url.startsWith(root + REST_PREFIX)
		? root + url.slice(root.length + REST_PREFIX.length)
		: url;
}

export type Db = SupabaseClient<Database>;

export function createSupabase(config: SupabaseConfig): Db {
	const barefetch: typeof fetch = (input, init) => {
		if (input instanceof Request) {
			return fetch(new Request(toBarePostgrestUrl(input.url, config.url), input), init);
		}
		return fetch(toBarePostgrestUrl(String(input), config.url), init);
	};
	return createClient<Database>(config.url, config.key, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		global: {
			fetch: config.barePostgrest ? barefetch : fetch,
			headers: config.accessToken ? { Authorization: `Bearer ${config.accessToken}` } : {}
		}
	});
}
