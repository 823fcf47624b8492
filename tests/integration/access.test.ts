// Row-level security, table by table: what the public, a city member, a mentor, an admin and a
// deactivated user may read and write when the server acts as them (short-lived user JWTs).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { userDb, userToken } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import { anon, service } from './clients';

interface TestUser extends DbUser {
	email: string;
}

const people: Record<'admin' | 'mentor' | 'sagar' | 'kanpur' | 'gone', TestUser> = {} as never;

async function makeUser(
	email: string,
	role: DbUser['role'],
	city: string | null,
	status: Enums<'user_status'> = 'active'
) {
	const db = service();
	const cityId = city
		? ((await db.from('cities').select('id').eq('slug', city).single()).data?.id ?? null)
		: null;
	const existing = await db.from('users').select('id').eq('email', email).maybeSingle();
	const id =
		existing.data?.id ??
		(
			await db
				.from('users')
				.insert({ email, name: email, role, city_id: cityId, status })
				.select('id')
				.single()
		).data?.id;
	if (!id) throw new Error(`could not create ${email}`);
	return { id, email, role, cityId };
}

beforeAll(async () => {
	const db = service();
	const byEmail = async (email: string) => {
		const { data } = await db.from('users').select('id, role, city_id').eq('email', email).single();
		if (!data) throw new Error(`${email} was not seeded`);
		return { id: data.id, email, role: data.role as DbUser['role'], cityId: data.city_id };
	};
	people.admin = await byEmail('admin@citysetu.test');
	people.mentor = await byEmail('mentor.rajkot@citysetu.test');
	people.sagar = await byEmail('member.sagar@citysetu.test');
	people.kanpur = await makeUser('member.kanpur@citysetu.test', 'city_member', 'kanpur');
	people.gone = await makeUser('gone.sagar@citysetu.test', 'city_member', 'sagar', 'deactivated');
});

const as = (who: keyof typeof people) => userDb(people[who]);

describe('users', () => {
	it('are hidden from the public', async () => {
		const { data, error } = await anon().from('users').select('id');
		expect(error?.code).toBe('42501');
		expect(data).toBeNull();
	});

	it('show a city member themselves and their city, not other cities', async () => {
		const { data, error } = await as('sagar').from('users').select('email');
		expect(error).toBeNull();
		const emails = (data ?? []).map((u) => u.email);
		expect(emails).toContain('member.sagar@citysetu.test');
		expect(emails).toContain('gone.sagar@citysetu.test');
		expect(emails).not.toContain('member.kanpur@citysetu.test');
		expect(emails).not.toContain('admin@citysetu.test');
	});

	it('let a user edit their own name but not their role, city or status', async () => {
		const rename = await as('kanpur')
			.from('users')
			.update({ designation: 'ICCC operator' })
			.eq('id', people.kanpur.id)
			.select('designation');
		expect(rename.data).toEqual([{ designation: 'ICCC operator' }]);

		const promote = await as('kanpur')
			.from('users')
			.update({ role: 'mission_admin' })
			.eq('id', people.kanpur.id);
		expect(promote.error?.code).toBe('42501');
		const move = await as('kanpur')
			.from('users')
			.update({ city_id: people.sagar.cityId as string })
			.eq('id', people.kanpur.id);
		expect(move.error?.code).toBe('42501');
	});

	it('refuse edits to someone else unless the editor is an admin', async () => {
		const other = await as('sagar')
			.from('users')
			.update({ name: 'Hacked' })
			.eq('id', people.gone.id)
			.select();
		expect(other.data ?? []).toEqual([]);
		const mentor = await as('mentor')
			.from('users')
			.update({ name: 'Hacked' })
			.eq('id', people.kanpur.id)
			.select();
		expect(mentor.data ?? []).toEqual([]);

		const admin = await as('admin')
			.from('users')
			.update({ designation: 'Set by admin' })
			.eq('id', people.kanpur.id)
			.select('designation');
		expect(admin.data).toEqual([{ designation: 'Set by admin' }]);
	});

	it('are all visible to an admin', async () => {
		const { count } = await as('admin').from('users').select('id', { count: 'exact', head: true });
		expect(count).toBeGreaterThanOrEqual(5);
	});
});

describe('secrets kept from everyone but system work', () => {
	it('hides password hashes, resets and sign-in attempts even from admins', async () => {
		for (const table of ['user_credentials', 'password_resets', 'auth_attempts'] as const) {
			for (const db of [anon(), as('sagar'), as('admin')]) {
				const { data, error } = await db.from(table).select('*').limit(1);
				expect(error?.code, table).toBe('42501');
				expect(data).toBeNull();
			}
		}
		const { error } = await service().from('user_credentials').select('user_id').limit(1);
		expect(error).toBeNull();
	});
});

