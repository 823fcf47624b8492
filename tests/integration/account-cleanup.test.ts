import { describe, expect, it } from 'vitest';
import { runAccountCleanup } from '../../src/lib/server/accounts/cleanup';
import { hashToken } from '../../src/lib/server/auth/session';
import { service, sql } from './clients';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe('the account clean-up', () => {
	it('prunes old and dead records, reports what it removed, and is idempotent', async () => {
		const db = service();
		const { data: user } = await db
			.from('users')
			.select('id')
			.eq('email', 'member.sagar@citysetu.test')
			.single();
		const userId = user?.id ?? '';
		// One of each kind that must go, and one of each that must stay.
		await sql(
			`insert into public.auth_attempts (email, ip, succeeded, created_at)
			 values ('old@cleanup.test', '10.50.0.1', false, now() - interval '31 days'),
			        ('new@cleanup.test', '10.50.0.1', false, now() - interval '29 days')`
		);
		const { error: resetError } = await db.from('password_resets').insert([
			{ token_hash: hashToken('spent'), user_id: userId, expires_at: ago(-1), used_at: ago(0) },
			{ token_hash: hashToken('expired'), user_id: userId, expires_at: ago(1) },
			{ token_hash: hashToken('live'), user_id: userId, expires_at: ago(-0.04) }
		]);
		expect(resetError).toBeNull();
		const { error: invitationError } = await db.from('invitations').insert([
			{
				email: 'expired@cleanup.test',
				role: 'mission_admin',
				token_hash: hashToken('inv expired'),
				expires_at: ago(1)
			},
			{
				email: 'open@cleanup.test',
				role: 'mission_admin',
				token_hash: hashToken('inv open'),
				expires_at: ago(-7)
			}
		]);
		expect(invitationError).toBeNull();
		await sql(
			`insert into public.outbox_emails (to_email, subject, body, purpose, created_at, sent_at)
			 values ('old@cleanup.test', 'old', 'sent long ago', 'invitation',
			         now() - interval '40 days', now() - interval '40 days'),
			        ('recent@cleanup.test', 'recent', 'sent lately', 'invitation', now(), now())`
		);
		await sql(
			`insert into public.outbox_emails (to_email, subject, body, link, purpose, created_at)
			 values ('unsent@cleanup.test', 'unsent', 'open {link}', 'https://x.test/invite/abc',
			         'invitation', now() - interval '8 days')`
		);
		await sql(
			`insert into public.rate_limits (bucket, key, tokens, updated_at)
			 values ('cleanup-test', 'idle', 1, now() - interval '2 days'),
			        ('cleanup-test', 'busy', 1, now())`
		);

		const removed = await runAccountCleanup('0 seconds');
		expect(removed).not.toBeNull();
		expect(removed?.sign_in_attempts).toBeGreaterThanOrEqual(1);
		expect(removed?.password_resets).toBeGreaterThanOrEqual(2);
		expect(removed?.invitations).toBeGreaterThanOrEqual(1);
		expect(removed?.sent_mail).toBeGreaterThanOrEqual(1);
		expect(removed?.unsent_links).toBeGreaterThanOrEqual(1);
		expect(removed?.rate_limits).toBeGreaterThanOrEqual(1);

		const left = await sql<{ what: string }>(
			`select 'attempt ' || email as what from public.auth_attempts where email like '%@cleanup.test'
			 union all select 'reset' from public.password_resets where token_hash = $1
			 union all select 'invitation ' || email from public.invitations where email like '%@cleanup.test'
			 union all select 'mail ' || to_email from public.outbox_emails where to_email like '%@cleanup.test'
			 union all select 'limit ' || key from public.rate_limits where bucket = 'cleanup-test'
			 order by 1`,
			[hashToken('live')]
		);
		expect(left.map((r) => r.what)).toEqual([
			'attempt new@cleanup.test',
			'invitation open@cleanup.test',
			'limit busy',
			'mail recent@cleanup.test',
			'mail unsent@cleanup.test',
			'reset'
		]);
		const [unsent] = await sql<{ link: string | null; body: string }>(
			`select link, body from public.outbox_emails where to_email = 'unsent@cleanup.test'`
		);
		expect(unsent).toEqual({ link: null, body: 'open [link expired]' });

		// Within the hour another instance's timer finds the run claimed.
		expect(await runAccountCleanup()).toBeNull();
		const [run] = await sql<{ last_result: Record<string, number> }>(
			`select last_result from public.scheduled_runs where job = 'account_cleanup'`
		);
		expect(run.last_result).toEqual(removed);
		// A second run removes nothing more of what the first did.
		const again = await runAccountCleanup('0 seconds');
		expect(again?.password_resets).toBe(0);
		expect(again?.sent_mail).toBe(0);
		expect(again?.unsent_links).toBe(0);
	});

	it('runs once when several instances call it at the same moment', async () => {
		await sql(`update public.scheduled_runs set last_run_at = now() - interval '2 hours'`);
		const results = await Promise.all(Array.from({ length: 5 }, () => runAccountCleanup()));
		expect(results.filter((r) => r !== null).length).toBe(1);
	});
});
