import { inject } from 'vitest';
import pg from 'pg';
import type { SessionUser } from '../../src/lib/server/auth/session';
import type { DbUser } from '../../src/lib/server/db';
import { createSupabase } from '../../src/lib/server/supabase';

const env = inject('stackEnv');

/** A supabase-js client with the anon key: what the public may do. */
export const anon = () =>
	createSupabase({ url: env.SUPABASE_URL, key: env.SUPABASE_ANON_KEY, barePostgrest: true });

/** A supabase-js client with the service role: system work, bypassing row-level security. */
export const service = () =>
	createSupabase({
		url: env.SUPABASE_URL,
		key: env.SUPABASE_SERVICE_ROLE_KEY,
		barePostgrest: true
	});

/** A direct Postgres connection, for checks PostgREST cannot make (encodings, catalogues). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
	const client = new pg.Client({ connectionString: env.DATABASE_URL });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

/** A seeded account as the app's session knows it, to act as that user through `userDb`. */
export async function sessionUser(email: string): Promise<SessionUser> {
	const { data } = await service()
		.from('users')
		.select('id, name, role, city_id')
		.eq('email', email)
		.single();
	if (!data) throw new Error(`${email} was not seeded`);
	return {
		id: data.id,
		email,
		name: data.name,
		designation: null,
		role: data.role as DbUser['role'],
		cityId: data.city_id,
		city: null
	};
}