describe('sessions', () => {
	it('are visible to and ended by their owner only', async () => {
		const db = service();
		const mine = 'a'.repeat(64);
		const theirs = 'b'.repeat(64);
		const later = new Date(Date.now() + 86_400_000).toISOString();
		for (const [id, user] of [
			[mine, people.sagar.id],
			[theirs, people.kanpur.id]
		]) {
			await db
				.from('sessions')
				.upsert({ id, user_id: user, expires_at: later, absolute_expires_at: later });
		}
		// Other test files may have signed this person in too; only these two rows matter here.
		const seen = await as('sagar').from('sessions').select('id').in('id', [mine, theirs]);
		expect((seen.data ?? []).map((s) => s.id)).toEqual([mine]);
		const owners = await as('sagar').from('sessions').select('user_id');
		expect(new Set((owners.data ?? []).map((s) => s.user_id))).toEqual(new Set([people.sagar.id]));
		const end = await as('sagar').from('sessions').delete().eq('id', theirs).select();
		expect(end.data ?? []).toEqual([]);
		expect((await db.from('sessions').select('id').eq('id', theirs)).data).toHaveLength(1);
		const own = await as('sagar').from('sessions').delete().eq('id', mine).select('id');
		expect(own.data).toEqual([{ id: mine }]);
		await db.from('sessions').delete().eq('id', theirs);
	});
});

describe('invitations and the outbox', () => {
	const invite = (who: keyof typeof people, email: string) =>
		as(who).rpc('create_invitation', {
			p_email: email,
			p_role: 'city_member',
			p_city_id: people.sagar.cityId as string,
			p_token_hash: (email.length.toString(16) + 'c'.repeat(64)).slice(0, 64),
			p_link: 'http://localhost/invite/x',
			p_subject: 's',
			p_body: 'b'
		});

	it('are admin work: a mentor or city member cannot invite or read them', async () => {
		expect((await invite('mentor', 'new1@city.gov.in')).error?.code).toBe('42501');
		expect((await invite('sagar', 'new2@city.gov.in')).error?.code).toBe('42501');
		for (const who of ['mentor', 'sagar'] as const) {
			expect((await as(who).from('invitations').select('id')).data ?? []).toEqual([]);
			expect((await as(who).from('outbox_emails').select('id')).data ?? []).toEqual([]);
		}
		expect((await anon().from('invitations').select('id')).data ?? []).toEqual([]);
	});

	it('lets an admin invite, queuing the mail in the same transaction', async () => {
		const { data: id, error } = await invite('admin', 'new3@city.gov.in');
		expect(error).toBeNull();
		const mail = await as('admin')
			.from('outbox_emails')
			.select('to_email, purpose')
			.eq('related_id', id as string);
		expect(mail.data).toEqual([{ to_email: 'new3@city.gov.in', purpose: 'invitation' }]);
	});
});

describe('API tokens', () => {
	it('belong to their user: no one can see, create or revoke another’s', async () => {
		const hash = 'd'.repeat(64);
		const created = await as('kanpur')
			.from('api_tokens')
			.insert({ user_id: people.kanpur.id, name: 'kanpur tool', token_hash: hash })
			.select('id')
			.single();
		expect(created.error).toBeNull();
		const forged = await as('sagar')
			.from('api_tokens')
			.insert({ user_id: people.kanpur.id, name: 'forged', token_hash: 'e'.repeat(64) });
		expect(forged.error?.code).toBe('42501');
		expect((await as('sagar').from('api_tokens').select('id')).data ?? []).toEqual([]);
		const revoke = await as('sagar')
			.from('api_tokens')
			.update({ revoked_at: new Date().toISOString() })
			.eq('id', created.data?.id ?? '')
			.select();
		expect(revoke.data ?? []).toEqual([]);
		expect((await as('admin').from('api_tokens').select('id')).data ?? []).toEqual([]);
	});
});

describe('audit log', () => {
	it('records writes with their actor, and only admins read it', async () => {
		await as('kanpur').from('users').update({ name: 'Kanpur Officer' }).eq('id', people.kanpur.id);
		const { data } = await as('admin')
			.from('audit_log')
			.select('actor_email, action, entity, entity_id, summary')
			.eq('entity', 'users')
			.eq('entity_id', people.kanpur.id)
			.order('id', { ascending: false })
			.limit(1);
		expect(data?.[0]).toEqual({
			actor_email: 'member.kanpur@citysetu.test',
			action: 'update',
			entity: 'users',
			entity_id: people.kanpur.id,
			summary: 'changed name'
		});
		expect((await as('mentor').from('audit_log').select('id')).data ?? []).toEqual([]);
		const forged = await as('admin').from('audit_log').insert({ action: 'x', entity: 'y' });
		expect(forged.error?.code).toBe('42501');
	});
});

