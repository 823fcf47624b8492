import type { Enums } from '$lib/database.types';
import { config } from './env';
import { signJwt } from './jwt';
import { createSupabase } from './supabase';
import type { Db } from './supabase';

/** What the database needs to know of a signed-in user to apply its policies. */
export interface DbUser {
	id: string;
	role: Enums<'app_role'>;
	cityId: string | null;
}

let anonClient: Db | undefined;
let serviceClient: Db | undefined;

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

/**
 * SYSTEM WORK ONLY: the service role bypasses row-level security. Used for authentication
 * itself (credentials, sessions, sign-in throttling, API-token lookup), mail and seeding, never
 * for what a user asks to read or change.
 */
export function systemDb(): Db {
	serviceClient ??= createSupabase({
		url: config.supabaseUrl,
		key: config.supabaseServiceRoleKey,
		barePostgrest: config.barePostgrest
	});
	return serviceClient;
}

const USER_TOKEN_SECONDS = 60;
/** A kept client is handed out only while its token has at least this long to run. */
const USER_TOKEN_MARGIN_SECONDS = 20;
/** Signed-in users whose clients are kept (the most recently served). */
const USER_CLIENTS = 500;

/** A short-lived JWT naming the user, their app role and city, signed for PostgREST. */
export function userToken(user: DbUser, now = Date.now()): string {
	const iat = Math.floor(now / 1000);
	return signJwt(
		{
			role: 'authenticated',
			aud: 'authenticated',
			sub: user.id,
			app_role: user.role,
			city_id: user.cityId,
			iat,
			exp: iat + USER_TOKEN_SECONDS
		},
		config.supabaseJwtSecret
	);
}

// Building a supabase-js client (with its auth, realtime and storage parts) costs about as much
// CPU as rendering a small page: each signed-in user's client is kept while its token is fresh.
// The key holds every claim the token carries, so a changed role or city gets a new token.
const userClients = new Map<string, { client: Db; expiresAt: number }>();

/** A client that acts as the signed-in user: the database's policies decide what it may do. */
export function userDb(user: DbUser, now = Date.now()): Db {
	const key = `${user.id} ${user.role} ${user.cityId ?? ''}`;
	const kept = userClients.get(key);
	userClients.delete(key);
	if (kept && kept.expiresAt - now >= USER_TOKEN_MARGIN_SECONDS * 1000) {
		// Most recently used last: the first key is the one to drop.
		userClients.set(key, kept);
		return kept.client;
	}
	const client = createSupabase({
		url: config.supabaseUrl,
		key: config.supabaseAnonKey,
		barePostgrest: config.barePostgrest,
		accessToken: userToken(user, now)
	});
	userClients.set(key, { client, expiresAt: (Math.floor(now / 1000) + USER_TOKEN_SECONDS) * 1000 });
	if (userClients.size > USER_CLIENTS) userClients.delete(userClients.keys().next().value!);
	return client;
}

/**
 * The client for whoever asks: as the signed-in user (row-level security decides what they
 * see), or the public client when nobody is signed in. The one way routes and domain functions
 * turn a request's user into a database client.
 */
export function dbFor(user: DbUser | null): Db {
	return user ? userDb(user) : publicDb();
}
