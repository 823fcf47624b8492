// Asking for a mentor, the answer and the lists, through the domain modules as the server calls
// them (each user acting through their own short-lived JWT) and through PostgREST directly:
// who reads a request, who may answer it, capacity (also under two accepts at once), withdrawing,
// what the public reads of a running pairing, the mail and the audit log.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { publicDb, userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import {
	changeMentorshipStatus,
	decideMentorship,
	listMentorships,
	mentorshipDetail,
	openRequestsOf,
	requestMentorship
} from '../../src/lib/server/mentorship/mentorships';
import {
	loadSuggestionInputs,
	suggestMentors
} from '../../src/lib/server/mentorship/suggestion-inputs';
import type { MentorshipRequestInput } from '../../src/lib/schemas/mentorship';
import { anon, service } from './clients';

const run = Date.now();
type Person = DbUser & { email: string };

// Cities of this file's own: mentors in Bhopal, Nagpur and Raipur; mentees in Ujjain and Satna;
// Kota is the third city that must see nothing.
const cities = ['bhopal', 'nagpur', 'raipur', 'ujjain', 'satna', 'kota'] as const;
const cityIds = {} as Record<(typeof cities)[number], string>;

async function makeUser(label: string, role: Enums<'app_role'>, city: string | null) {
	const email = `${label}.${run}@flows.test`;
	const cityId = city ? cityIds[city as (typeof cities)[number]] : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name: `Flows ${label}`, role, city_id: cityId })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	return { id: data.id, email, role, cityId } satisfies Person;
}

async function makeMentor(label: string, city: string, capacity: number) {
	const mentor = await makeUser(label, 'mentor', city);
	const { error } = await service()
		.from('mentor_profiles')
		.insert({
			user_id: mentor.id,
			capacity,
			languages: ['hi', 'en'],
			sectors: ['public-safety'],
			components: ['cctv-surveillance'],
			is_public: true
		});
	if (error) throw new Error(error.message);
	return mentor;
}

const people = {} as Record<
	| 'mentor'
	| 'colleague'
	| 'fullMentor'
	| 'raceMentor'
	| 'member'
	| 'member2'
	| 'outsider'
	| 'admin',
	Person
>;

beforeAll(async () => {
	const { data } = await service().from('cities').select('id, slug').in('slug', cities);
	for (const row of data ?? []) cityIds[row.slug as (typeof cities)[number]] = row.id;
	// Earlier runs on the same stack leave open pairings between these cities: close them, as
	// system work, so that each run starts from none.
	const ids = Object.values(cityIds);
	await service()
		.from('mentorships')
		.update({ status: 'withdrawn' })
		.in('mentee_city_id', ids)
		.in('status', ['requested', 'proposed']);
	await service()
		.from('mentorships')
		.update({ status: 'completed' })
		.in('mentee_city_id', ids)
		.in('status', ['active', 'paused']);
	people.mentor = await makeMentor('mentor', 'bhopal', 3);
	people.colleague = await makeUser('colleague', 'city_member', 'bhopal');
	people.fullMentor = await makeMentor('full', 'nagpur', 1);
	people.raceMentor = await makeMentor('race', 'raipur', 1);
	people.member = await makeUser('member', 'city_member', 'ujjain');
	people.member2 = await makeUser('member2', 'city_member', 'satna');
	people.outsider = await makeUser('outsider', 'city_member', 'kota');
	people.admin = await makeUser('admin', 'mission_admin', null);
});

const need = 'We want to link the cameras of shops and schools to our command centre.';
const input = (mentor: Person, menteeCity = 'ujjain'): MentorshipRequestInput => ({
	mentee_city: menteeCity,
	mentor_id: mentor.id,
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	need
});

async function ask(by: Person, mentor: Person, menteeCity?: string): Promise<string> {
	const result = await requestMentorship(by, input(mentor, menteeCity));
	if (result.kind !== 'created') throw new Error(`request refused: ${JSON.stringify(result)}`);
	return result.id;
}

async function statusOf(id: string) {
	const { data } = await service().from('mentorships').select('status').eq('id', id).single();
	return data?.status;
}

