// Errors shared by the app and the scripts. Part of the Node-safe core: no SvelteKit imports.

/** Thrown when a supabase-js call fails: the cause is logged once by handleError. */
export class DatabaseError extends Error {
	/** The PostgREST or Postgres error code, for callers that map some codes to answers. */
	readonly code: string | undefined;

	constructor(what: string, cause: { message: string; code?: string }) {
		super(`${what}: ${cause.message}${cause.code ? ` (${cause.code})` : ''}`);
		this.name = 'DatabaseError';
		this.code = cause.code;
	}
}
