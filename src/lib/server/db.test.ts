import { describe, expect, it, vi } from 'vitest';

const env: Record<string, string | undefined> = {
	SUPABASE_URL: 'http://127.0.0.1:9',
	SUPABASE_ANON_KEY: 'anon-key',
	SUPABASE_SERVICE_ROLE_KEY: 'service-key',
	SUPABASE_JWT_SECRET: 'a-secret-long-enough-for-hs256-signing-here'
};
vi.mock('$env/dynamic/private', () => ({ env }));

const { userDb } = await import('./db');
type Client = ReturnType<typeof userDb>;

/** The claims of the token a client sends to PostgREST. */
function claims(client: Client): Record<string, unknown> {
	const bearer = client.from('cities').headers.get('authorization') ?? '';
	const payload = bearer.replace(/^Bearer /, '').split('.')[1];
	return JSON.parse(Buffer.from(payload, 'base64url').toString());
}

const member = { id: 'user-1', role: 'city_member' as const, cityId: 'city-1' };
const start = Date.UTC(2026, 11, 2, 12, 0, 0);

describe('userDb', () => {
	it('names the user, their role and city in a token of 60 seconds', () => {
		const token = claims(userDb(member, start));
		expect(token).toMatchObject({
			role: 'authenticated',
			sub: 'user-1',
			app_role: 'city_member',
			city_id: 'city-1'
		});
		expect(Number(token.exp) - Number(token.iat)).toBe(60);
	});

	it('keeps a user’s client while its token has 20 seconds or more to run', () => {
		const first = userDb(member, start + 3_600_000);
		expect(userDb(member, start + 3_600_000 + 40_000)).toBe(first);
		const renewed = userDb(member, start + 3_600_000 + 40_001);
		expect(renewed).not.toBe(first);
		expect(Number(claims(renewed).iat)).toBe(Math.floor((start + 3_600_000 + 40_001) / 1000));
	});

	it('gives another user, or the same user with another role or city, a client of their own', () => {
		const at = start + 7_200_000;
		const mine = userDb(member, at);
		const other = userDb({ ...member, id: 'user-2' }, at);
		const promoted = userDb({ ...member, role: 'mentor' }, at);
		const moved = userDb({ ...member, cityId: null }, at);
		expect(new Set([mine, other, promoted, moved]).size).toBe(4);
		expect(claims(other).sub).toBe('user-2');
		expect(claims(promoted).app_role).toBe('mentor');
		expect(claims(moved).city_id).toBeNull();
		expect(userDb(member, at)).toBe(mine);
	});

	it('keeps a bounded number of clients, dropping the least recently used', () => {
		const at = start + 10_800_000;
		const first = userDb({ ...member, id: 'first' }, at);
		for (let i = 0; i < 500; i++) userDb({ ...member, id: `filler-${i}` }, at);
		expect(userDb({ ...member, id: 'first' }, at)).not.toBe(first);
	});
});
