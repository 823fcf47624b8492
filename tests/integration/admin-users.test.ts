// The admin's users page at scale, on the real stack: finding officers through PostgREST,
// invitations in bulk that never reach anyone twice, and who may create invitations at all.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { checkBatch, confirmBatch } from '../../src/lib/server/accounts/invitation-batches';
import { readInvitationFile } from '../../src/lib/server/accounts/invitation-csv';
import type { CsvInvitation } from '../../src/lib/server/accounts/invitation-csv';
import {
	inviteNewOfficer,
	inviteUser,
	prepareInvitation
} from '../../src/lib/server/accounts/invitations';
import { searchUsers } from '../../src/lib/server/accounts/user-admin';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { userDb } from '../../src/lib/server/db';
import { anon, service, sql } from './clients';

const origin = 'https://citysetu.example.gov.in';
const people = {} as Record<'admin' | 'mentor' | 'member', SessionUser>;
const cities = new Map<string, string>();

async function sessionUser(email: string): Promise<SessionUser> {
	const { data, error } = await service()
		.from('users')
		.select('id, email, name, designation, role, city_id, city:cities (slug, name)')
		.eq('email', email)
		.single();
	if (error) throw new Error(`${email}: ${error.message}`);
	return { ...data, cityId: data.city_id };
}

/** Officers made directly (system work), as a seed of a thousand would be. */
async function makeUsers(
	rows: { email: string; name: string; role: string; city: string | null; status?: string }[]
) {
	const { error } = await service()
		.from('users')
		.upsert(
			rows.map((r) => ({
				email: r.email,
				name: r.name,
				role: r.role as SessionUser['role'],
				city_id: r.city ? (cities.get(r.city) ?? null) : null,
				status: (r.status ?? 'active') as 'active' | 'deactivated'
			})),
			{ onConflict: 'email' }
		);
	if (error) throw new Error(error.message);
}

async function openInvitations(emails: string[]) {
	const { data } = await service()
		.from('invitations')
		.select('id, email')
		.in('email', emails)
		.is('accepted_at', null)
		.is('revoked_at', null);
	return data ?? [];
}

async function invitationMails(emails: string[]) {
	const { count } = await service()
		.from('outbox_emails')
		.select('id', { count: 'exact', head: true })
		.in('to_email', emails)
		.eq('purpose', 'invitation');
	return count ?? 0;
}

beforeAll(async () => {
	vi.stubEnv('PUBLIC_ORIGIN', origin);
	const { data } = await service().from('cities').select('id, slug');
	for (const city of data ?? []) cities.set(city.slug, city.id);
	people.admin = await sessionUser('admin@citysetu.test');
	people.mentor = await sessionUser('mentor.rajkot@citysetu.test');
	people.member = await sessionUser('member.sagar@citysetu.test');
});
afterAll(() => {
	vi.unstubAllEnvs();
});

