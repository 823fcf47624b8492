import { config } from './env';
import { createSupabase } from './supabase';
import type { Db } from './supabase';

let anonClient: Db | undefined;

/**
 * The client for public reads: it holds the anon key, so row-level security lets it see only
 * what anyone may see.
 */
export function publicDb(): Db {
	anonClient ??= createSupabase({
		url: config.supabaseUrl,
		key: config.supabaseAnonKey,
		barePostgrest: config.barePostgrest
	});
	return anonClient;
}

/** Thrown when a supabase-js call fails: the cause is logged once by handleError. */
export class DatabaseError extends Error {
	constructor(what: string, cause: { message: string; code?: string }) {
		super(`${what}: ${cause.message}${cause.code ? ` (${cause.code})` : ''}`);
		this.name = 'DatabaseError';
	}
}