/** Rows of a mentorship each table shows the caller through PostgREST. */
async function visibleRows(who: Person, id: string) {
	const db = userDb(who);
	const count = async (
		table: 'mentorships' | 'mentorship_briefs' | 'mentorship_events' | 'mentorship_officers'
	) => {
		const query =
			table === 'mentorships'
				? db.from(table).select('id').eq('id', id)
				: db.from(table).select('mentorship_id').eq('mentorship_id', id);
		const { data, error } = await query;
		expect(error).toBeNull();
		return data?.length;
	};
	return [
		await count('mentorships'),
		await count('mentorship_briefs'),
		await count('mentorship_events'),
		await count('mentorship_officers')
	];
}

describe('a request', () => {
	let id: string;
	beforeAll(async () => {
		id = await ask(people.member, people.mentor);
	});

	it('is made by a member of the mentee city, and mailed to the mentor', async () => {
		expect(await statusOf(id)).toBe('requested');
		const detail = await mentorshipDetail(userDb(people.member), id);
		expect(detail).toMatchObject({
			status: 'requested',
			mentor_city: { slug: 'bhopal' },
			mentee_city: { slug: 'ujjain' },
			mentor: { id: people.mentor.id, name: 'Flows mentor' },
			sectors: ['public-safety'],
			private: {
				need_markdown: need,
				events: [{ status: 'requested', actor_id: people.member.id, actor_name: 'Flows member' }],
				officers: [
					{ user_id: people.member.id, side: 'mentee', is_lead: true, name: 'Flows member' }
				]
			}
		});
		const { data: mail } = await service()
			.from('outbox_emails')
			.select('subject, body, purpose')
			.eq('related_id', id);
		expect(mail).toHaveLength(1);
		expect(mail?.[0]).toMatchObject({
			purpose: 'mentorship_request',
			subject: expect.stringContaining('Ujjain')
		});
		expect(mail?.[0].body).toContain(`/mentorships/${id}/decision`);
		expect(mail?.[0].body).toMatch(/[\u0900-\u097F]/);
	});

	it('is read by both cities, and by no one else: 0 rows through PostgREST, 404 in the app', async () => {
		expect(await visibleRows(people.member, id)).toEqual([1, 1, 1, 1]);
		expect(await visibleRows(people.colleague, id)).toEqual([1, 1, 1, 1]);
		expect(await visibleRows(people.admin, id)).toEqual([1, 1, 1, 1]);
		expect(await visibleRows(people.outsider, id)).toEqual([0, 0, 0, 0]);
		expect(await mentorshipDetail(userDb(people.outsider), id)).toBeNull();
		expect(await mentorshipDetail(publicDb(), id)).toBeNull();
		const outsiderList = await listMentorships(
			userDb(people.outsider),
			{ city: 'ujjain' },
			{ page: 1, perPage: 100 }
		);
		expect(outsiderList.mentorships.map((m) => m.id)).not.toContain(id);
	});

	it('cannot be made by a third city for another city', async () => {
		const result = await requestMentorship(people.outsider, input(people.fullMentor));
		expect(result).toEqual({ kind: 'forbidden' });
	});

	it('cannot be answered by a mentor of another city', async () => {
		const result = await decideMentorship(people.raceMentor, id, true, '');
		expect(result.kind).toBe('not_found');
		expect(await statusOf(id)).toBe('requested');
	});

	it('cannot be declined without a reason', async () => {
		const result = await decideMentorship(people.mentor, id, false, '  ');
		expect(result).toEqual({
			kind: 'invalid',
			field: 'reason',
			message: 'mentorship.decision.reasonRequired'
		});
		expect(await statusOf(id)).toBe('requested');
	});

	it('is accepted by the mentor of the mentor city, who becomes its lead; the requester is mailed', async () => {
		expect(await decideMentorship(people.mentor, id, true, 'Welcome!')).toEqual({
			kind: 'saved',
			status: 'active'
		});
		const detail = await mentorshipDetail(userDb(people.mentor), id);
		expect(detail?.status).toBe('active');
		expect(detail?.started_on).toMatch(/^\d{4}-\d\d-\d\d$/);
		expect(detail?.private?.decision_reason).toBe('Welcome!');
		expect(detail?.private?.events.map((e) => [e.status, e.note])).toEqual([
			['requested', null],
			['active', 'Welcome!']
		]);
		expect(detail?.private?.officers.map((o) => [o.side, o.is_lead, o.name])).toEqual([
			['mentee', true, 'Flows member'],
			['mentor', true, 'Flows mentor']
		]);
		const { data: mail } = await service()
			.from('outbox_emails')
			.select('to_email, purpose, subject')
			.eq('related_id', id)
			.eq('purpose', 'mentorship_decision');
		expect(mail).toEqual([
			{ to_email: people.member.email, purpose: 'mentorship_decision', subject: expect.any(String) }
		]);
		// Answered once: a second answer finds it no longer open.
		expect(await decideMentorship(people.mentor, id, false, 'No')).toEqual({
			kind: 'not_open',
			current: 'active'
		});
	});

	it('once running, is public: anyone reads the pairing, never the brief or who asked', async () => {
		const { data, error } = await anon().from('mentorships').select('id, status').eq('id', id);
		expect(error).toBeNull();
		expect(data).toEqual([{ id, status: 'active' }]);
		const brief = await anon().from('mentorship_briefs').select('need_markdown');
		expect(brief.error?.code).toBe('42501');
		const asked = await anon().from('mentorships').select('requested_at').eq('id', id);
		expect(asked.error?.code).toBe('42501');
		const publicDetail = await mentorshipDetail(publicDb(), id);
		expect(publicDetail).toMatchObject({ id, status: 'active', private: null });
		// A third city reads the pairing too, and still none of its private parts.
		expect(await visibleRows(people.outsider, id)).toEqual([1, 0, 0, 0]);
		expect(await mentorshipDetail(userDb(people.outsider), id)).toMatchObject({
			id,
			private: null
		});
	});

	it('is recorded in the audit log with who made each write', async () => {
		const { data } = await service()
			.from('audit_log')
			.select('action, actor_id, summary')
			.eq('entity', 'mentorships')
			.eq('entity_id', id)
			.order('created_at');
		expect(data?.map((row) => [row.action, row.actor_id])).toEqual([
			['insert', people.member.id],
			['update', people.mentor.id]
		]);
		expect(data?.[1].summary).toMatch(/status/);
		const { count } = await service()
			.from('audit_log')
			.select('id', { count: 'exact', head: true })
			.eq('entity', 'mentorship_briefs')
			.eq('entity_id', id);
		expect(count).toBeGreaterThanOrEqual(2);
	});
});

