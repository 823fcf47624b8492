// The adoption domain modules against the stack, as the pages call them (each user acting
// through their own short-lived JWT, the public through the anon client): what each caller reads
// of an adoption, and how each write's answer maps to an outcome. Chennai adopts, Coimbatore
// mentors it, Lucknow is the third city that must see nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { getAdoption, listAdoptions } from '../../src/lib/server/adoption/adoptions';
import {
	addComment,
	addProgress,
	addStep,
	createAdoption,
	saveCategory,
	setEvidencePublic,
	verifyStep
} from '../../src/lib/server/adoption/writes';
import { publicDb, userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import { service } from './clients';

const run = Date.now();
const PRACTICE = 'bilaspur-self-funding-digital-library-imaf-2-iccc-ranking';
const cities = ['chennai', 'coimbatore', 'lucknow'] as const;
const cityIds = {} as Record<(typeof cities)[number], string>;
const people = {} as Record<'member' | 'mentor' | 'outsider' | 'admin', DbUser>;
let mentorship = '';
let adoption = '';

const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
const daysAgo = (n: number) =>
	new Date(Date.now() + 330 * 60_000 - n * 86_400_000).toISOString().slice(0, 10);

async function makeUser(label: string, role: Enums<'app_role'>, city: string | null) {
	const email = `adopt-${label}.${run}@adoptions.test`;
	const cityId = city ? cityIds[city as (typeof cities)[number]] : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name: `Adoption ${label}`, role, city_id: cityId })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	return { id: data.id, role, cityId } satisfies DbUser;
}

const step = (stage: Enums<'adoption_stage'>, on: string, text = '') => ({
	stage,
	on,
	text,
	links: [],
	figures: [],
	reason: stage === 'dropped' ? 'No budget this year.' : ''
});

beforeAll(async () => {
	const db = service();
	const { data } = await db.from('cities').select('id, slug').in('slug', cities);
	for (const row of data ?? []) cityIds[row.slug as (typeof cities)[number]] = row.id;
	// Earlier runs on the same stack: their adoptions go, their pairings end.
	await db.from('adoptions').delete().eq('city_id', cityIds.chennai);
	await db
		.from('mentorships')
		.update({ status: 'completed' })
		.eq('mentee_city_id', cityIds.chennai)
		.in('status', ['active', 'paused']);
	people.member = await makeUser('member', 'city_member', 'chennai');
	people.mentor = await makeUser('mentor', 'mentor', 'coimbatore');
	people.outsider = await makeUser('outsider', 'city_member', 'lucknow');
	people.admin = await makeUser('admin', 'mission_admin', null);
	const programme = await db
		.from('programmes')
		.select('id')
		.eq('slug', 'national-iccc-mentorship')
		.single();
	const made = await db
		.from('mentorships')
		.insert({
			programme_id: programme.data?.id ?? '',
			mentor_city_id: cityIds.coimbatore,
			mentee_city_id: cityIds.chennai,
			sectors: ['public-safety'],
			components: [],
			status: 'active',
			started_on: daysAgo(60)
		})
		.select('id')
		.single();
	if (made.error) throw new Error(made.error.message);
	mentorship = made.data.id;
});