describe('a deactivated user', () => {
	it('can do nothing, even with a token minted before deactivation', async () => {
		const db = as('gone');
		expect((await db.from('users').select('id')).data ?? []).toEqual([]);
		expect((await db.from('sessions').select('id')).data ?? []).toEqual([]);
		const update = await db.from('users').update({ name: 'x' }).eq('id', people.gone.id).select();
		expect(update.data ?? []).toEqual([]);
		const token = await db
			.from('api_tokens')
			.insert({ user_id: people.gone.id, name: 't', token_hash: 'f'.repeat(64) });
		expect(token.error?.code).toBe('42501');
	});
});

describe('reference data stays read-only for users', () => {
	it('refuses city writes from members, mentors and admins alike (no policy yet)', async () => {
		for (const who of ['sagar', 'mentor', 'admin'] as const) {
			const { data } = await as(who)
				.from('cities')
				.update({ name: 'X' })
				.eq('slug', 'sagar')
				.select();
			expect(data ?? [], who).toEqual([]);
		}
	});
});

describe('exact policies: accounts', () => {
	it('let a user change only their profile columns', async () => {
		for (const change of [
			{ last_sign_in_at: '2020-01-01T00:00:00Z' },
			{ created_at: '2020-01-01T00:00:00Z' },
			{ email: 'someone.else@citysetu.test' }
		]) {
			const { error } = await as('kanpur')
				.from('users')
				.update(change)
				.eq('id', people.kanpur.id)
				.select('id');
			expect(error?.code, Object.keys(change)[0]).toBe('42501');
		}
		const profile = await as('kanpur')
			.from('users')
			.update({ name: 'Kanpur Officer', designation: 'ICCC manager' })
			.eq('id', people.kanpur.id)
			.select('name, designation');
		expect(profile.data).toEqual([{ name: 'Kanpur Officer', designation: 'ICCC manager' }]);
	});

	it('let nobody add users directly: accounts come from invitations', async () => {
		const { error } = await as('admin')
			.from('users')
			.insert({ email: 'direct@citysetu.test', name: 'Direct', role: 'mentor', city_id: null });
		expect(error?.code).toBe('42501');
	});

	it('keep a revoked token revoked, and its hash from its owner', async () => {
		const created = await as('kanpur')
			.from('api_tokens')
			.insert({ user_id: people.kanpur.id, name: 'revoked tool', token_hash: '7'.repeat(64) })
			.select('id')
			.single();
		expect(created.error).toBeNull();
		const id = created.data?.id ?? '';
		const revoked = await as('kanpur')
			.from('api_tokens')
			.update({ revoked_at: new Date().toISOString() })
			.eq('id', id)
			.select('id');
		expect(revoked.data).toEqual([{ id }]);
		const unrevoked = await as('kanpur')
			.from('api_tokens')
			.update({ revoked_at: null })
			.eq('id', id)
			.select('id');
		expect(unrevoked.data ?? []).toEqual([]);
		const { data } = await service().from('api_tokens').select('revoked_at').eq('id', id).single();
		expect(data?.revoked_at).not.toBeNull();
		const renamed = await as('kanpur').from('api_tokens').update({ name: 'x' }).eq('id', id);
		expect(renamed.error?.code).toBe('42501');
		const hash = await as('kanpur').from('api_tokens').select('token_hash').eq('id', id);
		expect(hash.error?.code).toBe('42501');
	});
});

