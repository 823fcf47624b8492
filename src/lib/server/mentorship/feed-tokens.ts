// The secret in a calendar feed's address, and the addresses made from it. A token is shown to its
// owner once and stored only as its SHA-256, as API tokens are.
import { generateToken, hashToken } from '../auth/session';

const FEED_TOKEN_PREFIX = 'cscal_';

/** A new feed token: 160 random bits in base32 after a prefix. Shown to its owner, never stored. */
export function newFeedToken(): string {
	return FEED_TOKEN_PREFIX + generateToken();
}

/** Whether a value has a feed token's shape, checked before any database lookup. */
export function isFeedToken(value: string): boolean {
	return (
		value.startsWith(FEED_TOKEN_PREFIX) &&
		/^[a-z2-7]{32}$/.test(value.slice(FEED_TOKEN_PREFIX.length))
	);
}

/** The stored form of a feed token: its SHA-256, hex, as for API tokens. */
export function hashFeedToken(token: string): string {
	return hashToken(token);
}

/** The feed's path: `/api/v1/calendar/<token>.ics`. */
export function feedPath(token: string): string {
	if (!isFeedToken(token)) throw new TypeError('Not a feed token');
	return `/api/v1/calendar/${token}.ics`;
}

/** The https address of a feed, for clients that take a plain URL (Google Calendar's "From URL"). */
export function feedUrl(origin: string, token: string): string {
	return new URL(feedPath(token), origin).href;
}

/**
 * The feed's webcal:// address, which opens the reader's calendar app ready to subscribe.
 * Whatever the origin's scheme (http on the local stack too): webcal has no plain variant.
 */
export function webcalUrl(origin: string, token: string): string {
	return `webcal://${new URL(origin).host}${feedPath(token)}`;
}
