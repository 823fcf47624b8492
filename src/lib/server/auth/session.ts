// Sessions as the lucia-auth.com guide teaches: a random token in an HttpOnly cookie (see
// cookies.ts), only its SHA-256 stored, 30-day sliding expiry renewed when under 15 days remain,
// and a 90-day cap. Also the user's own list of sessions.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { systemDb, userDb } from '../db';
import { DatabaseError } from '../errors';
import type { DbUser } from '../db';
import type { Tables } from '../../database.types';
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_DAYS = 30;
export const RENEW_WHEN_UNDER_DAYS = 15;
export const ABSOLUTE_DAYS = 90;
const LAST_SEEN_EVERY_MS = 5 * 60 * 1000;

export interface SessionUser extends DbUser {
	email: string;
	name: string;
	designation: string | null;
	city: { slug: string; name: string } | null;
}

/** The columns of a user (and their city) that make a SessionUser, for embedding in a select. */
export const SESSION_USER_COLUMNS =
	'id, email, name, designation, role, city_id, status, city:cities (slug, name)';

/** A user row as SESSION_USER_COLUMNS selects it. */
export type SessionUserRow = Pick<
	Tables<'users'>,
	'id' | 'email' | 'name' | 'designation' | 'role' | 'city_id' | 'status'
> & { city: { slug: string; name: string } | null };

/**
 * The signed-in user behind a row, or null when the account may not sign in (deactivated). The one mapping used by sessions and API tokens alike.
 */
export function toSessionUser(row: SessionUserRow | null): SessionUser | null {
	if (!row || row.status !== 'active') return null;
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		designation: row.designation,
		role: row.role,
		cityId: row.city_id,
		city: row.city ? { slug: row.city.slug, name: row.city.name } : null
	};
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
	absoluteExpiresAt: Date;
}

/** A new session token: 20 random bytes (160 bits), base32. */
export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored form of a token: its SHA-256, hex. Used for sessions, invitations, resets, API tokens. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * The expiry after activity at `now`: unchanged while more than 15 days remain, otherwise 30 days
 * on, never past the absolute cap.
 */
export function slidingExpiry(expiresAt: Date, absoluteExpiresAt: Date, now: Date): Date | null {
	if (expiresAt.getTime() - now.getTime() >= RENEW_WHEN_UNDER_DAYS * DAY_MS) return null;
	const renewed = Math.min(now.getTime() + SESSION_DAYS * DAY_MS, absoluteExpiresAt.getTime());
	return renewed > expiresAt.getTime() ? new Date(renewed) : null;
}

/** Starts a session for the user and returns it with the token for the cookie. */
export async function createSession(
	userId: string,
	meta: { userAgent?: string | null; ip?: string | null } = {}
): Promise<{ token: string; session: Session }> {
	const token = generateToken();
	const now = Date.now();
	const session: Session = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now + SESSION_DAYS * DAY_MS),
		absoluteExpiresAt: new Date(now + ABSOLUTE_DAYS * DAY_MS)
	};
	const { error } = await systemDb()
		.from('sessions')
		.insert({
			id: session.id,
			user_id: userId,
			expires_at: session.expiresAt.toISOString(),
			absolute_expires_at: session.absoluteExpiresAt.toISOString(),
			user_agent: meta.userAgent?.slice(0, 300) ?? null,
			ip: meta.ip?.slice(0, 64) ?? null
		});
	if (error) throw new DatabaseError('creating a session', error);
	const { error: signInError } = await systemDb()
		.from('users')
		.update({ last_sign_in_at: new Date(now).toISOString() })
		.eq('id', userId);
	if (signInError) throw new DatabaseError('recording a sign-in', signInError);
	return { token, session };
}

/**
 * The session and active user behind a token, or null. Expired sessions and sessions of
 * deactivated users are deleted; a session in its last 15 days is extended.
 */
export async function validateSessionToken(
	token: string
): Promise<{ session: Session; user: SessionUser; renewed: boolean } | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const id = hashToken(token);
	const db = systemDb();
	const { data, error } = await db
		.from('sessions')
		.select(
			`id, user_id, expires_at, absolute_expires_at, last_seen_at,
			user:users!inner (${SESSION_USER_COLUMNS})`
		)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new DatabaseError('reading a session', error);
	if (!data) return null;
	const now = new Date();
	const session: Session = {
		id,
		userId: data.user_id,
		expiresAt: new Date(data.expires_at),
		absoluteExpiresAt: new Date(data.absolute_expires_at)
	};
	const user = toSessionUser(data.user);
	if (now >= session.expiresAt || now >= session.absoluteExpiresAt || !user) {
		await invalidateSession(id);
		return null;
	}
	const renewed = slidingExpiry(session.expiresAt, session.absoluteExpiresAt, now);
	const stale = now.getTime() - new Date(data.last_seen_at).getTime() > LAST_SEEN_EVERY_MS;
	if (renewed || stale) {
		if (renewed) session.expiresAt = renewed;
		const { error: updateError } = await db
			.from('sessions')
			.update({ expires_at: session.expiresAt.toISOString(), last_seen_at: now.toISOString() })
			.eq('id', id);
		if (updateError) throw new DatabaseError('extending a session', updateError);
	}
	return { session, renewed: renewed !== null, user };
}

/** Ends one session. */
export async function invalidateSession(id: string): Promise<void> {
	const { error } = await systemDb().from('sessions').delete().eq('id', id);
	if (error) throw new DatabaseError('ending a session', error);
}

/** Ends every session of a user, except `keep` when given (the one in use). */
export async function invalidateUserSessions(userId: string, keep?: string): Promise<void> {
	let query = systemDb().from('sessions').delete().eq('user_id', userId);
	if (keep) query = query.neq('id', keep);
	const { error } = await query;
	if (error) throw new DatabaseError('ending sessions', error);
}

export interface SessionInfo {
	id: string;
	created_at: string;
	last_seen_at: string;
	user_agent: string | null;
	ip: string | null;
}

/** The user's active sessions, most recently used first. */
export async function listSessions(user: SessionUser): Promise<SessionInfo[]> {
	const { data, error } = await userDb(user)
		.from('sessions')
		.select('id, created_at, last_seen_at, user_agent, ip')
		.gt('expires_at', new Date().toISOString())
		.order('last_seen_at', { ascending: false });
	if (error) throw new DatabaseError('listing sessions', error);
	return data ?? [];
}

/** Ends one of the user's own sessions (RLS: only their own). */
export async function endSession(user: SessionUser, id: string): Promise<boolean> {
	const { data, error } = await userDb(user).from('sessions').delete().eq('id', id).select('id');
	if (error) throw new DatabaseError('ending a session', error);
	return (data ?? []).length === 1;
}

/** Ends every session of the user but the current one. */
export async function endOtherSessions(user: SessionUser, currentId: string): Promise<void> {
	const { error } = await userDb(user).from('sessions').delete().neq('id', currentId);
	if (error) throw new DatabaseError('ending sessions', error);
}