describe('recording an adoption', () => {
	it('creates it with its first step, evidence and figures, read back by its city', async () => {
		const created = await createAdoption(people.member, {
			practice: PRACTICE,
			mentorship,
			evidence_public: false,
			...step('exploring', daysAgo(30), 'We **visited** the library.'),
			links: ['https://example.org/visit'],
			figures: [{ label: 'Members', value: 1200, unit: 'readers' }]
		});
		expect(created.status).toBe('saved');
		if (created.status !== 'saved') return;
		adoption = created.id;
		const detail = await getAdoption(userDb(people.member), adoption, people.member);
		expect(detail).toMatchObject({
			stage: 'exploring',
			version: 1,
			canWrite: true,
			canVerify: false,
			comments: [],
			city: { slug: 'chennai' },
			practice: { slug: PRACTICE },
			mentorship: { id: mentorship, mentor_city: { slug: 'coimbatore' } }
		});
		expect(detail?.steps).toEqual([
			expect.objectContaining({
				stage: 'exploring',
				links: ['https://example.org/visit'],
				figures: [{ label: 'Members', value: 1200, unit: 'readers' }],
				author: expect.objectContaining({ name: 'Adoption member' }),
				verified: null,
				current: true
			})
		]);
	});

	it('refuses a second record of the same practice, naming the first', async () => {
		const again = await createAdoption(people.member, {
			practice: PRACTICE,
			mentorship: null,
			evidence_public: false,
			...step('planning', today)
		});
		expect(again).toEqual({
			status: 'invalid',
			errors: { practice: 'adoption.error.alreadyRecorded' },
			existing: adoption
		});
	});

	it('refuses an unknown practice, and anyone but an officer of a city', async () => {
		const input = { practice: 'no-such-practice', mentorship: null, evidence_public: false };
		expect(await createAdoption(people.member, { ...input, ...step('exploring', today) })).toEqual({
			status: 'invalid',
			errors: { practice: 'adoption.error.practiceUnknown' }
		});
		expect(
			await createAdoption(people.admin, {
				...input,
				practice: PRACTICE,
				...step('exploring', today)
			})
		).toEqual({ status: 'forbidden' });
	});
});

describe('who reads it', () => {
	it('is private to its city, its mentor city and the admins', async () => {
		expect(await getAdoption(publicDb(), adoption, null)).toBeNull();
		expect(await getAdoption(userDb(people.outsider), adoption, people.outsider)).toBeNull();
		const mentor = await getAdoption(userDb(people.mentor), adoption, people.mentor);
		expect(mentor).toMatchObject({ canWrite: false, canVerify: true, canComment: true });
		const admin = await getAdoption(userDb(people.admin), adoption, people.admin);
		expect(admin).toMatchObject({ canWrite: false, canVerify: true, comments: [] });
		const listed = await listAdoptions(publicDb(), { city: 'chennai', page: 1, perPage: 10 });
		expect(listed.adoptions.map((a) => a.id)).not.toContain(adoption);
	});
});

describe('steps and verification', () => {
	it('adds a step from the version seen, and answers stale to an older one', async () => {
		const planned = await addStep(people.member, adoption, 1, step('planning', daysAgo(20)));
		expect(planned).toMatchObject({ status: 'saved', version: 2 });
		expect(await addStep(people.member, adoption, 1, step('piloting', daysAgo(10)))).toEqual({
			status: 'stale',
			version: 2
		});
		expect(await addStep(people.mentor, adoption, null, step('piloting', today))).toEqual({
			status: 'forbidden'
		});
		expect(await addStep(people.outsider, adoption, null, step('piloting', today))).toEqual({
			status: 'not_found'
		});
		const claimed = await addStep(people.member, adoption, 2, step('implemented', daysAgo(5)));
		expect(claimed).toMatchObject({ status: 'saved', version: 3 });
	});

	it('lets a mentor of the mentorship verify a claim once, and nobody else', async () => {
		const detail = await getAdoption(userDb(people.member), adoption, people.member);
		const claim = detail?.steps.find((s) => s.stage === 'implemented');
		const planning = detail?.steps.find((s) => s.stage === 'planning');
		if (!claim || !planning) throw new Error('the steps are missing');
		expect(await verifyStep(people.member, adoption, claim.id)).toEqual({ status: 'forbidden' });
		expect(await verifyStep(people.outsider, adoption, claim.id)).toEqual({
			status: 'not_found'
		});
		expect(await verifyStep(people.mentor, adoption, planning.id)).toEqual({
			status: 'invalid',
			errors: { form: 'adoption.error.notAClaim' }
		});
		expect(await verifyStep(people.mentor, adoption, claim.id)).toEqual({ status: 'saved' });
		expect(await verifyStep(people.admin, adoption, claim.id)).toEqual({ status: 'stale' });
		const after = await getAdoption(userDb(people.member), adoption, people.member);
		expect(after?.verified_at).not.toBeNull();
		expect(after?.steps.find((s) => s.current)?.verified?.by?.name).toBe('Adoption mentor');
	});
});