describe('finding officers', () => {
	beforeAll(async () => {
		await makeUsers([
			{
				email: 'find.one@tumakuru.gov.in',
				name: 'Kavya, ICCC (100%) Tumakuru',
				role: 'mentor',
				city: 'tumakuru'
			},
			{
				email: 'find.two@tumakuru.gov.in',
				name: 'Ravi Star*man',
				role: 'city_member',
				city: 'tumakuru'
			},
			{
				email: 'find.three@belagavi.gov.in',
				name: 'Meena Patil',
				role: 'city_member',
				city: 'belagavi',
				status: 'deactivated'
			},
			...Array.from({ length: 60 }, (_, i) => ({
				email: `find.bulk${String(i).padStart(2, '0')}@kanpur.gov.in`,
				name: `Kanpur Nodal Officer ${String(i).padStart(2, '0')}`,
				role: 'city_member',
				city: 'kanpur'
			}))
		]);
	});

	it('matches part of a name or an email in any case, literally', async () => {
		const page = { page: 1, perPage: 25 };
		const byName = await searchUsers(people.admin, { q: 'kavya, icCC (100%' }, page);
		expect(byName.users.map((u) => u.email)).toEqual(['find.one@tumakuru.gov.in']);
		const byEmail = await searchUsers(people.admin, { q: 'FIND.TWO@' }, page);
		expect(byEmail.users.map((u) => u.email)).toEqual(['find.two@tumakuru.gov.in']);
		// `%` and `_` are text, not wildcards; a star matches a star.
		expect((await searchUsers(people.admin, { q: '1_0%' }, page)).total).toBe(0);
		expect((await searchUsers(people.admin, { q: 'star*man' }, page)).total).toBe(1);
	});

	it('filters by city, role and status, and counts every match', async () => {
		const page = { page: 1, perPage: 25 };
		const tumakuru = await searchUsers(people.admin, { cityId: cities.get('tumakuru') }, page);
		expect(tumakuru.users.map((u) => u.email).sort()).toEqual([
			'find.one@tumakuru.gov.in',
			'find.two@tumakuru.gov.in'
		]);
		const mentors = await searchUsers(
			people.admin,
			{ cityId: cities.get('tumakuru'), role: 'mentor' },
			page
		);
		expect(mentors.users.map((u) => u.email)).toEqual(['find.one@tumakuru.gov.in']);
		const gone = await searchUsers(people.admin, { q: 'find.', status: 'deactivated' }, page);
		expect(gone.users.map((u) => u.email)).toEqual(['find.three@belagavi.gov.in']);
	});

	it('pages through the matches in name order', async () => {
		const filters = { q: 'kanpur nodal officer' };
		const first = await searchUsers(people.admin, filters, { page: 1, perPage: 25 });
		const third = await searchUsers(people.admin, filters, { page: 3, perPage: 25 });
		expect(first.total).toBe(60);
		expect(first.users).toHaveLength(25);
		expect(first.users[0].name).toBe('Kanpur Nodal Officer 00');
		expect(third.users.map((u) => u.name)).toEqual(
			Array.from({ length: 10 }, (_, i) => `Kanpur Nodal Officer ${50 + i}`)
		);
		const past = await searchUsers(people.admin, filters, { page: 9, perPage: 25 });
		expect(past).toEqual({ total: 60, users: [] });
	});

	it('shows a city member only their own city', async () => {
		const seen = await searchUsers(people.member, { q: 'find.' }, { page: 1, perPage: 25 });
		expect(seen.total).toBe(0);
	});

	it('is served by the trigram indexes', async () => {
		const client = new pg.Client({ connectionString: inject('stackEnv').DATABASE_URL });
		await client.connect();
		try {
			// The test table is small enough to scan; the plan shows the index is usable.
			await client.query('set enable_seqscan = off');
			const { rows } = await client.query<{ 'QUERY PLAN': string }>(
				`explain select id from public.users where name ilike '%kavya%' or email ilike '%kavya%'`
			);
			const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
			expect(plan).toMatch(/users_name_trgm_idx/);
			expect(plan).toMatch(/users_email_trgm_idx/);
		} finally {
			await client.end();
		}
	});
});

