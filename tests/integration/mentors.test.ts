// Mentor profiles and programmes on the real stack: what the public, a city member, a mentor and
// an admin may read and write through PostgREST (the policies decide), and the domain modules
// the pages and the API use, read as each of them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import {
	getMentor,
	getProfileForEdit,
	listMentors,
	programmeMentors,
	saveMentorProfile
} from '../../src/lib/server/mentorship/mentors';
import {
	cityPairings,
	getProgramme,
	listProgrammes,
	mentorPairings
} from '../../src/lib/server/mentorship/programmes';
import { anon, service } from './clients';

const run = Date.now();
const everyone = { page: 1, perPage: 100 };

async function cityId(slug: string): Promise<string> {
	const { data } = await service().from('cities').select('id').eq('slug', slug).single();
	if (!data) throw new Error(`no city ${slug}`);
	return data.id;
}

async function makeUser(
	label: string,
	role: Enums<'app_role'>,
	city: string | null
): Promise<DbUser & { email: string; name: string }> {
	const email = `${label}.${run}@mentors.test`;
	const name = `Test ${label} ${run}`;
	const cityIdValue = city ? await cityId(city) : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name, designation: 'Test officer', role, city_id: cityIdValue })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	return { id: data.id, email, name, role, cityId: cityIdValue };
}

type Person = Awaited<ReturnType<typeof makeUser>>;
const people = {} as Record<
	'open' | 'quiet' | 'full' | 'gone' | 'member' | 'admin' | 'newcomer',
	Person
>;
let nationalId = '';

const profile = {
	bio_markdown: 'Test profile.',
	languages: ['gu', 'hi', 'en'],
	capacity: 3,
	sectors: ['water-sanitation'],
	// A rare pairing of topics, so the filters below find the test mentors among the demo ones.
	components: ['drainage-scada', 'smart-parking'],
	is_public: true
};

beforeAll(async () => {
	people.open = await makeUser('open', 'mentor', 'vadodara');
	people.quiet = await makeUser('quiet', 'mentor', 'kochi');
	people.full = await makeUser('full', 'mentor', 'vadodara');
	people.gone = await makeUser('gone', 'mentor', 'nashik');
	people.newcomer = await makeUser('newcomer', 'mentor', 'nagpur');
	people.member = await makeUser('member', 'city_member', 'agra');
	people.admin = await makeUser('admin', 'mission_admin', null);
	const db = service();
	const { error } = await db.from('mentor_profiles').insert([
		{ user_id: people.open.id, ...profile },
		{ user_id: people.quiet.id, ...profile, languages: ['ml', 'en'], is_public: false },
		{ user_id: people.full.id, ...profile, capacity: 1 },
		{ user_id: people.gone.id, ...profile, languages: ['mr'] }
	]);
	if (error) throw new Error(error.message);
	const national = await db
		.from('programmes')
		.select('id')
		.eq('slug', 'national-iccc-mentorship')
		.single();
	if (!national.data) throw new Error('the national programme was not seeded');
	nationalId = national.data.id;
	await db.from('mentor_programmes').insert({ user_id: people.open.id, programme_id: nationalId });
	// The full mentor leads one active mentorship: their only place is taken.
	const led = await db.from('mentorships').insert({
		programme_id: nationalId,
		mentor_city_id: await cityId('vadodara'),
		mentee_city_id: await cityId('karnal'),
		lead_mentor_id: people.full.id,
		status: 'active',
		started_on: '2026-11-01'
	});
	if (led.error) throw new Error(led.error.message);
});

const as = (who: keyof typeof people) => userDb(people[who]);
const ids = (mentors: { id: string }[]) => mentors.map((m) => m.id);

