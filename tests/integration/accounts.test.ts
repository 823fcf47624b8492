import { afterAll, beforeAll, inject, describe, expect, it, vi } from 'vitest';
import {
	authenticateApiToken,
	createApiToken,
	revokeApiToken
} from '../../src/lib/server/accounts/api-tokens';
import {
	acceptInvitation,
	findInvitation,
	inviteUser
} from '../../src/lib/server/accounts/invitations';
import {
	createResetLinkForUser,
	requestPasswordReset,
	resetPassword
} from '../../src/lib/server/accounts/password-reset';
import { changePassword } from '../../src/lib/server/accounts/profile';
import { signIn, signInVerifications } from '../../src/lib/server/accounts/sign-in';
import { setUserStatus } from '../../src/lib/server/accounts/user-admin';
import { hashToken, validateSessionToken } from '../../src/lib/server/auth/session';
import { checkStartupConfig } from '../../src/lib/server/env';
import { service } from './clients';

const demoPassword = inject('stackEnv').DEMO_PASSWORD;
// Links come from the configured public origin only.
const origin = 'https://citysetu.example.gov.in';
let ipCounter = 0;
const meta = () => ({ ip: `10.0.0.${++ipCounter}`, userAgent: 'vitest' });

beforeAll(() => {
	vi.stubEnv('PUBLIC_ORIGIN', origin);
});
afterAll(() => {
	vi.unstubAllEnvs();
});

async function sessionUser(email: string, password = demoPassword) {
	const result = await signIn(email, password, meta());
	if (result.kind !== 'ok') throw new Error(`could not sign in ${email}: ${result.kind}`);
	const validated = await validateSessionToken(result.token);
	if (!validated) throw new Error('fresh session did not validate');
	return { ...validated, token: result.token };
}

async function cityId(slug: string) {
	const { data } = await service().from('cities').select('id').eq('slug', slug).single();
	return data?.id ?? null;
}

/** A fresh city member, signed in, so tests that change passwords or tokens touch no demo account. */
async function freshMember(email: string, password = 'a passphrase of my own') {
	const { user: admin } = await sessionUser('admin@citysetu.test');
	const { link } = await inviteUser(admin, {
		email,
		role: 'city_member',
		cityId: await cityId('sagar')
	});
	const session = await acceptInvitation(
		link.split('/').pop() ?? '',
		{ name: 'Test Officer', designation: '', password },
		meta()
	);
	const validated = await validateSessionToken(session?.token ?? '');
	if (!validated) throw new Error('no member');
	return { ...validated, token: session?.token ?? '', password, admin };
}