describe('invitations in bulk', () => {
	const file = (rows: string[]) =>
		new TextEncoder().encode(['\uFEFFemail,role,city', ...rows].join('\r\n') + '\r\n');
	function rowsOf(bytes: Uint8Array): CsvInvitation[] {
		const read = readInvitationFile(bytes);
		if (!read.ok) throw new Error(`unreadable test file: ${read.problem}`);
		return read.rows;
	}

	it('checks a file without sending anything, then invites its good rows once', async () => {
		const emails = ['bulk.a@bilaspur.gov.in', 'bulk.b@bilaspur.gov.in', 'bulk.c@mission.gov.in'];
		const csv = file([
			`${emails[0]},mentor,bilaspur`,
			`${emails[1]},City member,bilaspur`,
			`${emails[2]},mission_admin,`,
			'member.sagar@citysetu.test,city_member,sagar',
			'not-an-email,city_member,sagar',
			`${emails[0]},city_member,bilaspur`,
			'bulk.d@bilaspur.gov.in,mentor,atlantis'
		]);
		const checked = await checkBatch(people.admin, rowsOf(csv));
		expect(checked.rows.map((r) => [r.line, r.problems.map((p) => p.code)])).toEqual([
			[2, []],
			[3, []],
			[4, []],
			[5, ['account']],
			[6, ['email']],
			[7, ['duplicate']],
			[8, ['city']]
		]);
		expect(await openInvitations(emails)).toEqual([]);
		expect(await invitationMails(emails)).toBe(0);

		const sent = await confirmBatch(people.admin, checked.id, { showLinks: true });
		expect(sent).toMatchObject({ kind: 'sent', repeated: false });
		if (sent.kind !== 'sent') return;
		expect(sent.invited.map((r) => [r.line, r.email])).toEqual([
			[2, emails[0]],
			[3, emails[1]],
			[4, emails[2]]
		]);
		for (const row of sent.invited) {
			expect(row.link).toMatch(new RegExp(`^${origin}/invite/[a-z2-7]{32}$`));
		}
		expect(sent.skipped.map((r) => r.line)).toEqual([5, 6, 7, 8]);
		expect(await openInvitations(emails)).toHaveLength(3);
		expect(await invitationMails(emails)).toBe(3);
		const { data: roles } = await service()
			.from('invitations')
			.select('email, role, city_id')
			.in('email', emails)
			.order('email');
		expect(roles).toEqual([
			{ email: emails[0], role: 'mentor', city_id: cities.get('bilaspur') },
			{ email: emails[1], role: 'city_member', city_id: cities.get('bilaspur') },
			{ email: emails[2], role: 'mission_admin', city_id: null }
		]);

		// Confirming again sends nothing and says what was sent the first time, without links.
		const again = await confirmBatch(people.admin, checked.id, { showLinks: true });
		expect(again).toMatchObject({ kind: 'sent', repeated: true });
		if (again.kind === 'sent') {
			expect(again.invited.map((r) => r.email)).toEqual(emails);
			expect(again.invited.every((r) => r.link === null)).toBe(true);
		}
		// The same file uploaded again: every good row is now already invited.
		const reupload = await checkBatch(people.admin, rowsOf(csv));
		expect(reupload.rows.slice(0, 3).map((r) => r.problems)).toEqual([
			[{ code: 'pending' }],
			[{ code: 'pending' }],
			[{ code: 'pending' }]
		]);
		const resent = await confirmBatch(people.admin, reupload.id, { showLinks: true });
		expect(resent).toMatchObject({ kind: 'sent', repeated: false, invited: [] });
		expect(await openInvitations(emails)).toHaveLength(3);
		expect(await invitationMails(emails)).toBe(3);
	});

	it('invites each address once when two checked copies are confirmed at the same moment', async () => {
		const emails = Array.from({ length: 30 }, (_, i) => `race.${i}@raipur.gov.in`);
		const rows = rowsOf(file(emails.map((e) => `${e},city_member,raipur`)));
		const [one, two] = await Promise.all([
			checkBatch(people.admin, rows),
			checkBatch(people.admin, rows)
		]);
		const [first, second] = await Promise.all([
			confirmBatch(people.admin, one.id, { showLinks: false }),
			confirmBatch(people.admin, two.id, { showLinks: false }),
			// and a double click on one of them
			confirmBatch(people.admin, one.id, { showLinks: false })
		]);
		const invited = [first, second].flatMap((r) => (r.kind === 'sent' ? r.invited : []));
		expect(invited.map((r) => r.email).sort()).toEqual([...emails].sort());
		expect(await openInvitations(emails)).toHaveLength(30);
		expect(await invitationMails(emails)).toBe(30);
	});

	it('replaces an expired invitation, and records every write in the audit log', async () => {
		const email = 'expired.once@sagar.gov.in';
		const { link } = await inviteUser(people.admin, {
			email,
			role: 'city_member',
			cityId: cities.get('sagar') ?? null
		});
		expect(link).toContain('/invite/');
		await sql(
			`update public.invitations set expires_at = now() - interval '1 minute', created_at = now() - interval '8 days' where email = $1`,
			[email]
		);
		const checked = await checkBatch(people.admin, rowsOf(file([`${email},mentor,sagar`])));
		expect(checked.rows[0].problems).toEqual([]);
		const sent = await confirmBatch(people.admin, checked.id, { showLinks: false });
		expect(sent).toMatchObject({ kind: 'sent', invited: [{ email }] });
		expect(await openInvitations([email])).toHaveLength(1);

		const { data: audit } = await service()
			.from('audit_log')
			.select('action, entity, entity_id, actor_id')
			.in('entity', ['invitations', 'invitation_batches'])
			.eq('actor_id', people.admin.id)
			.order('id', { ascending: false })
			.limit(20);
		const invitation = (await openInvitations([email]))[0];
		expect(audit).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					action: 'insert',
					entity: 'invitation_batches',
					entity_id: checked.id
				}),
				expect.objectContaining({
					action: 'update',
					entity: 'invitation_batches',
					entity_id: checked.id
				}),
				expect.objectContaining({
					action: 'insert',
					entity: 'invitations',
					entity_id: invitation.id
				})
			])
		);
	});

	it('cannot be confirmed by another admin, nor after a day', async () => {
		await makeUsers([
			{
				email: 'second.admin@mission.gov.in',
				name: 'Second Admin',
				role: 'mission_admin',
				city: null
			}
		]);
		const other = await sessionUser('second.admin@mission.gov.in');
		const checked = await checkBatch(
			people.admin,
			rowsOf(file(['late@sagar.gov.in,mentor,sagar']))
		);
		expect(await confirmBatch(other, checked.id, { showLinks: false })).toEqual({
			kind: 'missing'
		});
		await sql(
			`update public.invitation_batches set created_at = now() - interval '25 hours' where id = $1`,
			[checked.id]
		);
		expect(await confirmBatch(people.admin, checked.id, { showLinks: false })).toEqual({
			kind: 'expired'
		});
		expect(await openInvitations(['late@sagar.gov.in'])).toEqual([]);
	});
});