describe('what the public reads', () => {
	it('lists public profiles of active mentors only, and never an email', async () => {
		const { data, error } = await anon().from('mentor_directory').select('*');
		expect(error).toBeNull();
		const listed = (data ?? []).map((row) => row.id);
		expect(listed).toContain(people.open.id);
		expect(listed).not.toContain(people.quiet.id);
		for (const row of data ?? []) {
			expect(row.is_public).toBe(true);
			expect(Object.keys(row)).not.toContain('email');
			expect(JSON.stringify(row)).not.toMatch(/@/);
		}
		const profiles = await anon().from('mentor_profiles').select('user_id, is_public');
		expect((profiles.data ?? []).every((p) => p.is_public)).toBe(true);
	});

	it('cannot reach an email through PostgREST', async () => {
		const users = await anon().from('users').select('email');
		expect(users.error?.code).toBe('42501');
		expect(users.data).toBeNull();
		const email = await anon().from('mentor_directory').select('email');
		expect(email.error).not.toBeNull();
		const embedded = await anon().from('mentor_profiles').select('user_id, users (email)');
		expect(embedded.error).not.toBeNull();
	});

	it('gets null for a profile that is not public, and the profile of one that is', async () => {
		expect(await getMentor(anon(), people.quiet.id)).toBeNull();
		const open = await getMentor(anon(), people.open.id);
		expect(open).toMatchObject({
			id: people.open.id,
			name: people.open.name,
			designation: 'Test officer',
			city: { slug: 'vadodara', name: 'Vadodara', zonal_council: 'western' },
			languages: ['gu', 'hi', 'en'],
			bio_markdown: 'Test profile.',
			capacity: 3,
			active_mentorships: 0
		});
		expect(open?.programmes.map((p) => p.slug)).toEqual(['national-iccc-mentorship']);
		expect(JSON.stringify(open)).not.toMatch(/@mentors\.test/);
	});

	it('cannot write programmes, programme cities or profiles', async () => {
		const db = anon();
		const insert = await db
			.from('programmes')
			.insert({ slug: `anon-${run}`, name_en: 'Anon', name_hi: 'अनाम' });
		expect(insert.error?.code).toBe('42501');
		const update = await db
			.from('programmes')
			.update({ name_en: 'Renamed' })
			.eq('slug', 'sister-cities-2020')
			.select();
		expect(update.error?.code).toBe('42501');
		const { data } = await db
			.from('programmes')
			.select('name_en')
			.eq('slug', 'sister-cities-2020')
			.single();
		expect(data?.name_en).toBe('Sister Cities (2020)');
		const city = await db
			.from('programme_cities')
			.insert({ programme_id: nationalId, city_id: await cityId('agra'), side: 'mentor' });
		expect(city.error?.code).toBe('42501');
		const own = await db.from('mentor_profiles').insert({ user_id: people.member.id });
		expect(own.error?.code).toBe('42501');
	});

	it('lists the programmes with their sources, and the 14 Sister Cities pairings', async () => {
		const order = ['active', 'planned', 'closed'];
		const programmes = await listProgrammes(anon());
		expect(programmes.map((p) => p.slug)).toEqual(
			expect.arrayContaining(['national-iccc-mentorship', 'sister-cities-2020'])
		);
		// Running programmes come first, then planned ones, then those that ended.
		const planned = await service()
			.from('programmes')
			.insert({
				slug: `planned-${run}`,
				name_en: 'Planned',
				name_hi: 'नियोजित',
				status: 'planned'
			});
		expect(planned.error).toBeNull();
		// Other files check the seeded programmes exactly: this one goes again at once.
		const statuses = await listProgrammes(anon())
			.then((list) => list.map((p) => p.status))
			.finally(() => service().from('programmes').delete().eq('slug', `planned-${run}`));
		expect(statuses).toEqual([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
		expect(statuses.slice(0, 1)).toEqual(['active']);
		const sister = await getProgramme(anon(), 'sister-cities-2020');
		expect(sister?.pairings).toHaveLength(14);
		for (const pairing of sister?.pairings ?? []) {
			expect(pairing.status).toBe('completed');
			expect(pairing.source_url).toMatch(/^https?:\/\//);
			expect(pairing.confidence).toMatch(/^(solid|single)$/);
		}
		expect(sister?.pairings.map((p) => `${p.mentor_city.slug}>${p.mentee_city.slug}`)).toContain(
			'ahmedabad>chandigarh'
		);
		const national = await getProgramme(anon(), 'national-iccc-mentorship');
		expect(national?.cities).toContainEqual(
			expect.objectContaining({ slug: 'rajkot', side: 'mentor', confidence: 'solid' })
		);
		expect(await getProgramme(anon(), 'no-such-programme')).toBeNull();
	});

	it('sees which city mentors which, but not requests', async () => {
		const chandigarh = await cityPairings(anon(), 'chandigarh');
		expect(chandigarh.mentors).toEqual([]);
		expect(chandigarh.mentoredBy.map((p) => p.mentor_city.slug)).toEqual(['ahmedabad']);
		const request = await service()
			.from('mentorships')
			.insert({
				programme_id: nationalId,
				mentor_city_id: await cityId('vadodara'),
				mentee_city_id: await cityId('agra'),
				lead_mentor_id: people.open.id,
				status: 'requested'
			})
			.select('id')
			.single();
		const agraPublic = await cityPairings(anon(), 'agra');
		expect(ids(agraPublic.mentoredBy)).not.toContain(request.data?.id);
		// A member of the mentee city sees its own request on the city page.
		const agraMember = await cityPairings(as('member'), 'agra');
		expect(ids(agraMember.mentoredBy)).toContain(request.data?.id);
		expect(ids(await mentorPairings(as('member'), people.open.id))).toEqual([]);
	});
});

describe('the directory', () => {
	const filters = { component: 'smart-parking', sector: 'water-sanitation' } as const;

	it('shows a signed-in city member every active mentor, public or not', async () => {
		const { data } = await as('member').from('mentor_directory').select('id, is_public');
		expect((data ?? []).map((row) => row.id)).toEqual(
			expect.arrayContaining([people.open.id, people.quiet.id])
		);
		const mentors = await listMentors(as('member'), filters, everyone);
		expect(ids(mentors.mentors)).toEqual(expect.arrayContaining([people.open.id, people.quiet.id]));
		expect(await getMentor(as('member'), people.quiet.id)).toMatchObject({ is_public: false });
		const anonymous = await listMentors(anon(), filters, everyone);
		expect(ids(anonymous.mentors)).toContain(people.open.id);
		expect(ids(anonymous.mentors)).not.toContain(people.quiet.id);
	});

	it('filters by language, component, sector and zonal council', async () => {
		const gujarati = await listMentors(as('member'), { ...filters, language: 'gu' }, everyone);
		expect(ids(gujarati.mentors)).toContain(people.open.id);
		expect(ids(gujarati.mentors)).not.toContain(people.quiet.id);
		for (const mentor of gujarati.mentors) expect(mentor.languages).toContain('gu');
		const southern = await listMentors(as('member'), { ...filters, zone: 'southern' }, everyone);
		expect(ids(southern.mentors)).toContain(people.quiet.id);
		expect(ids(southern.mentors)).not.toContain(people.open.id);
		for (const mentor of southern.mentors) expect(mentor.city?.zonal_council).toBe('southern');
		const drainage = await listMentors(anon(), { component: 'drainage-scada' }, everyone);
		for (const mentor of drainage.mentors) expect(mentor.components).toContain('drainage-scada');
		const nobody = await listMentors(anon(), { ...filters, language: 'kok' }, everyone);
		expect(nobody).toEqual({ total: 0, mentors: [] });
	});

	it('leaves out full mentors when asked for free places, and counts the total after that', async () => {
		const all = await listMentors(as('member'), filters, everyone);
		const full = all.mentors.find((m) => m.id === people.full.id);
		expect(full).toMatchObject({ capacity: 1, active_mentorships: 1 });
		const free = await listMentors(as('member'), { ...filters, free: true }, everyone);
		expect(ids(free.mentors)).not.toContain(people.full.id);
		expect(ids(free.mentors)).toContain(people.open.id);
		expect(free.total).toBe(free.mentors.length);
		expect(free.total).toBe(all.total - 1);
	});

	it('pages by name with the total of all that match', async () => {
		const all = await listMentors(as('member'), filters, everyone);
		const first = await listMentors(as('member'), filters, { page: 1, perPage: 1 });
		const second = await listMentors(as('member'), filters, { page: 2, perPage: 1 });
		expect(first.total).toBe(all.total);
		expect([...ids(first.mentors), ...ids(second.mentors)]).toEqual(ids(all.mentors).slice(0, 2));
		expect((await listMentors(as('member'), filters, { page: 99, perPage: 10 })).mentors).toEqual(
			[]
		);
	});

	it('drops a deactivated mentor from the directory for everyone', async () => {
		const before = await listMentors(as('member'), { ...filters, language: 'mr' }, everyone);
		expect(ids(before.mentors)).toContain(people.gone.id);
		await service().from('users').update({ status: 'deactivated' }).eq('id', people.gone.id);
		for (const db of [anon(), as('member'), as('admin')]) {
			const after = await listMentors(db, { ...filters, language: 'mr' }, everyone);
			expect(ids(after.mentors)).not.toContain(people.gone.id);
			expect(await getMentor(db, people.gone.id)).toBeNull();
		}
	});

	it('lists the mentors serving a programme', async () => {
		expect(ids(await programmeMentors(anon(), nationalId))).toContain(people.open.id);
	});
});

describe('editing profiles', () => {
	const input = {
		bio_markdown: 'Edited.',
		languages: ['gu', 'en'],
		capacity: 4,
		sectors: ['water-sanitation'],
		components: ['drainage-scada', 'smart-parking'],
		programmes: ['sister-cities-2020'],
		is_public: true
	};

	it('lets a mentor edit their own profile and the programmes they serve', async () => {
		const result = await saveMentorProfile(as('open'), people.open.id, input);
		expect(result).toEqual({ kind: 'saved' });
		expect(await getProfileForEdit(as('open'), people.open.id)).toEqual({
			bio_markdown: 'Edited.',
			languages: ['gu', 'en'],
			capacity: 4,
			sectors: ['water-sanitation'],
			components: ['drainage-scada', 'smart-parking'],
			is_public: true,
			programmes: ['sister-cities-2020']
		});
		const audit = await service()
			.from('audit_log')
			.select('action, entity')
			.eq('actor_id', people.open.id)
			.in('entity', ['mentor_profiles', 'mentor_programmes']);
		expect((audit.data ?? []).map((a) => `${a.action} ${a.entity}`)).toEqual(
			expect.arrayContaining([
				'update mentor_profiles',
				'delete mentor_programmes',
				'insert mentor_programmes'
			])
		);
	});

	it('refuses a mentor editing another mentor’s profile: no row changes', async () => {
		const direct = await as('open')
			.from('mentor_profiles')
			.update({ bio_markdown: 'Hijacked' })
			.eq('user_id', people.quiet.id)
			.select();
		expect(direct.data ?? []).toEqual([]);
		const programmes = await as('open')
			.from('mentor_programmes')
			.insert({ user_id: people.quiet.id, programme_id: nationalId });
		expect(programmes.error?.code).toBe('42501');
		const result = await saveMentorProfile(as('open'), people.quiet.id, {
			...input,
			bio_markdown: 'Hijacked'
		});
		expect(result).toEqual({ kind: 'forbidden' });
		const { data } = await service()
			.from('mentor_profiles')
			.select('bio_markdown')
			.eq('user_id', people.quiet.id)
			.single();
		expect(data?.bio_markdown).toBe('Test profile.');
	});

	it('refuses a city member creating a mentor profile', async () => {
		const direct = await as('member').from('mentor_profiles').insert({ user_id: people.member.id });
		expect(direct.error?.code).toBe('42501');
		expect(await saveMentorProfile(as('member'), people.member.id, input)).toEqual({
			kind: 'forbidden'
		});
		const { data } = await service()
			.from('mentor_profiles')
			.select('user_id')
			.eq('user_id', people.member.id);
		expect(data).toEqual([]);
	});

	it('creates a mentor’s profile on their first save', async () => {
		expect(await getProfileForEdit(as('newcomer'), people.newcomer.id)).toBeNull();
		const result = await saveMentorProfile(as('newcomer'), people.newcomer.id, {
			...input,
			is_public: false,
			programmes: []
		});
		expect(result).toEqual({ kind: 'saved' });
		expect(await getProfileForEdit(as('newcomer'), people.newcomer.id)).toMatchObject({
			capacity: 4,
			is_public: false,
			programmes: []
		});
	});

	it('lets an admin edit any mentor’s profile', async () => {
		const result = await saveMentorProfile(as('admin'), people.quiet.id, {
			...input,
			bio_markdown: 'Set by an admin.',
			programmes: ['national-iccc-mentorship']
		});
		expect(result).toEqual({ kind: 'saved' });
		expect(await getProfileForEdit(as('quiet'), people.quiet.id)).toMatchObject({
			bio_markdown: 'Set by an admin.',
			programmes: ['national-iccc-mentorship']
		});
	});

	it('names the field the database refuses', async () => {
		const result = await saveMentorProfile(as('open'), people.open.id, {
			...input,
			components: ['teleport']
		});
		expect(result).toMatchObject({ kind: 'invalid', field: 'components' });
	});

	it('saves the profile and its programmes together or not at all', async () => {
		const before = await getProfileForEdit(as('open'), people.open.id);
		const result = await saveMentorProfile(as('open'), people.open.id, {
			...input,
			bio_markdown: 'Half saved?',
			programmes: ['national-iccc-mentorship', 'no-such-programme']
		});
		expect(result).toMatchObject({ kind: 'invalid', field: 'programmes' });
		expect(await getProfileForEdit(as('open'), people.open.id)).toEqual(before);
	});
});
