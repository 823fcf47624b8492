// API tokens: named, scoped (`read` or `read_write`), expiring (90 days by default, a year at
// most), at most 10 active per user, and revoked whenever the password changes. The token is
// shown once; only its SHA-256 is kept.
import type { Enums } from '$lib/database.types';
import { generateToken, hashToken, SESSION_USER_COLUMNS, toSessionUser } from '../auth/session';
import type { SessionUser } from '../auth/session';
import { systemDb, userDb } from '../db';
import { DatabaseError } from '../errors';
import { checkCurrentPassword } from './profile';

export type ApiTokenScope = Enums<'api_token_scope'>;

export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_LIMIT = 10;
const PREFIX = 'cs_';
const DAY_MS = 86_400_000;

export interface ApiTokenInfo {
	id: string;
	name: string;
	scope: ApiTokenScope;
	created_at: string;
	expires_at: string;
	last_used_at: string | null;
	revoked_at: string | null;
}

export type CreateApiTokenResult =
	| { kind: 'ok'; token: string; expiresAt: Date }
	| { kind: 'wrong_password' }
	| { kind: 'too_many' };

/** Creates a token after checking the current password; the token is returned once. */
export async function createApiToken(
	user: SessionUser,
	input: { name: string; scope: ApiTokenScope; days: number; currentPassword: string }
): Promise<CreateApiTokenResult> {
	if (!(await checkCurrentPassword(user.id, input.currentPassword))) {
		return { kind: 'wrong_password' };
	}
	const days = Math.min(Math.max(1, Math.round(input.days)), API_TOKEN_MAX_DAYS);
	const expiresAt = new Date(Date.now() + days * DAY_MS);
	const token = PREFIX + generateToken();
	const { error } = await userDb(user)
		.from('api_tokens')
		.insert({
			user_id: user.id,
			name: input.name,
			scope: input.scope,
			expires_at: expiresAt.toISOString(),
			token_hash: hashToken(token)
		});
	// The database counts active tokens under a lock: program_limit_exceeded is the 11th.
	if (error?.code === '54000') return { kind: 'too_many' };
	if (error) throw new DatabaseError('creating an API token', error);
	return { kind: 'ok', token, expiresAt };
}

/** The user's tokens, newest first. */
export async function listApiTokens(user: SessionUser): Promise<ApiTokenInfo[]> {
	const { data, error } = await userDb(user)
		.from('api_tokens')
		.select('id, name, scope, created_at, expires_at, last_used_at, revoked_at')
		.order('created_at', { ascending: false });
	if (error) throw new DatabaseError('listing API tokens', error);
	return data ?? [];
}

/** Revokes one of the user's own tokens. */
export async function revokeApiToken(user: SessionUser, id: string): Promise<boolean> {
	const { data, error } = await userDb(user)
		.from('api_tokens')
		.update({ revoked_at: new Date().toISOString() })
		.eq('id', id)
		.is('revoked_at', null)
		.select('id');
	if (error) throw new DatabaseError('revoking an API token', error);
	return (data ?? []).length === 1;
}

/**
 * The active user behind a live token, with the token's scope, or null. Marks the token used
 * (at most once a minute).
 */
export async function authenticateApiToken(
	token: string
): Promise<{ user: SessionUser; scope: ApiTokenScope } | null> {
	if (!token.startsWith(PREFIX) || !/^[a-z2-7]{32}$/.test(token.slice(PREFIX.length))) {
		return null;
	}
	const db = systemDb();
	const { data, error } = await db
		.from('api_tokens')
		.select(
			`id, scope, expires_at, last_used_at, revoked_at, user:users!inner (${SESSION_USER_COLUMNS})`
		)
		.eq('token_hash', hashToken(token))
		.maybeSingle();
	if (error) throw new DatabaseError('checking an API token', error);
	if (!data || data.revoked_at || new Date(data.expires_at) <= new Date()) return null;
	const user = toSessionUser(data.user);
	if (!user) return null;
	if (!data.last_used_at || Date.now() - new Date(data.last_used_at).getTime() > 60_000) {
		const { error: useError } = await db
			.from('api_tokens')
			.update({ last_used_at: new Date().toISOString() })
			.eq('id', data.id);
		if (useError) throw new DatabaseError('marking an API token used', useError);
	}
	return { user, scope: data.scope };
}
