// The rules the database keeps for mentorships whatever the server does: the seeded programmes
// and their sources, who sees a pairing, the life of a mentorship, and officers' periods that end
// (never vanish) when an officer is transferred or deactivated.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import { anon, service } from './clients';

const run = Date.now();

async function cityId(slug: string): Promise<string> {
	const { data } = await service().from('cities').select('id').eq('slug', slug).single();
	if (!data) throw new Error(`no city ${slug}`);
	return data.id;
}

async function makeUser(
	label: string,
	role: Enums<'app_role'>,
	city: string | null
): Promise<DbUser & { email: string }> {
	const email = `${label}.${run}@rules.test`;
	const cityIdValue = city ? await cityId(city) : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name: `Test ${label}`, role, city_id: cityIdValue })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	return { id: data.id, email, role, cityId: cityIdValue };
}

async function makeMentorProfile(user: DbUser, capacity = 3) {
	const { error } = await service()
		.from('mentor_profiles')
		.insert({ user_id: user.id, capacity, languages: ['hi', 'en'], is_public: true });
	if (error) throw new Error(error.message);
}

const people = {} as Record<
	'mentor' | 'colleague' | 'member' | 'outsider' | 'admin',
	DbUser & { email: string }
>;

beforeAll(async () => {
	// Mentor city Indore, mentee city Jabalpur, a third city Gwalior.
	people.mentor = await makeUser('mentor', 'mentor', 'indore');
	people.colleague = await makeUser('colleague', 'mentor', 'indore');
	people.member = await makeUser('member', 'city_member', 'jabalpur');
	people.outsider = await makeUser('outsider', 'city_member', 'gwalior');
	people.admin = await makeUser('admin', 'mission_admin', null);
	await makeMentorProfile(people.mentor);
	await makeMentorProfile(people.colleague);
});

// Two cities have at most one open mentorship, so each test asks from a city of its own, and
// these cities are used by no other test file (the integration stack is shared).
async function request(
	by = people.member,
	mentor = people.mentor,
	menteeCity = 'jabalpur'
): Promise<string> {
	const { data, error } = await userDb(by).rpc('request_mentorship', {
		p: {
			mentee_city: menteeCity,
			mentor_id: mentor.id,
			sectors: ['public-safety'],
			components: ['cctv-surveillance'],
			need: 'Help us link more cameras to the command centre.'
		}
	});
	if (error || !data) throw new Error(`request failed: ${error?.message}`);
	return data;
}

