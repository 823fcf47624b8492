import { inject, describe, expect, it } from 'vitest';
import { hashToken, validateSessionToken } from '../../src/lib/server/auth/session';
import {
	acceptInvitation,
	authenticateApiToken,
	changePassword,
	createApiToken,
	findInvitation,
	inviteUser,
	requestPasswordReset,
	resetPassword,
	revokeApiToken,
	setUserStatus,
	signIn
} from '../../src/lib/server/users';
import { service } from './clients';

const demoPassword = inject('stackEnv').DEMO_PASSWORD;
const origin = 'http://localhost:3000';
let ipCounter = 0;
const meta = () => ({ ip: `10.0.0.${++ipCounter}`, userAgent: 'vitest' });

async function sessionUser(email: string) {
	const result = await signIn(email, demoPassword, meta());
	if (result.kind !== 'ok') throw new Error(`could not sign in ${email}: ${result.kind}`);
	const validated = await validateSessionToken(result.token);
	if (!validated) throw new Error('fresh session did not validate');
	return { ...validated, token: result.token };
}

describe('signing in', () => {
	it('starts a session whose token is stored only as its hash', async () => {
		const { token, user, session } = await sessionUser('mentor.rajkot@citysetu.test');
		expect(user).toMatchObject({ role: 'mentor', city: { slug: 'rajkot', name: 'Rajkot' } });
		expect(session.id).toBe(hashToken(token));
		const { data } = await service().from('sessions').select('id').eq('id', token);
		expect(data).toEqual([]);
		const days = (session.expiresAt.getTime() - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(29.9);
		expect(days).toBeLessThanOrEqual(30);
	});

	it('gives the same answer for a wrong password and an unknown email', async () => {
		expect(await signIn('admin@citysetu.test', 'wrong password!', meta())).toEqual({
			kind: 'invalid'
		});
		expect(await signIn('nobody@citysetu.test', 'wrong password!', meta())).toEqual({
			kind: 'invalid'
		});
	});

	it('locks an account after 5 failures in 15 minutes, even with the right password', async () => {
		const email = 'member.sagar@citysetu.test';
		for (let i = 0; i < 5; i++) {
			expect((await signIn(email, `wrong-${i}-password`, meta())).kind).toBe('invalid');
		}
		const locked = await signIn(email, demoPassword, meta());
		expect(locked.kind).toBe('locked');
		if (locked.kind === 'locked') {
			expect(locked.retryAfter).toBeGreaterThan(800);
			expect(locked.retryAfter).toBeLessThanOrEqual(900);
		}
		const { data } = await service()
			.from('audit_log')
			.select('action')
			.eq('action', 'locked_out')
			.like('summary', `${email}%`);
		expect(data?.length).toBeGreaterThan(0);
		// Clear the counter so the other tests can sign this account in.
		await service().from('auth_attempts').delete().eq('email', email);
	});

	it('locks an address after 20 failures across accounts', async () => {
		const ip = '10.9.9.9';
		for (let i = 0; i < 20; i++) {
			await signIn(`someone${i}@example.in`, 'wrong password!', { ip, userAgent: null });
		}
		const locked = await signIn('admin@citysetu.test', demoPassword, { ip, userAgent: null });
		expect(locked.kind).toBe('locked');
		await service().from('auth_attempts').delete().eq('ip', ip);
	});
});

describe('invitations', () => {
	it('take an officer from invitation to a signed-in account, once', async () => {
		const { user: admin } = await sessionUser('admin@citysetu.test');
		const { data: kanpur } = await service()
			.from('cities')
			.select('id')
			.eq('slug', 'kanpur')
			.single();
		const { link } = await inviteUser(
			admin,
			{ email: 'Nodal.Officer@Kanpur.gov.in', role: 'city_member', cityId: kanpur?.id ?? null },
			origin
		);
		const token = link.split('/').pop() ?? '';
		expect(link).toBe(`${origin}/invite/${token}`);
		expect(await findInvitation(token)).toEqual({
			email: 'nodal.officer@kanpur.gov.in',
			role: 'city_member',
			city: { slug: 'kanpur', name: 'Kanpur' }
		});
		const mail = await service()
			.from('outbox_emails')
			.select('to_email, link')
			.eq('to_email', 'nodal.officer@kanpur.gov.in');
		expect(mail.data).toEqual([{ to_email: 'nodal.officer@kanpur.gov.in', link }]);

		const session = await acceptInvitation(
			token,
			{
				name: 'Nodal Officer',
				designation: 'Safe City nodal officer',
				password: 'camera links every shop'
			},
			meta()
		);
		expect(session).not.toBeNull();
		const validated = await validateSessionToken(session?.token ?? '');
		expect(validated?.user).toMatchObject({
			email: 'nodal.officer@kanpur.gov.in',
			role: 'city_member'
		});
		expect(await findInvitation(token)).toBeNull();
		expect(
			await acceptInvitation(
				token,
				{ name: 'x', designation: '', password: 'another password!' },
				meta()
			)
		).toBeNull();
		const again = await signIn('nodal.officer@kanpur.gov.in', 'camera links every shop', meta());
		expect(again.kind).toBe('ok');
	});

	it('refuse expired and revoked links', async () => {
		const { user: admin } = await sessionUser('admin@citysetu.test');
		const { link } = await inviteUser(
			admin,
			{ email: 'late@city.gov.in', role: 'mission_admin', cityId: null },
			origin
		);
		const token = link.split('/').pop() ?? '';
		await service()
			.from('invitations')
			.update({ expires_at: new Date(Date.now() - 1000).toISOString() })
			.eq('token_hash', hashToken(token));
		expect(await findInvitation(token)).toBeNull();
		expect(
			await acceptInvitation(
				token,
				{ name: 'Late', designation: '', password: 'too late for this' },
				meta()
			)
		).toBeNull();

		const second = await inviteUser(
			admin,
			{ email: 'late@city.gov.in', role: 'mission_admin', cityId: null },
			origin
		);
		const third = await inviteUser(
			admin,
			{ email: 'late@city.gov.in', role: 'mission_admin', cityId: null },
			origin
		);
		// A new invitation replaces the open one for the same address.
		expect(await findInvitation(second.link.split('/').pop() ?? '')).toBeNull();
		expect(await findInvitation(third.link.split('/').pop() ?? '')).not.toBeNull();
	});
});

describe('passwords', () => {
	it('reset with a single-use link that ends every session', async () => {
		const { session } = await sessionUser('mentor.rajkot@citysetu.test');
		const link = await requestPasswordReset('mentor.rajkot@citysetu.test', origin);
		expect(await requestPasswordReset('nobody@citysetu.test', origin)).toBeNull();
		const token = link?.split('/').pop() ?? '';
		expect(await resetPassword(token, 'a brand new passphrase')).toBe(true);
		expect(await resetPassword(token, 'and once more please')).toBe(false);
		const { count } = await service()
			.from('sessions')
			.select('id', { count: 'exact', head: true })
			.eq('id', session.id);
		expect(count).toBe(0);
		expect(
			(await signIn('mentor.rajkot@citysetu.test', 'a brand new passphrase', meta())).kind
		).toBe('ok');
		// Put the demo password back for the other tests.
		const back = await requestPasswordReset('mentor.rajkot@citysetu.test', origin);
		expect(await resetPassword(back?.split('/').pop() ?? '', demoPassword)).toBe(true);
	});

	it('change only with the current password, ending the other sessions', async () => {
		const first = await sessionUser('admin@citysetu.test');
		const second = await sessionUser('admin@citysetu.test');
		expect(
			await changePassword(second.user, second.session.id, 'not it at all', 'whatever new one')
		).toBe(false);
		expect(await changePassword(second.user, second.session.id, demoPassword, demoPassword)).toBe(
			true
		);
		expect(await validateSessionToken(first.token)).toBeNull();
		expect(await validateSessionToken(second.token)).not.toBeNull();
	});
});

describe('API tokens and deactivation', () => {
	it('authenticate until revoked, and nothing works once the account is deactivated', async () => {
		const { user: admin } = await sessionUser('admin@citysetu.test');
		const { data: sagar } = await service()
			.from('cities')
			.select('id')
			.eq('slug', 'sagar')
			.single();
		const { link } = await inviteUser(
			admin,
			{ email: 'leaving@sagar.gov.in', role: 'city_member', cityId: sagar?.id ?? null },
			origin
		);
		const session = await acceptInvitation(
			link.split('/').pop() ?? '',
			{ name: 'Leaving Officer', designation: '', password: 'soon to be gone' },
			meta()
		);
		const member = (await validateSessionToken(session?.token ?? ''))?.user;
		if (!member) throw new Error('no member');

		const token = await createApiToken(member, 'ward dashboard');
		expect(token).toMatch(/^cs_[a-z2-7]{32}$/);
		expect((await authenticateApiToken(token))?.email).toBe('leaving@sagar.gov.in');
		expect(await authenticateApiToken('cs_' + 'a'.repeat(32))).toBeNull();
		const { data: stored } = await service()
			.from('api_tokens')
			.select('token_hash, last_used_at')
			.eq('name', 'ward dashboard')
			.single();
		expect(stored?.token_hash).toBe(hashToken(token));
		expect(stored?.last_used_at).not.toBeNull();

		const second = await createApiToken(member, 'second tool');
		const { data: list } = await service()
			.from('api_tokens')
			.select('id')
			.eq('name', 'second tool')
			.single();
		expect(await revokeApiToken(member, list?.id ?? '')).toBe(true);
		expect(await authenticateApiToken(second)).toBeNull();

		await setUserStatus(admin, member.id, 'deactivated');
		expect(await validateSessionToken(session?.token ?? '')).toBeNull();
		expect(await authenticateApiToken(token)).toBeNull();
		expect((await signIn('leaving@sagar.gov.in', 'soon to be gone', meta())).kind).toBe('invalid');
	});
});

describe('session expiry', () => {
	it('slides a session in its last 15 days, and ends expired or over-age sessions', async () => {
		const { token, session } = await sessionUser('admin@citysetu.test');
		const db = service();
		const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString();
		await db.from('sessions').update({ expires_at: inTenDays }).eq('id', session.id);
		const renewed = await validateSessionToken(token);
		expect(renewed?.renewed).toBe(true);
		const days = ((renewed?.session.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(29.9);
		expect((await validateSessionToken(token))?.renewed).toBe(false);

		await db
			.from('sessions')
			.update({ absolute_expires_at: new Date(Date.now() - 1000).toISOString() })
			.eq('id', session.id);
		expect(await validateSessionToken(token)).toBeNull();
		expect((await db.from('sessions').select('id').eq('id', session.id)).data).toEqual([]);

		const other = await sessionUser('admin@citysetu.test');
		await db
			.from('sessions')
			.update({ expires_at: new Date(Date.now() - 1000).toISOString() })
			.eq('id', other.session.id);
		expect(await validateSessionToken(other.token)).toBeNull();
		expect(await validateSessionToken('not a token')).toBeNull();
	});
});
