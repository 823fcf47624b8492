// The one reader of private environment variables. Everything else imports from here.
import { env } from '$env/dynamic/private';

function required(name: string): string {
	const value = env[name];
	if (!value) {
		throw new Error(
			`${name} is not set. Start the platform with \`npm start\` (local stack) or set it ` +
				'(see .env.example).'
		);
	}
	return value;
}

export const config = {
	get supabaseUrl() {
		return required('SUPABASE_URL');
	},
	get supabaseServiceRoleKey() {
		return required('SUPABASE_SERVICE_ROLE_KEY');
	},
	get supabaseAnonKey() {
		return required('SUPABASE_ANON_KEY');
	},
	/** Signs the short-lived tokens the server presents to PostgREST on a user's behalf. */
	get supabaseJwtSecret() {
		return required('SUPABASE_JWT_SECRET');
	},
	/** True when the platform runs on its own local stack (demo accounts, printed links). */
	get localStack() {
		return env.CITYSETU_LOCAL_STACK === '1';
	},
	/** An SMTP URL (smtp://user:pass@host:587) for sending mail; without it admins hand links over. */
	get smtpUrl() {
		return env.SMTP_URL || null;
	},
	/**
	 * The public origin every link in mail is built from (`ORIGIN`, else `PUBLIC_ORIGIN`; on the
	 * local stack `http://localhost:$PORT`). Never the request's Host header, which anyone can forge.
	 */
	get publicOrigin() {
		const configured = env.ORIGIN || env.PUBLIC_ORIGIN;
		if (configured) return new URL(configured).origin;
		if (env.CITYSETU_LOCAL_STACK === '1') return `http://localhost:${env.PORT || 3000}`;
		return null;
	},
	get mailFrom() {
		return env.MAIL_FROM || 'CitySetu <no-reply@citysetu.invalid>';
	},
	/** The local stack serves PostgREST bare, without Supabase's /rest/v1 prefix. */
	get barePostgrest() {
		return env.SUPABASE_BARE_POSTGREST === '1';
	},
	/** A direct Postgres connection, used only to hear change notices (LISTEN); optional. */
	get databaseUrl() {
		return env.DATABASE_URL || null;
	},
	get meilisearchUrl() {
		return env.MEILISEARCH_URL || null;
	},
	/** The request path's key: search only, on the platform's index. */
	get meilisearchSearchKey() {
		return env.MEILISEARCH_SEARCH_KEY || undefined;
	},
	/** The search worker's key: documents, settings and tasks on the platform's indexes. */
	get meilisearchIndexKey() {
		return env.MEILISEARCH_INDEX_KEY || undefined;
	},
	/** Set by older configurations; never used (the app holds no master key), only reported. */
	get meilisearchLegacyKeySet() {
		return Boolean(env.MEILISEARCH_API_KEY || env.MEILISEARCH_MASTER_KEY);
	},
	/** The index CitySetu searches (one Meilisearch server can serve several deployments). */
	get meilisearchIndex() {
		return env.MEILISEARCH_INDEX || 'citysetu';
	},
	/** SEARCH_CACHE=0 sends every search to Meilisearch (the benchmark measures both ways). */
	get searchCache() {
		return env.SEARCH_CACHE !== '0';
	},
	/**
	 * How long the programme reach panels are kept, in seconds: REACH_CACHE_SECONDS, default 30;
	 * 0 reads every panel afresh (the tests, and the benchmark's second run).
	 */
	get reachCacheSeconds() {
		const seconds = Number(env.REACH_CACHE_SECONDS ?? 30);
		return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
	},
	/**
	 * SEARCH_RATE_LIMIT=0 lifts the per-address limit on searches: for the benchmark, which
	 * loads search from one address. Set in the server's environment, out of any client's reach.
	 */
	get searchRateLimit() {
		return env.SEARCH_RATE_LIMIT !== '0';
	},
	/**
	 * How many MB of anonymous answers (pages and JSON) each instance keeps whole, to serve a
	 * repeat without rendering it: ANSWER_CACHE_MB, default 16; 0 renders every request (the
	 * benchmark measures both ways).
	 */
	get answerCacheBytes() {
		const mb = Number(env.ANSWER_CACHE_MB ?? 16);
		return Number.isFinite(mb) && mb > 0 ? mb * 1e6 : 0;
	},
	/**
	 * The resident set (MB) above which the app asks V8 for a memory-reducing collection, at most
	 * every few seconds (src/lib/server/memory.ts). `0` leaves V8 to itself.
	 */
	get memoryTargetBytes() {
		const mb = Number(env.MEMORY_TARGET_MB ?? 210);
		return Number.isFinite(mb) && mb > 0 ? mb * 1e6 : 0;
	},
	/** SEARCH_WORKER=0 keeps this process from updating the index (another process does). */
	get searchWorker() {
		return env.SEARCH_WORKER !== '0';
	}
};

/**
 * Settings that must agree before the app serves anything: mail with links needs an origin to
 * build them from. Throws, saying what to set, when they do not.
 */
export function checkStartupConfig(): void {
	if (config.smtpUrl && !config.publicOrigin) {
		throw new Error(
			'SMTP_URL is set but neither ORIGIN nor PUBLIC_ORIGIN is: invitation and reset links ' +
				'would have no trustworthy address. Set ORIGIN (or PUBLIC_ORIGIN) to the public URL, ' +
				'such as https://citysetu.example.gov.in.'
		);
	}
}