describe('the seeded programmes', () => {
	it('holds the National ICCC programme with Rajkot as a mentor city, and the 14 Sister Cities pairs with sources', async () => {
		const db = anon();
		const { data: programmes } = await db
			.from('programmes')
			.select('slug, status, source_url, confidence')
			// reach.test.ts keeps a programme of its own while it runs.
			.not('slug', 'like', 'reach-it-%')
			.order('slug');
		expect(programmes?.map((p) => [p.slug, p.status])).toEqual([
			['national-iccc-mentorship', 'active'],
			['sister-cities-2020', 'closed']
		]);
		const { data: named } = await db
			.from('programme_cities')
			.select('side, confidence, city:cities!inner (slug), programme:programmes!inner (slug)')
			.eq('programme.slug', 'national-iccc-mentorship');
		expect(named?.map((c) => [c.city.slug, c.side, c.confidence])).toEqual([
			['rajkot', 'mentor', 'solid']
		]);
		const { data: pairs } = await db
			.from('mentorships')
			.select(
				'status, lead_mentor_id, source_url, confidence, started_on, mentor:cities!mentorships_mentor_city_id_fkey (slug), mentee:cities!mentorships_mentee_city_id_fkey (slug), programme:programmes!inner (slug)'
			)
			.eq('programme.slug', 'sister-cities-2020');
		expect(pairs).toHaveLength(14);
		for (const pair of pairs ?? []) {
			expect(pair.status).toBe('completed');
			expect(pair.lead_mentor_id).toBeNull();
			expect(pair.source_url).toMatch(/^https?:\/\//);
			expect(['solid', 'single']).toContain(pair.confidence);
			expect(pair.started_on).toBe('2020-02-20');
		}
		expect(pairs?.map((p) => `${p.mentor.slug}>${p.mentee.slug}`)).toContain('tiruppur>silvassa');
		expect(pairs?.find((p) => p.mentor.slug === 'tiruppur')?.confidence).toBe('single');
	});
});

describe('who sees a mentorship', () => {
	let id: string;
	beforeAll(async () => {
		id = await request();
	});

	it('keeps a request between the two cities and the admins', async () => {
		const counts = async (who: DbUser | null) => {
			const db = who ? userDb(who) : anon();
			// The public may select only some columns of mentorships: ask for the id.
			const read = async (table: 'mentorships' | 'mentorship_events' | 'mentorship_officers') =>
				table === 'mentorships'
					? (await db.from(table).select('id', { count: 'exact', head: true }).eq('id', id)).count
					: (
							await db
								.from(table)
								.select('id', { count: 'exact', head: true })
								.eq('mentorship_id', id)
						).count;
			return [
				await read('mentorships'),
				await read('mentorship_events'),
				await read('mentorship_officers')
			];
		};
		expect(await counts(people.member)).toEqual([1, 1, 1]);
		expect(await counts(people.colleague)).toEqual([1, 1, 1]);
		expect(await counts(people.admin)).toEqual([1, 1, 1]);
		expect(await counts(people.outsider)).toEqual([0, 0, 0]);
		expect((await counts(null))[0]).toBe(0);
		const { data: brief } = await userDb(people.outsider)
			.from('mentorship_briefs')
			.select('need_markdown')
			.eq('mentorship_id', id);
		expect(brief).toEqual([]);
	});

	it('shows a running pairing to the public, but never its brief', async () => {
		const { data } = await userDb(people.mentor).rpc('decide_mentorship', {
			p_id: id,
			p_accept: true,
			p_reason: 'Glad to help.'
		});
		expect(data).toEqual({ status: 'saved' });
		const { data: pairing } = await anon()
			.from('mentorships')
			.select('status, started_on')
			.eq('id', id)
			.single();
		expect(pairing?.status).toBe('active');
		const brief = await anon()
			.from('mentorship_briefs')
			.select('need_markdown')
			.eq('mentorship_id', id);
		expect(brief.error?.code).toBe('42501');
		const hidden = await anon().from('mentorships').select('requested_at').eq('id', id);
		expect(hidden.error?.code).toBe('42501');
		const { data: outsider } = await userDb(people.outsider)
			.from('mentorship_sessions')
			.select('id')
			.eq('mentorship_id', id);
		expect(outsider).toEqual([]);
	});
});

describe('the life of a mentorship', () => {
	it('lets only a mentor of the mentor city decide, wants a reason to decline, and keeps the timeline', async () => {
		const asker = await makeUser('decline-asker', 'city_member', 'thoothukudi');
		const id = await request(asker, people.colleague, 'thoothukudi');
		const byAsker = await userDb(asker).rpc('decide_mentorship', {
			p_id: id,
			p_accept: true,
			p_reason: ''
		});
		expect(byAsker.data).toEqual({ status: 'forbidden' });
		// A third city does not learn that the request exists.
		const byOutsider = await userDb(people.outsider).rpc('decide_mentorship', {
			p_id: id,
			p_accept: true,
			p_reason: ''
		});
		expect(byOutsider.data).toEqual({ status: 'not_found' });
		const noReason = await userDb(people.colleague).rpc('decide_mentorship', {
			p_id: id,
			p_accept: false,
			p_reason: ' '
		});
		expect(noReason.error?.code).toBe('22023');
		const declined = await userDb(people.colleague).rpc('decide_mentorship', {
			p_id: id,
			p_accept: false,
			p_reason: 'Our team is busy with the monsoon season.'
		});
		expect(declined.data).toEqual({ status: 'saved' });
		const again = await userDb(people.colleague).rpc('decide_mentorship', {
			p_id: id,
			p_accept: true,
			p_reason: ''
		});
		expect(again.data).toMatchObject({ status: 'not_open', current: 'declined' });
		const { data: events } = await userDb(asker)
			.from('mentorship_events')
			.select('status, note')
			.eq('mentorship_id', id)
			.order('id');
		expect(events).toEqual([
			{ status: 'requested', note: null },
			{ status: 'declined', note: 'Our team is busy with the monsoon season.' }
		]);
	});

	it('refuses an accept beyond the mentor’s capacity, even when two arrive at once', async () => {
		const full = await makeUser('full', 'mentor', 'erode');
		await makeMentorProfile(full, 1);
		const asks = await Promise.all(
			['karimnagar', 'warangal'].map(async (city) => {
				const asker = await makeUser(`asker-${city}`, 'city_member', city);
				const { data, error } = await userDb(asker).rpc('request_mentorship', {
					p: { mentee_city: city, mentor_id: full.id, sectors: [], components: [], need: 'Help' }
				});
				if (error || !data) throw new Error(error?.message);
				return data;
			})
		);
		const answers = await Promise.all(
			asks.map((id) =>
				userDb(full).rpc('decide_mentorship', { p_id: id, p_accept: true, p_reason: '' })
			)
		);
		expect(answers.map((a) => (a.data as { status: string }).status).sort()).toEqual([
			'full',
			'saved'
		]);
	});

	it('refuses moves the rules do not allow', async () => {
		const asker = await makeUser('withdraw-asker', 'city_member', 'dahod');
		const id = await request(asker, people.colleague, 'dahod');
		// A member of the mentee city cannot accept through a plain update either.
		const sneaky = await userDb(asker)
			.from('mentorships')
			.update({ status: 'active' })
			.eq('id', id);
		expect(sneaky.error?.code).toBe('42501');
		const resumed = await userDb(asker).rpc('change_mentorship_status', {
			p_id: id,
			p_status: 'active'
		});
		expect(resumed.error?.code).toBe('42501');
		const withdrawn = await userDb(asker).rpc('change_mentorship_status', {
			p_id: id,
			p_status: 'withdrawn',
			p_note: 'Another city answered first.'
		});
		expect(withdrawn.data).toEqual({ status: 'saved' });
	});
});

describe('officers come and go, the history stays', () => {
	it('ends a transferred officer’s periods and calendar feeds, keeping their name on the mentorship', async () => {
		const leaving = await makeUser('leaving', 'city_member', 'moradabad');
		const stays = await makeUser('stays', 'city_member', 'moradabad');
		const id = await request(leaving, people.mentor, 'moradabad');
		const feed = await userDb(leaving)
			.from('calendar_feeds')
			.insert({ user_id: leaving.id, token_hash: 'a'.repeat(64) })
			.select('id')
			.single();
		expect(feed.error).toBeNull();

		const moved = await userDb(people.admin)
			.from('users')
			.update({ city_id: await cityId('gwalior') })
			.eq('id', leaving.id);
		expect(moved.error).toBeNull();

		const { data: officers } = await userDb(stays)
			.from('mentorship_officers')
			.select('user_id, ended_at, ended_reason')
			.eq('mentorship_id', id);
		expect(officers).toHaveLength(1);
		expect(officers?.[0]).toMatchObject({ user_id: leaving.id, ended_reason: 'transferred' });
		expect(officers?.[0].ended_at).not.toBeNull();
		const { data: feeds } = await service()
			.from('calendar_feeds')
			.select('revoked_at')
			.eq('user_id', leaving.id);
		expect(feeds?.[0].revoked_at).not.toBeNull();
	});

	it('records every write in the audit log', async () => {
		const asker = await makeUser('audited', 'city_member', 'biharsharif');
		const id = await request(asker, people.mentor, 'biharsharif');
		const { data } = await service()
			.from('audit_log')
			.select('action, entity, actor_id')
			.eq('entity_id', id);
		expect(data).toEqual(
			expect.arrayContaining([
				{ action: 'insert', entity: 'mentorships', actor_id: asker.id },
				{ action: 'insert', entity: 'mentorship_briefs', actor_id: asker.id }
			])
		);
	});
});