describe('exact policies: practices', () => {
	let slug = '';

	beforeAll(async () => {
		const { data, error } = await as('sagar').rpc('create_practice', {
			p: {
				kind: 'case_study',
				city: 'sagar',
				language: 'en',
				title: 'Policy test',
				title_en: 'Policy test',
				summary_en: 'A draft for the policy tests.',
				markdown: 'Text',
				status: 'draft',
				slug_base: 'policy test'
			},
			p_idempotency_key: crypto.randomUUID()
		});
		expect(error).toBeNull();
		slug = data ?? '';
	});

	const row = async () =>
		(
			await service()
				.from('practices')
				.select('id, author_id, slug, version, published_at, city_id')
				.eq('slug', slug)
				.single()
		).data;

	it('keep the author, slug, version and publication time from city members', async () => {
		const before = await row();
		for (const change of [
			{ author_id: people.kanpur.id },
			{ slug: 'a-stolen-slug' },
			{ version: 99 },
			{ published_at: '2020-01-01T00:00:00Z' }
		]) {
			const { error } = await as('sagar').from('practices').update(change).eq('slug', slug);
			expect(error?.code, Object.keys(change)[0]).toBe('42501');
		}
		expect(await row()).toEqual(before);
		// A change they may make bumps the version and records a revision.
		const edit = await as('sagar')
			.from('practices')
			.update({ title: 'Policy test, edited' })
			.eq('slug', slug)
			.select('version');
		expect(edit.data).toEqual([{ version: (before?.version ?? 0) + 1 }]);
		const { data: revisions } = await service()
			.from('practice_revisions')
			.select('version')
			.eq('practice_id', before?.id ?? '')
			.order('version');
		expect(revisions?.map((r) => r.version)).toEqual([1, 2]);
	});

	it('let no one write a revision directly', async () => {
		const practice = await row();
		for (const who of ['sagar', 'mentor', 'admin'] as const) {
			const { error } = await as(who)
				.from('practice_revisions')
				.insert({
					practice_id: practice?.id ?? '',
					version: 50,
					kind: 'case_study',
					city_id: practice?.city_id ?? '',
					language: 'en',
					title: 'Forged',
					title_en: 'Forged',
					summary_en: 'Forged',
					markdown: 'Forged',
					sectors: [],
					components: [],
					outcomes: [],
					status: 'published',
					author_id: people[who].id
				});
			expect(error?.code, who).toBe('42501');
		}
	});

	it('let only an admin move a practice to another city', async () => {
		const sagar = (await row())?.city_id;
		const rajkot = (await service().from('cities').select('id').eq('slug', 'rajkot').single()).data
			?.id;
		const direct = await as('mentor')
			.from('practices')
			.update({ city_id: rajkot })
			.eq('slug', slug)
			.select('id');
		expect(direct.error?.code).toBe('42501');
		const current = await row();
		const viaSave = await as('mentor').rpc('update_practice', {
			p_slug: slug,
			p_version: current?.version ?? 0,
			p: { city: 'rajkot' },
			p_note: ''
		});
		expect(viaSave.error?.code).toBe('42501');
		expect((await row())?.city_id).toBe(sagar);
		const byAdmin = await as('admin').rpc('update_practice', {
			p_slug: slug,
			p_version: current?.version ?? 0,
			p: { city: 'rajkot' },
			p_note: ''
		});
		expect(byAdmin.error).toBeNull();
		expect((await row())?.city_id).toBe(rajkot);
	});

	it('hide who wrote a practice and its form key from the public', async () => {
		for (const column of ['author_id', 'idempotency_key', '*'] as const) {
			const { error } = await anon().from('practices').select(column).limit(1);
			expect(error?.code, column).toBe('42501');
		}
		const { data, error } = await anon().from('practices').select('slug, title').limit(1);
		expect(error).toBeNull();
		expect(data).toHaveLength(1);
	});
});

describe('least privilege on reference data and the search queue', () => {
	it('refuses writes outright, not by finding no rows', async () => {
		for (const db of [anon(), as('sagar'), as('admin')]) {
			const cities = await db.from('cities').delete().eq('slug', 'nowhere');
			expect(cities.error?.code).toBe('42501');
			const sectors = await db.from('sectors').insert({ slug: 'x', name_en: 'X', name_hi: 'X' });
			expect(sectors.error?.code).toBe('42501');
			const outbox = await db.from('search_outbox').delete().eq('id', -1);
			expect(outbox.error?.code).toBe('42501');
			const state = await db.from('search_index_state').delete().eq('entity', 'city');
			expect(state.error?.code).toBe('42501');
		}
	});

	it('keeps definer helpers out of PostgREST’s reach', async () => {
		const env = inject('stackEnv');
		const call = (name: string, body: unknown, bearer: string, schema = 'public') =>
			fetch(`${env.SUPABASE_URL}/rpc/${name}`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-profile': schema,
					apikey: env.SUPABASE_ANON_KEY,
					authorization: `Bearer ${bearer}`
				},
				body: JSON.stringify(body)
			});
		const admin = { author_id: people.admin.id };
		// author_name took a row built from JSON: anyone could name any user by id.
		for (const bearer of [env.SUPABASE_ANON_KEY, userToken(people.sagar)]) {
			for (const body of [{ p: admin }, { r: admin }, admin]) {
				const answer = await call('author_name', body, bearer);
				expect(answer.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
				expect(await answer.text()).not.toContain('Demo Mission Admin');
			}
		}
		// The private schema is not exposed at all.
		const lookup = await call(
			'user_name',
			{ p_user_id: people.admin.id },
			env.SUPABASE_ANON_KEY,
			'app'
		);
		expect(lookup.status).toBe(406);
	});
});