/** The link queued for the latest mail of a purpose to an address (kept only until sent). */
async function queuedLink(email: string, purpose: 'invitation' | 'password_reset') {
	const { data } = await service()
		.from('outbox_emails')
		.select('link, body')
		.eq('to_email', email)
		.eq('purpose', purpose)
		.order('created_at', { ascending: false })
		.limit(1)
		.single();
	return data;
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

	it('lets at most 5 of 30 parallel wrong sign-ins reach password verification', async () => {
		const email = 'race.target@citysetu.test';
		const before = signInVerifications();
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, i) =>
				signIn(email, `wrong password ${i}`, { ip: `10.30.0.${i}`, userAgent: null })
			)
		);
		expect(signInVerifications() - before).toBeLessThanOrEqual(5);
		expect(results.filter((r) => r.kind === 'invalid').length).toBeLessThanOrEqual(5);
		const locked = results.filter((r) => r.kind === 'locked');
		expect(locked.length).toBeGreaterThanOrEqual(25);
		for (const r of locked) if (r.kind === 'locked') expect(r.retryAfter).toBeGreaterThan(0);
		const { count } = await service()
			.from('auth_attempts')
			.select('id', { count: 'exact', head: true })
			.eq('email', email);
		expect(count).toBe(5);
	});

	it('counts a successful sign-in as no failure', async () => {
		const email = 'admin@citysetu.test';
		const before = new Date().toISOString();
		await sessionUser(email);
		const { data } = await service()
			.from('auth_attempts')
			.select('succeeded')
			.eq('email', email)
			.gte('created_at', before);
		expect(data).toEqual([{ succeeded: true }]);
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

describe('configuration', () => {
	it('refuses to start with SMTP_URL but no public origin, and says why', () => {
		vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:2525');
		vi.stubEnv('PUBLIC_ORIGIN', '');
		vi.stubEnv('ORIGIN', '');
		vi.stubEnv('CITYSETU_LOCAL_STACK', '');
		try {
			expect(() => checkStartupConfig()).toThrow(/SMTP_URL is set but neither ORIGIN nor/);
			vi.stubEnv('ORIGIN', 'https://citysetu.example.gov.in/ignored/path');
			expect(() => checkStartupConfig()).not.toThrow();
		} finally {
			vi.unstubAllEnvs();
			vi.stubEnv('PUBLIC_ORIGIN', origin);
		}
	});
});

describe('invitations', () => {
	it('take an officer from invitation to a signed-in account, once', async () => {
		const { user: admin } = await sessionUser('admin@citysetu.test');
		const { link } = await inviteUser(admin, {
			email: 'Nodal.Officer@Kanpur.gov.in',
			role: 'city_member',
			cityId: await cityId('kanpur')
		});
		const token = link.split('/').pop() ?? '';
		expect(link).toBe(`${origin}/invite/${token}`);
		expect(await findInvitation(token)).toEqual({
			email: 'nodal.officer@kanpur.gov.in',
			role: 'city_member',
			city: { slug: 'kanpur', name: 'Kanpur' }
		});
		// The link waits beside the message, which holds only a placeholder, until it is sent.
		const mail = await queuedLink('nodal.officer@kanpur.gov.in', 'invitation');
		expect(mail?.link).toBe(link);
		expect(mail?.body).toContain('{link}');
		expect(mail?.body).not.toContain(token);

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
		const invite = () =>
			inviteUser(admin, { email: 'late@city.gov.in', role: 'mission_admin', cityId: null });
		const { link } = await invite();
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

		const second = await invite();
		const third = await invite();
		// A new invitation replaces the open one for the same address.
		expect(await findInvitation(second.link.split('/').pop() ?? '')).toBeNull();
		expect(await findInvitation(third.link.split('/').pop() ?? '')).not.toBeNull();
	});
});

describe('passwords', () => {
	it('reset with a single-use link on the public origin that ends every session', async () => {
		const email = 'mentor.rajkot@citysetu.test';
		const { session } = await sessionUser(email);
		expect(await requestPasswordReset(email, '10.40.0.1')).toEqual({ kind: 'sent' });
		expect(await requestPasswordReset('nobody@citysetu.test', '10.40.0.1')).toEqual({
			kind: 'sent'
		});
		const link = (await queuedLink(email, 'password_reset'))?.link ?? '';
		expect(link.startsWith(`${origin}/reset/`)).toBe(true);
		const token = link.split('/').pop() ?? '';
		expect(await resetPassword(token, 'a brand new passphrase')).toBe(true);
		expect(await resetPassword(token, 'and once more please')).toBe(false);
		const { count } = await service()
			.from('sessions')
			.select('id', { count: 'exact', head: true })
			.eq('id', session.id);
		expect(count).toBe(0);
		expect((await signIn(email, 'a brand new passphrase', meta())).kind).toBe('ok');
		// Put the demo password back for the other tests.
		await requestPasswordReset(email, '10.40.0.2');
		const back = (await queuedLink(email, 'password_reset'))?.link ?? '';
		expect(await resetPassword(back.split('/').pop() ?? '', demoPassword)).toBe(true);
	});

	it('limits reset requests per email and per address, with the seconds to wait', async () => {
		const email = 'limited.reset@citysetu.test';
		for (let i = 0; i < 3; i++) {
			expect(await requestPasswordReset(email, `10.41.0.${i}`)).toEqual({ kind: 'sent' });
		}
		const byEmail = await requestPasswordReset(email, '10.41.0.9');
		expect(byEmail.kind).toBe('limited');
		if (byEmail.kind === 'limited') expect(byEmail.retryAfter).toBeGreaterThan(60);

		const ip = '10.42.0.1';
		for (let i = 0; i < 10; i++) {
			expect((await requestPasswordReset(`person${i}@example.in`, ip)).kind).toBe('sent');
		}
		const byAddress = await requestPasswordReset('someone.else@example.in', ip);
		expect(byAddress.kind).toBe('limited');
		if (byAddress.kind === 'limited') expect(byAddress.retryAfter).toBeGreaterThan(60);
	});

	it('can be reset by an admin’s link for a non-admin account only, audited, never mailed', async () => {
		const { user: admin } = await sessionUser('admin@citysetu.test');
		const member = await freshMember('handover@sagar.gov.in');
		const { count: mailsBefore } = await service()
			.from('outbox_emails')
			.select('id', { count: 'exact', head: true })
			.eq('to_email', 'handover@sagar.gov.in')
			.eq('purpose', 'password_reset');
		const result = await createResetLinkForUser(admin, member.user.id);
		expect(result.kind).toBe('ok');
		const link = result.kind === 'ok' ? result.link : '';
		expect(link.startsWith(`${origin}/reset/`)).toBe(true);
		const { count: mailsAfter } = await service()
			.from('outbox_emails')
			.select('id', { count: 'exact', head: true })
			.eq('to_email', 'handover@sagar.gov.in')
			.eq('purpose', 'password_reset');
		expect(mailsAfter).toBe(mailsBefore);
		const { data: audit } = await service()
			.from('audit_log')
			.select('actor_email, summary')
			.eq('action', 'password_reset_link_created')
			.eq('entity_id', member.user.id);
		expect(audit).toEqual([
			{ actor_email: 'admin@citysetu.test', summary: 'for handover@sagar.gov.in' }
		]);
		expect(await resetPassword(link.split('/').pop() ?? '', 'handed over passphrase')).toBe(true);

		const { data: other } = await service()
			.from('users')
			.select('id')
			.eq('email', 'admin@citysetu.test')
			.single();
		expect(await createResetLinkForUser(admin, other?.id ?? '')).toEqual({ kind: 'refused' });
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

describe('API tokens', () => {
	const create = (
		user: Parameters<typeof createApiToken>[0],
		name: string,
		currentPassword: string,
		options: { scope?: 'read' | 'read_write'; days?: number } = {}
	) =>
		createApiToken(user, {
			name,
			scope: options.scope ?? 'read',
			days: options.days ?? 90,
			currentPassword
		});

	it('need the current password, carry a scope and expire in 90 days by default', async () => {
		const member = await freshMember('tokens@sagar.gov.in');
		expect(await create(member.user, 'no password', 'not my password')).toEqual({
			kind: 'wrong_password'
		});
		const made = await create(member.user, 'ward dashboard', member.password);
		if (made.kind !== 'ok') throw new Error(made.kind);
		expect(made.token).toMatch(/^cs_[a-z2-7]{32}$/);
		const days = (made.expiresAt.getTime() - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(89.9);
		expect(days).toBeLessThanOrEqual(90);
		expect(await authenticateApiToken(made.token)).toMatchObject({
			scope: 'read',
			user: { email: 'tokens@sagar.gov.in', role: 'city_member' }
		});
		expect(await authenticateApiToken('cs_' + 'a'.repeat(32))).toBeNull();
		const { data: stored } = await service()
			.from('api_tokens')
			.select('token_hash, last_used_at, scope')
			.eq('token_hash', hashToken(made.token))
			.single();
		expect(stored?.last_used_at).not.toBeNull();

		// A year at most: longer asks are cut to a year, and the database refuses more.
		const long = await create(member.user, 'long', member.password, { days: 5000 });
		if (long.kind !== 'ok') throw new Error(long.kind);
		expect((long.expiresAt.getTime() - Date.now()) / 86_400_000).toBeLessThanOrEqual(365);
		const { error } = await service()
			.from('api_tokens')
			.insert({
				user_id: member.user.id,
				name: 'too long',
				token_hash: hashToken('too long'),
				expires_at: new Date(Date.now() + 400 * 86_400_000).toISOString()
			});
		expect(error?.code).toBe('23514');

		// An expired token opens nothing.
		const expire = await service()
			.from('api_tokens')
			.update({
				created_at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
				expires_at: new Date(Date.now() - 1000).toISOString()
			})
			.eq('token_hash', hashToken(long.token));
		expect(expire.error).toBeNull();
		expect(await authenticateApiToken(long.token)).toBeNull();
	});

	it('are at most 10 active per user, even created in parallel', async () => {
		const member = await freshMember('ten.tokens@sagar.gov.in');
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, i) =>
				create(member.user, `tool ${i}`, member.password, { scope: 'read_write' })
			)
		);
		expect(results.filter((r) => r.kind === 'ok').length).toBe(10);
		expect(results.filter((r) => r.kind === 'too_many').length).toBe(2);
		// Revoking one makes room again.
		const { data } = await service()
			.from('api_tokens')
			.select('id')
			.eq('user_id', member.user.id)
			.limit(1)
			.single();
		expect(await revokeApiToken(member.user, data?.id ?? '')).toBe(true);
		expect((await create(member.user, 'one more', member.password)).kind).toBe('ok');
	});

	it('are revoked by a password change and by a reset', async () => {
		const member = await freshMember('rotating@sagar.gov.in');
		const first = await create(member.user, 'before change', member.password);
		if (first.kind !== 'ok') throw new Error(first.kind);
		expect(
			await changePassword(member.user, member.session.id, member.password, 'the second passphrase')
		).toBe(true);
		expect(await authenticateApiToken(first.token)).toBeNull();

		const second = await create(member.user, 'before reset', 'the second passphrase');
		if (second.kind !== 'ok') throw new Error(second.kind);
		expect(await authenticateApiToken(second.token)).not.toBeNull();
		const reset = await createResetLinkForUser(member.admin, member.user.id);
		if (reset.kind !== 'ok') throw new Error(reset.kind);
		expect(await resetPassword(reset.link.split('/').pop() ?? '', 'the third passphrase')).toBe(
			true
		);
		expect(await authenticateApiToken(second.token)).toBeNull();
	});

	it('and sessions stop working once the account is deactivated', async () => {
		const member = await freshMember('leaving@sagar.gov.in');
		const made = await create(member.user, 'ward dashboard', member.password);
		if (made.kind !== 'ok') throw new Error(made.kind);
		expect(await authenticateApiToken(made.token)).not.toBeNull();
		await setUserStatus(member.admin, member.user.id, 'deactivated');
		expect(await validateSessionToken(member.token)).toBeNull();
		expect(await authenticateApiToken(made.token)).toBeNull();
		expect((await signIn('leaving@sagar.gov.in', member.password, meta())).kind).toBe('invalid');
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
