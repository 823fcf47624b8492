// Personal calendar feeds: an address with a secret token (160 random bits) that a calendar app
// fetches without a cookie. Only the token's SHA-256 is kept, so the address is shown once, when
// it is made; making a new one replaces the old. Transfers and deactivations revoke feeds in the
// database (the trigger on users).
import type { SessionUser } from '../auth/session';
import { systemDb, userDb } from '../db';
import type { DbUser } from '../db';
import { DatabaseError } from '../errors';
import { feedUrl, hashFeedToken, isFeedToken, newFeedToken, webcalUrl } from './feed-tokens';
import { userFeedIcs } from './calendar-sessions';
import type { CalendarFileOptions } from './calendar-sessions';

// Calendar apps fetch every hour or so: record the use at most once every ten minutes.
const MARK_USED_EVERY_MS = 10 * 60_000;

export interface FeedInfo {
	id: string;
	created_at: string;
	last_used_at: string | null;
}

export interface FeedLinks {
	/** Opens the reader's calendar app ready to subscribe (Apple Calendar, Outlook desktop). */
	webcal: string;
	/** The same feed over https, for Google Calendar's "From URL" and Outlook on the web. */
	https: string;
}

/** The two addresses of a feed token. */
export function feedLinks(origin: string, token: string): FeedLinks {
	return { webcal: webcalUrl(origin, token), https: feedUrl(origin, token) };
}

/** The user's live feed, if any (at most one is live: a new one replaces it). */
export async function currentFeed(user: SessionUser): Promise<FeedInfo | null> {
	const { data, error } = await userDb(user)
		.from('calendar_feeds')
		.select('id, created_at, last_used_at')
		.is('revoked_at', null)
		.order('created_at', { ascending: false })
		.limit(1);
	if (error) throw new DatabaseError('reading calendar feeds', error);
	return data?.[0] ?? null;
}

/** Revokes the user's live feeds; returns how many. */
export async function revokeFeeds(user: SessionUser): Promise<number> {
	const { data, error } = await userDb(user)
		.from('calendar_feeds')
		.update({ revoked_at: new Date().toISOString() })
		.eq('user_id', user.id)
		.is('revoked_at', null)
		.select('id');
	if (error) throw new DatabaseError('revoking calendar feeds', error);
	return data?.length ?? 0;
}

/**
 * Makes a new feed for the user, revoking any earlier one, and returns its token: the only time
 * it exists outside the calendar app it is given to.
 */
export async function createFeed(user: SessionUser): Promise<string> {
	await revokeFeeds(user);
	const token = newFeedToken();
	const { error } = await userDb(user)
		.from('calendar_feeds')
		.insert({ user_id: user.id, token_hash: hashFeedToken(token) });
	if (error) throw new DatabaseError('creating a calendar feed', error);
	return token;
}

/**
 * The feed behind a token, as .ics text, or null for an unknown or revoked token or an owner who
 * may no longer sign in. The token is looked up with the system client (calendar apps send no
 * cookie); the sessions are then read as the owner, so row-level security still decides.
 */
export async function feedIcs(token: string, options: CalendarFileOptions): Promise<string | null> {
	// Anything without a feed token's shape is not looked up.
	if (!isFeedToken(token)) return null;
	const db = systemDb();
	const { data, error } = await db
		.from('calendar_feeds')
		.select('id, last_used_at, revoked_at, owner:users!inner (id, role, city_id, status)')
		.eq('token_hash', hashFeedToken(token))
		.maybeSingle();
	if (error) throw new DatabaseError('looking up a calendar feed', error);
	if (!data || data.revoked_at || data.owner.status !== 'active') return null;
	const owner: DbUser = { id: data.owner.id, role: data.owner.role, cityId: data.owner.city_id };
	const now = options.now ?? new Date();
	const ics = await userFeedIcs(owner, { ...options, now });
	if (!data.last_used_at || now.getTime() - Date.parse(data.last_used_at) > MARK_USED_EVERY_MS) {
		const { error: useError } = await db
			.from('calendar_feeds')
			.update({ last_used_at: now.toISOString() })
			.eq('id', data.id);
		if (useError) throw new DatabaseError('marking a calendar feed used', useError);
	}
	return ics;
}
