import { beforeAll, describe, expect, inject, it } from 'vitest';
import { validateSessionToken } from '../../src/lib/server/auth/session';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { publicDb, userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import {
	createPractice,
	getPractice,
	listPractices,
	listRevisions,
	restoreRevision,
	updatePractice
} from '../../src/lib/server/practices';
import type { PracticeInput } from '../../src/lib/schemas/practice';
import { signIn } from '../../src/lib/server/accounts/sign-in';
import { anon, service } from './clients';

const people: Record<'admin' | 'mentor' | 'member', SessionUser> = {} as never;

async function user(email: string): Promise<SessionUser> {
	const result = await signIn(email, inject('stackEnv').DEMO_PASSWORD, {
		ip: '10.20.0.1',
		userAgent: 'vitest'
	});
	if (result.kind !== 'ok') throw new Error(`cannot sign in ${email}`);
	const validated = await validateSessionToken(result.token);
	if (!validated) throw new Error('no session');
	return validated.user;
}

beforeAll(async () => {
	people.admin = await user('admin@citysetu.test');
	people.mentor = await user('mentor.rajkot@citysetu.test');
	people.member = await user('member.sagar@citysetu.test');
});

/** The revisions a user may read; fails the test when they may not. */
async function revisionsOf(who: SessionUser, slug: string) {
	const revisions = await listRevisions(userDb(who), slug);
	if (typeof revisions === 'string') throw new Error(`revisions of ${slug}: ${revisions}`);
	return revisions;
}

const draft = (over: Partial<PracticeInput> = {}): PracticeInput => ({
	kind: 'playbook',
	city: 'sagar',
	language: 'hi',
	title: 'कोविड नियंत्रण कक्ष कैसे बनाएँ',
	title_en: 'How to set up a COVID control room',
	summary_en: 'Steps to turn an ICCC into a control room.',
	markdown: '## चरण\n\n1. नक्शे पर कंटेनमेंट ज़ोन\n2. वाहनों की जीपीएस ट्रैकिंग\n',
	sectors: ['health'],
	components: ['gis'],
	outcomes: [{ label: 'Committee members', value: 5, unit: 'people' }],
	status: 'draft',
	...over
});

describe('seeded practices', () => {
	it('are published in their languages, with English titles, and drafts stay hidden', async () => {
		const { total, practices } = await listPractices(publicDb(), {}, { page: 1, perPage: 100 });
		expect(total).toBeGreaterThanOrEqual(8);
		const languages = new Set(practices.map((p) => p.language));
		for (const language of ['gu', 'hi', 'mr', 'en']) expect(languages).toContain(language);
		const kanpur = practices.find((p) => p.city.slug === 'kanpur');
		expect(kanpur).toMatchObject({ kind: 'playbook', language: 'hi' });
		expect(kanpur?.title_en).toMatch(/Safe City/i);
		const { data } = await service().from('practices').select('slug').eq('status', 'draft');
		const draftSlug = data?.[0]?.slug ?? '';
		expect(draftSlug).not.toBe('');
		expect(await getPractice(publicDb(), draftSlug)).toBeNull();
	});

	it('filter by kind, sector, component, state and language together', async () => {
		const { practices } = await listPractices(
			publicDb(),
			{ kind: 'case_study', state: 'Madhya Pradesh', language: 'hi', component: 'gis' },
			{ page: 1, perPage: 20 }
		);
		expect(practices.map((p) => p.city.slug)).toEqual(['sagar']);
	});
});

describe('writing practices', () => {
	it('lets a city member draft for their own city only, and not publish', async () => {
		const created = await createPractice(people.member, draft(), null);
		expect(created.kind).toBe('created');
		const slug = created.kind === 'created' ? created.slug : '';
		expect(slug).toBe('how-to-set-up-a-covid-control-room');

		expect((await createPractice(people.member, draft({ city: 'kanpur' }), null)).kind).toBe(
			'forbidden'
		);
		expect((await createPractice(people.member, draft({ status: 'published' }), null)).kind).toBe(
			'forbidden'
		);

		const publish = await updatePractice(people.member, slug, { status: 'published' }, 1);
		expect(publish.kind).toBe('forbidden');
		const submit = await updatePractice(people.member, slug, { status: 'in_review' }, 1);
		expect(submit).toEqual({ kind: 'saved', version: 2, slug });

		// The public cannot see it; the mentor can, and publishes it.
		expect(await getPractice(publicDb(), slug)).toBeNull();
		const published = await updatePractice(people.mentor, slug, { status: 'published' }, 2);
		expect(published.kind).toBe('saved');
		expect((await getPractice(publicDb(), slug))?.status).toBe('published');
		// Once published, the city member can no longer change it.
		expect((await updatePractice(people.member, slug, { title: 'x' }, 3)).kind).toBe('not_found');
	});

	it('keeps every revision, refuses a stale save with the current text, and restores', async () => {
		const created = await createPractice(
			people.mentor,
			draft({ city: 'rajkot', title_en: 'Revision test' }),
			null
		);
		const slug = created.kind === 'created' ? created.slug : '';
		const first = await updatePractice(people.mentor, slug, { markdown: 'Version two text' }, 1);
		expect(first).toMatchObject({ kind: 'saved', version: 2 });
		const stale = await updatePractice(
			people.admin,
			slug,
			{ markdown: 'An edit from version one' },
			1
		);
		expect(stale.kind).toBe('conflict');
		if (stale.kind === 'conflict') {
			expect(stale.current.version).toBe(2);
			expect(stale.current.markdown).toBe('Version two text');
		}
		const revisions = await revisionsOf(people.mentor, slug);
		expect(revisions.map((r) => r.version)).toEqual([2, 1]);
		const restored = await restoreRevision(people.mentor, slug, revisions[1], 2);
		expect(restored).toMatchObject({ kind: 'saved', version: 3 });
		const practice = await getPractice(userDb(people.mentor), slug);
		expect(practice?.markdown).toBe(draft().markdown);
		const after = await revisionsOf(people.mentor, slug);
		expect(after[0].note).toBe('restored version 1');
	});

	it('creates one practice when the same form is submitted twice', async () => {
		const key = crypto.randomUUID();
		const input = draft({ city: 'rajkot', title_en: 'Double submit' });
		const [a, b] = await Promise.all([
			createPractice(people.mentor, input, key),
			createPractice(people.mentor, input, key)
		]);
		const slugs = [a, b].map((r) => (r.kind === 'created' ? r.slug : r.kind));
		expect(slugs[0]).toBe(slugs[1]);
		const { count } = await service()
			.from('practices')
			.select('id', { count: 'exact', head: true })
			.eq('title_en', 'Double submit');
		expect(count).toBe(1);
	});

	it('gives a new practice a free slug even when the taken one is a draft its author cannot see', async () => {
		const title_en = `Hidden draft ${Date.now()}`;
		const hidden = await createPractice(people.mentor, draft({ city: 'rajkot', title_en }), null);
		expect(hidden.kind).toBe('created');
		const mine = await createPractice(people.member, draft({ title_en }), null);
		expect(mine).toEqual({
			kind: 'created',
			slug: `${(hidden as { slug: string }).slug}-2`
		});
	});

	it('refuses unknown sectors and components, and normalises text to NFC', async () => {
		const bad = await createPractice(
			people.mentor,
			draft({ city: 'rajkot', sectors: ['astrology'] }),
			null
		);
		expect(bad).toMatchObject({ kind: 'invalid', field: 'sectors' });
		const decomposed = 'क\u093C'; // क + nukta
		const made = await createPractice(
			people.mentor,
			draft({ city: 'rajkot', title_en: 'NFC test', title: decomposed }),
			null
		);
		const slug = made.kind === 'created' ? made.slug : '';
		expect((await getPractice(userDb(people.mentor), slug))?.title).toBe(
			decomposed.normalize('NFC')
		);
	});

	it('keeps revisions from the public and drafts from other cities’ members', async () => {
		const { data, error } = await anon().from('practice_revisions').select('id').limit(1);
		expect(error?.code).toBe('42501');
		expect(data).toBeNull();
		const hidden = await createPractice(
			people.mentor,
			draft({ city: 'rajkot', title_en: 'Rajkot draft' }),
			null
		);
		const slug = hidden.kind === 'created' ? hidden.slug : '';
		expect(await getPractice(userDb(people.member), slug)).toBeNull();
		expect(await getPractice(userDb(people.admin), slug)).not.toBeNull();
	});
});

describe('draft history', () => {
	let kanpur: DbUser;
	let slug = '';

	beforeAll(async () => {
		const db = service();
		const city = (await db.from('cities').select('id').eq('slug', 'kanpur').single()).data;
		const email = 'history.kanpur@citysetu.test';
		const existing = (await db.from('users').select('id').eq('email', email).maybeSingle()).data;
		const id =
			existing?.id ??
			(
				await db
					.from('users')
					.insert({ email, name: 'Kanpur reader', role: 'city_member', city_id: city?.id })
					.select('id')
					.single()
			).data?.id;
		if (!id) throw new Error('no Kanpur member');
		kanpur = { id, role: 'city_member', cityId: city?.id ?? null };
		// A Sagar draft, rewritten and then published: its early versions were never public.
		const created = await createPractice(
			people.member,
			draft({ title_en: 'History privacy', markdown: 'A draft with a private phone number' }),
			null
		);
		slug = created.kind === 'created' ? created.slug : '';
		await updatePractice(people.member, slug, { markdown: 'Cleaned up' }, 1);
		const published = await updatePractice(people.mentor, slug, { status: 'published' }, 2);
		expect(published).toMatchObject({ kind: 'saved', version: 3 });
	});

	it('is read by the practice’s city, mentors and admins', async () => {
		for (const who of [people.member, people.mentor, people.admin]) {
			expect((await revisionsOf(who, slug)).map((r) => r.version)).toEqual([3, 2, 1]);
		}
		const first = (await revisionsOf(people.member, slug)).at(-1);
		expect(first?.author?.name).toBe(people.member.name);
		expect(first?.note).toBe('created');
	});

	it('is hidden from other signed-in users, who still read the published practice', async () => {
		expect(await getPractice(userDb(kanpur), slug)).not.toBeNull();
		expect(await listRevisions(userDb(kanpur), slug)).toBe('forbidden');
		const { data, error } = await userDb(kanpur)
			.from('practice_revisions')
			.select('version, markdown')
			.like('markdown', '%private phone%');
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});

	it('is hidden from the public, through PostgREST too', async () => {
		const { data, error } = await anon().from('practice_revisions').select('markdown').limit(1);
		expect(error?.code).toBe('42501');
		expect(data).toBeNull();
		expect(await listRevisions(publicDb(), slug)).toBe('forbidden');
	});
});

describe('the author of a practice', () => {
	it('is named to the public, who cannot read author ids', async () => {
		const created = await createPractice(
			people.mentor,
			draft({ city: 'rajkot', title_en: 'Named author', status: 'published' }),
			null
		);
		const slug = created.kind === 'created' ? created.slug : '';
		const practice = await getPractice(publicDb(), slug);
		expect(practice?.author).toEqual({ name: people.mentor.name });
		expect(practice?.published_at).not.toBeNull();
		const { error } = await anon().from('practices').select('author_id').eq('slug', slug);
		expect(error?.code).toBe('42501');
	});
});

describe('editing another city’s practice', () => {
	it('leaves it in its city when a mentor saves it, and refuses a move', async () => {
		const created = await createPractice(
			people.member,
			draft({ title_en: 'Stays in Sagar', status: 'in_review' }),
			null
		);
		const slug = created.kind === 'created' ? created.slug : '';
		const saved = await updatePractice(people.mentor, slug, { markdown: 'Reviewed' }, 1);
		expect(saved).toMatchObject({ kind: 'saved', version: 2 });
		expect((await getPractice(userDb(people.mentor), slug))?.city.slug).toBe('sagar');
		const moved = await updatePractice(people.mentor, slug, { city: 'rajkot' }, 2);
		expect(moved.kind).toBe('forbidden');
		expect((await getPractice(userDb(people.mentor), slug))?.city.slug).toBe('sagar');
		const byAdmin = await updatePractice(people.admin, slug, { city: 'rajkot' }, 2);
		expect(byAdmin.kind).toBe('saved');
		expect((await getPractice(userDb(people.admin), slug))?.city.slug).toBe('rajkot');
	});
});

describe('the search fallback', () => {
	it('refuses pages over 100 results and oversized term lists', async () => {
		const call = (p_groups: string[][], p_limit = 10) =>
			anon().rpc('search_fallback', {
				p_groups,
				p_query: 'x',
				p_filters: {},
				p_limit,
				p_offset: 0
			});
		expect((await call([['iccc']])).error).toBeNull();
		expect((await call([['iccc']], 101)).error?.code).toBe('22023');
		expect((await call(Array.from({ length: 101 }, () => ['a']))).error?.code).toBe('22023');
		expect((await call([Array.from({ length: 501 }, () => 'a')])).error?.code).toBe('22023');
		expect((await call([['a'.repeat(201)]])).error?.code).toBe('22023');
	});
});