describe('comments, categories and progress', () => {
	it('takes comments from the city and its mentors, not from a third city', async () => {
		expect(await addComment(people.mentor, adoption, { body: 'Share the revenue.' })).toMatchObject(
			{ status: 'saved' }
		);
		expect(await addComment(people.outsider, adoption, { body: 'Hello' })).toEqual({
			status: 'not_found'
		});
		const detail = await getAdoption(userDb(people.member), adoption, people.member);
		expect(detail?.comments).toEqual([
			expect.objectContaining({
				body_markdown: 'Share the revenue.',
				author: expect.objectContaining({ name: 'Adoption mentor' })
			})
		]);
	});

	it('keeps categories with a version and a unique name, and their progress', async () => {
		const category = {
			name: 'Members enrolled',
			slug: 'members-enrolled',
			target: 500,
			unit: 'members',
			nodal_user_id: null,
			nodal_name: 'R. Tiwari',
			nodal_designation: 'Librarian'
		};
		const saved = await saveCategory(people.member, adoption, category);
		expect(saved).toMatchObject({ status: 'saved', version: 1 });
		if (saved.status !== 'saved') return;
		expect(await saveCategory(people.member, adoption, category)).toEqual({
			status: 'invalid',
			errors: { name: 'adoption.error.categoryExists' }
		});
		expect(await saveCategory(people.mentor, adoption, { ...category, slug: 'other' })).toEqual({
			status: 'forbidden'
		});
		const changed = await saveCategory(
			people.member,
			adoption,
			{ ...category, target: 600 },
			{ id: saved.id, version: 1 }
		);
		expect(changed).toMatchObject({ status: 'saved', version: 2 });
		expect(
			await saveCategory(people.member, adoption, category, { id: saved.id, version: 1 })
		).toEqual({ status: 'stale', version: 2 });
		for (const [on, value] of [
			[daysAgo(4), 120],
			[daysAgo(1), 310]
		] as const) {
			const progress = await addProgress(people.member, adoption, saved.id, {
				on,
				value,
				note: ''
			});
			expect(progress.status).toBe('saved');
		}
		expect(
			await addProgress(people.mentor, adoption, saved.id, { on: today, value: 1, note: '' })
		).toEqual({ status: 'forbidden' });
		const detail = await getAdoption(userDb(people.member), adoption, people.member);
		expect(detail?.categories).toEqual([
			expect.objectContaining({
				name: 'Members enrolled',
				target: 600,
				version: 2,
				nodal: { user_id: null, name: 'R. Tiwari', designation: 'Librarian' },
				progress: [expect.objectContaining({ value: 120 }), expect.objectContaining({ value: 310 })]
			})
		]);
	});
});

describe('public evidence', () => {
	it('is set by the city only, and then shows the public the adoption without comments', async () => {
		expect(await setEvidencePublic(people.mentor, adoption, true)).toEqual({
			status: 'forbidden'
		});
		expect(await setEvidencePublic(people.outsider, adoption, true)).toEqual({
			status: 'not_found'
		});
		expect(await setEvidencePublic(people.member, adoption, true, 1)).toEqual({
			status: 'stale',
			version: expect.any(Number)
		});
		expect(await setEvidencePublic(people.member, adoption, true)).toMatchObject({
			status: 'saved'
		});
		const seen = await getAdoption(publicDb(), adoption, null);
		expect(seen).toMatchObject({
			stage: 'implemented',
			evidence_public: true,
			version: null,
			comments: null,
			canWrite: false,
			canComment: false
		});
		// The public reads who verified the claim, and nobody else's name.
		expect(seen?.steps.find((s) => s.current)?.verified?.by?.name).toBe('Adoption mentor');
		expect(seen?.steps.every((s) => s.author === null)).toBe(true);
		expect(seen?.categories[0].progress.map((p) => p.value)).toEqual([120, 310]);
		const listed = await listAdoptions(publicDb(), { city: 'chennai', page: 1, perPage: 10 });
		expect(listed.adoptions.find((a) => a.id === adoption)).toMatchObject({
			stage: 'implemented',
			verified_at: expect.any(String)
		});
		// A third city's officer reads the public part too, but no comments.
		const outsider = await getAdoption(userDb(people.outsider), adoption, people.outsider);
		expect(outsider?.comments).toBeNull();
	});
});
