// What a cache in front of CitySetu (a CDN, a proxy, the browser) may keep, and validators for
// what it kept. Anonymous answers of public pages and JSON GETs are the same for everyone who
// reads in the same language, so they carry `Cache-Control` with `s-maxage` and
// `stale-while-revalidate`, `Vary` on what changes them, and a strong `ETag` of their bytes;
// a request repeating that ETag gets 304. Whatever a signed-in user (or an API token) is
// answered is `private, no-store`, on every route.
import { createHash } from 'node:crypto';

/** How long shared caches may serve an answer fresh, then stale while they fetch it again. */
export interface CachePolicy {
	sMaxAge: number;
	staleWhileRevalidate: number;
}

/** The directory, assessments and programmes: reference data that changes a few times a year. */
const DIRECTORY: CachePolicy = { sMaxAge: 300, staleWhileRevalidate: 3600 };
/** Practices, search, the home page and the programme's figures change as officers work. */
const CONTENT: CachePolicy = { sMaxAge: 60, staleWhileRevalidate: 600 };
/** The API's description and the language page change with a release. */
const RELEASE: CachePolicy = { sMaxAge: 3600, staleWhileRevalidate: 86_400 };

/**
 * Every route whose anonymous GET answer a shared cache may keep, by SvelteKit route id.
 * Anything not listed (sign-in, accounts, admin, mentorships, adoptions, calendars, health) is
 * never cacheable: new routes are private until listed here.
 */
export const CACHE_POLICIES: Readonly<Record<string, CachePolicy>> = {
	'/': CONTENT,
	'/cities': DIRECTORY,
	'/cities/[slug=slug]': DIRECTORY,
	'/practices': CONTENT,
	'/practices/[slug=slug]': CONTENT,
	'/practices/[slug=slug]/history': CONTENT,
	'/search': CONTENT,
	'/programme': CONTENT,
	'/programme/export': CONTENT,
	'/programme/export/[table]': CONTENT,
	'/programmes': DIRECTORY,
	'/programmes/[slug=slug]': DIRECTORY,
	'/mentors': DIRECTORY,
	'/mentors/[id]': DIRECTORY,
	'/assessments': DIRECTORY,
	'/assessments/[framework=slug]': DIRECTORY,
	'/assessments/[framework=slug]/compare': DIRECTORY,
	'/assessments/[framework=slug]/compare.csv': DIRECTORY,
	'/assessments/[framework=slug]/rankings.csv': DIRECTORY,
	'/language': RELEASE,
	'/sitemap.xml': CONTENT,
	'/robots.txt': RELEASE,
	'/api/docs': RELEASE,
	'/api/v1/openapi.json': RELEASE,
	'/api/v1/cities': DIRECTORY,
	'/api/v1/cities/[slug]': DIRECTORY,
	'/api/v1/cities/[slug]/assessments': DIRECTORY,
	'/api/v1/assessments': DIRECTORY,
	'/api/v1/assessments/[framework]/rounds': DIRECTORY,
	'/api/v1/assessments/[framework]/[round]/scores': DIRECTORY,
	'/api/v1/assessments/[framework]/[round]/scores.csv': DIRECTORY,
	'/api/v1/programmes': DIRECTORY,
	'/api/v1/mentors': DIRECTORY,
	'/api/v1/practices': CONTENT,
	'/api/v1/practices/[slug]': CONTENT,
	'/api/v1/practices/[slug]/revisions': CONTENT,
	'/api/v1/search': CONTENT,
	'/api/v1/programme/reach': CONTENT
};

export const PRIVATE = 'private, no-store';

/** The policy of a route's anonymous GETs, or null when its answers must not be kept. */
export function cachePolicy(routeId: string | null): CachePolicy | null {
	return (routeId && CACHE_POLICIES[routeId]) || null;
}

/**
 * Browsers revalidate every time (a 304 costs little); shared caches keep the answer for the
 * policy's time.
 */