describe('capacity', () => {
	it('refuses an accept beyond it', async () => {
		const first = await ask(people.member, people.fullMentor);
		expect((await decideMentorship(people.fullMentor, first, true, '')).kind).toBe('saved');
		const second = await ask(people.member2, people.fullMentor, 'satna');
		expect(await decideMentorship(people.fullMentor, second, true, '')).toEqual({
			kind: 'full',
			capacity: 1
		});
		expect(await statusOf(second)).toBe('requested');
	});

	it('holds when two accepts arrive at once: only one fits', async () => {
		const a = await ask(people.member, people.raceMentor);
		const b = await ask(people.member2, people.raceMentor, 'satna');
		const results = await Promise.all([
			decideMentorship(people.raceMentor, a, true, ''),
			decideMentorship(people.raceMentor, b, true, '')
		]);
		expect(results.map((r) => r.kind).sort()).toEqual(['full', 'saved']);
		const statuses = [await statusOf(a), await statusOf(b)].sort();
		expect(statuses).toEqual(['active', 'requested']);
	});
});

describe('withdrawing', () => {
	it('is for the mentee city: the mentor may not, a third city finds nothing', async () => {
		const id = await ask(people.member2, people.mentor, 'satna');
		expect(
			(await openRequestsOf(userDb(people.member2), cityIds.satna)).map((m) => m.id)
		).toContain(id);
		expect(await changeMentorshipStatus(people.mentor, id, 'withdraw')).toEqual({
			kind: 'forbidden'
		});
		expect(await changeMentorshipStatus(people.outsider, id, 'withdraw')).toEqual({
			kind: 'not_found'
		});
		expect(
			await changeMentorshipStatus(people.member2, id, 'withdraw', { note: 'Found help' })
		).toEqual({ kind: 'saved' });
		expect(await statusOf(id)).toBe('withdrawn');
		expect(
			(await openRequestsOf(userDb(people.member2), cityIds.satna)).map((m) => m.id)
		).not.toContain(id);
		// A withdrawn request is no longer answered.
		expect(await decideMentorship(people.mentor, id, true, '')).toEqual({
			kind: 'not_open',
			current: 'withdrawn'
		});
	});
});