describe('who may invite', () => {
	const attempt = (who: SessionUser) => {
		const prepared = prepareInvitation({
			email: `sneaky.${who.role}@example.gov.in`,
			role: 'mission_admin',
			cityId: null
		});
		return {
			rpc: userDb(who).rpc('create_invitations', {
				p_invitations: [
					{
						email: prepared.email,
						role: 'mission_admin',
						token_hash: prepared.tokenHash,
						link: prepared.link
					}
				],
				p_subject: 'x',
				p_body: 'x'
			}),
			insert: userDb(who)
				.from('invitations')
				.insert({
					email: prepared.email,
					role: 'mission_admin',
					token_hash: prepared.tokenHash,
					expires_at: new Date(Date.now() + 86_400_000).toISOString()
				}),
			oldRpc: userDb(who).rpc('create_invitation', {
				p_email: prepared.email,
				p_role: 'mission_admin',
				p_city_id: null as unknown as string,
				p_token_hash: prepared.tokenHash,
				p_link: prepared.link,
				p_subject: 'x',
				p_body: 'x'
			}),
			batch: userDb(who).from('invitation_batches').insert({ rows: [] })
		};
	};

	it('is refused to a city member and a mentor, through every door PostgREST has', async () => {
		for (const who of [people.member, people.mentor]) {
			const { rpc, insert, oldRpc, batch } = attempt(who);
			for (const [door, request] of Object.entries({ rpc, insert, oldRpc, batch })) {
				const { error } = await request;
				expect(error?.code, `${who.role} ${door}`).toBe('42501');
			}
			expect(await openInvitations([`sneaky.${who.role}@example.gov.in`]), who.role).toEqual([]);
		}
	});

	it('keeps batches from anyone but the admin who checked them', async () => {
		const checked = await checkBatch(people.admin, [
			{ line: 2, email: 'private@sagar.gov.in', role: 'mentor', city: 'sagar' }
		]);
		for (const who of [people.member, people.mentor]) {
			const { data } = await userDb(who)
				.from('invitation_batches')
				.select('id')
				.eq('id', checked.id);
			expect(data ?? [], who.role).toEqual([]);
			const { data: confirmed } = await userDb(who).rpc('create_invitations', {
				p_invitations: [],
				p_subject: 'x',
				p_body: 'x',
				p_batch: checked.id
			});
			expect(confirmed, who.role).toBeNull();
		}
		const { count } = await service()
			.from('invitation_batches')
			.select('id', { count: 'exact', head: true })
			.eq('id', checked.id)
			.is('confirmed_at', null);
		expect(count).toBe(1);
	});

	it('is refused to the public', async () => {
		const { error } = await anon().rpc('create_invitations', {
			p_invitations: [],
			p_subject: 'x',
			p_body: 'x'
		});
		expect(error?.code).toBe('42501');
	});
});

describe('one invitation at a time (the API)', () => {
	it('invites a new address and refuses one with an account or an open invitation', async () => {
		const email = 'api.once@thane.gov.in';
		const input = { email, role: 'city_member' as const, cityId: cities.get('thane') ?? null };
		const first = await inviteNewOfficer(people.admin, input);
		expect(first).toMatchObject({ kind: 'invited' });
		if (first.kind === 'invited') {
			expect(first.link).toMatch(new RegExp(`^${origin}/invite/[a-z2-7]{32}$`));
			expect(Date.parse(first.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
		}
		expect(await inviteNewOfficer(people.admin, input)).toEqual({
			kind: 'exists',
			reason: 'pending'
		});
		expect(
			await inviteNewOfficer(people.admin, { ...input, email: 'member.sagar@citysetu.test' })
		).toEqual({ kind: 'exists', reason: 'account' });
		const parallel = await Promise.all(
			Array.from({ length: 5 }, () =>
				inviteNewOfficer(people.admin, { ...input, email: 'api.race@thane.gov.in' })
			)
		);
		expect(parallel.filter((r) => r.kind === 'invited')).toHaveLength(1);
		expect(await openInvitations([email, 'api.race@thane.gov.in'])).toHaveLength(2);
	});

	it('lets “Send again” replace an open invitation even when clicked twice at once', async () => {
		const email = 'resend.twice@thane.gov.in';
		const input = { email, role: 'mentor' as const, cityId: cities.get('thane') ?? null };
		await inviteUser(people.admin, input);
		await Promise.all([inviteUser(people.admin, input), inviteUser(people.admin, input)]);
		expect(await openInvitations([email])).toHaveLength(1);
	});
});