export function cacheControl(policy: CachePolicy): string {
	return `public, max-age=0, s-maxage=${policy.sMaxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;
}

/**
 * What changes an anonymous answer: the language (its cookie, else Accept-Language) and, had it
 * been sent, a session cookie or an API token, which make it private.
 */
export function varyOn(pathname: string): string {
	return pathname.startsWith('/api/')
		? 'Accept-Language, Authorization, Cookie'
		: 'Accept-Language, Cookie';
}

/**
 * A strong validator: the SHA-256 of the exact bytes, base64url, quoted. node:crypto's, which
 * hashes in place: WebCrypto's digest hands each body to a worker job, a tenth of a page's CPU.
 */
export function strongEtag(body: ArrayBuffer | Uint8Array): string {
	const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
	const digest = createHash('sha256').update(bytes).digest('base64url');
	return `"${digest.slice(0, 32)}"`;
}

/** The content codings the local server may add to a tag (scripts/serve.js). */
const CODED = ['br', 'gzip', 'deflate', 'zstd'];

/**
 * The entity tag in `If-None-Match` that matches `etag`, or null. The comparison is weak, as RFC
 * 9110 has it for If-None-Match: `W/"x"` matches `"x"`. A tag our compressing server marked as
 * a compressed form (`"x-br"`, `"x-gzip"`) matches too; the 304 then carries the tag the client
 * sent.
 */
export function matchingTag(ifNoneMatch: string | null, etag: string): string | null {
	if (!ifNoneMatch) return null;
	if (ifNoneMatch.trim() === '*') return etag;
	const opaque = etag.slice(1, -1);
	for (const raw of ifNoneMatch.split(',')) {
		const tag = raw.trim().replace(/^W\//, '');
		if (tag === etag || CODED.some((coding) => tag === `"${opaque}-${coding}"`)) return tag;
	}
	return null;
}

/** An answer kept whole: its bytes and every header it was sent with. */
export interface KeptAnswer {
	body: Uint8Array<ArrayBuffer>;
	headers: [string, string][];
}

/** What `remember` is given: a validator, and the answer when it may be kept whole. */
export interface Remembered {
	etag: string;
	ttlMs: number;
	headers: [string, string][];
	generation: number;
	answer?: KeptAnswer | null;
}

interface Kept extends Remembered {
	at: number;
	/** The answer itself, when it fits the byte budget; else only the tag is kept. */
	answer: KeptAnswer | null;
}

/**
 * The anonymous answers given lately, by request: their validators, so a repeat with
 * `If-None-Match` gets its 304 without the page being rendered again, and, within `maxBytes`,
 * the answers themselves, so a repeat without one is answered from memory too. An entry is
 * trusted while no change notice arrived since it was made, and no longer than its policy lets a
 * shared cache serve the answer fresh (a page can change with the date alone). The least
 * recently used go first.
 */
export class Answers {
	#entries = new Map<string, Kept>();
	#generation = 0;
	#bytes = 0;
	constructor(
		private readonly max = 2000,
		private readonly maxBytes = 0
	) {}

	/** Forgets every entry: the data behind some answer changed. */
	clear(): void {
		this.#generation++;
		this.#entries.clear();
		this.#bytes = 0;
	}

	/** The generation an answer starts rendering in; `remember` drops it if a change came since. */
	get generation(): number {
		return this.#generation;
	}

	remember(key: string, entry: Remembered, now = Date.now()): void {
		if (entry.generation !== this.#generation) return;
		this.#forget(key);
		// One answer may take at most an eighth of the budget, so a few large ones cannot empty it.
		const answer =
			entry.answer && entry.answer.body.byteLength <= this.maxBytes / 8 ? entry.answer : null;
		this.#entries.set(key, { ...entry, answer, at: now });
		this.#bytes += answer?.body.byteLength ?? 0;
		while (this.#entries.size > this.max || this.#bytes > this.maxBytes) {
			this.#forget(this.#entries.keys().next().value as string);
		}
	}

	/** The entry for `key`, if it may still vouch for the answer (it becomes the most recent). */
	fresh(key: string, now = Date.now()): Kept | null {
		const entry = this.#entries.get(key);
		if (!entry) return null;
		this.#forget(key);
		if (entry.generation !== this.#generation || now - entry.at >= entry.ttlMs) return null;
		this.#entries.set(key, entry);
		this.#bytes += entry.answer?.body.byteLength ?? 0;
		return entry;
	}

	#forget(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		this.#entries.delete(key);
		this.#bytes -= entry.answer?.body.byteLength ?? 0;
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The bytes of the answers kept whole. */
	get bytes(): number {
		return this.#bytes;
	}
}