describe('proposals and lists', () => {
	it('lets an admin propose a pairing (mailed to the mentor), and nobody else', async () => {
		const proposal = await requestMentorship(people.admin, input(people.mentor, 'kota'), {
			propose: true
		});
		expect(proposal.kind).toBe('created');
		if (proposal.kind !== 'created') return;
		expect(await statusOf(proposal.id)).toBe('proposed');
		const { count } = await service()
			.from('outbox_emails')
			.select('id', { count: 'exact', head: true })
			.eq('related_id', proposal.id)
			.eq('purpose', 'mentorship_request');
		expect(count).toBe(1);
		// (Satna's request to Bhopal was withdrawn above: only the rules stand in the way.)
		const byMember = await requestMentorship(people.member2, input(people.mentor, 'satna'), {
			propose: true
		});
		expect(byMember).toEqual({ kind: 'forbidden' });
		// The same two cities cannot have two open requests.
		expect(await requestMentorship(people.outsider, input(people.mentor, 'kota'))).toEqual({
			kind: 'duplicate'
		});
	});

	it('list what the caller may see, filtered and paged', async () => {
		const mine = await listMentorships(
			userDb(people.member),
			{ city: 'ujjain' },
			{ page: 1, perPage: 100 }
		);
		expect(mine.mentorships.every((m) => m.mentee_city.slug === 'ujjain')).toBe(true);
		expect(mine.mentorships.map((m) => m.status)).toContain('active');
		const requested = await listMentorships(
			userDb(people.admin),
			{ status: 'requested' },
			{ page: 1, perPage: 2 }
		);
		expect(requested.mentorships.length).toBeLessThanOrEqual(2);
		expect(requested.mentorships.every((m) => m.status === 'requested')).toBe(true);
		expect(requested.total).toBeGreaterThanOrEqual(requested.mentorships.length);
		const past = await listMentorships(
			publicDb(),
			{ programme: 'sister-cities-2020' },
			{ page: 1, perPage: 100 }
		);
		expect(past.total).toBe(14);
		expect(past.mentorships.every((m) => m.status === 'completed' && m.mentor === null)).toBe(true);
		const beyond = await listMentorships(publicDb(), {}, { page: 1000, perPage: 100 });
		expect(beyond.mentorships).toEqual([]);
	});
});

describe('suggestion inputs', () => {
	it('load the mentors with their cities, practices and running pairings, and explain the ranking', async () => {
		const inputs = await loadSuggestionInputs(userDb(people.member), 'ujjain');
		expect(inputs?.mentee).toMatchObject({ slug: 'ujjain', zonalCouncil: 'central' });
		const bhopal = inputs?.candidates.find((c) => c.mentor.id === people.mentor.id);
		expect(bhopal).toMatchObject({
			mentor: { capacity: 3, activeMentorships: 1, sectors: ['public-safety'] },
			city: { slug: 'bhopal', zonalCouncil: 'central' },
			alreadyWorkingTogether: true
		});
		expect(inputs?.names.sectors['public-safety']).toEqual({
			en: expect.any(String),
			hi: expect.stringMatching(/[\u0900-\u097F]/)
		});
		const rajkot = inputs?.candidates.find((c) => c.city.slug === 'rajkot');
		if (rajkot) {
			expect(rajkot.city.componentsInUse.length).toBeGreaterThan(0);
			expect(rajkot.city.publishedPractices.length).toBeGreaterThan(0);
		}
		expect(await loadSuggestionInputs(userDb(people.member), 'atlantis')).toBeNull();

		const ranked = await suggestMentors(
			userDb(people.member),
			'ujjain',
			{ sectors: ['public-safety'], components: ['cctv-surveillance'] },
			'hi'
		);
		expect(ranked?.length).toBeGreaterThan(0);
		const full = ranked?.find((s) => s.mentor.id === people.fullMentor.id);
		expect(full?.full).toBe(true);
		expect(ranked?.at(-1)?.full).toBe(true);
		for (const suggestion of ranked ?? []) {
			expect(suggestion.score).toBeGreaterThanOrEqual(0);
			expect(suggestion.score).toBeLessThanOrEqual(100);
			for (const reason of suggestion.reasons) expect(reason.text).not.toBe('');
		}
	});
});
