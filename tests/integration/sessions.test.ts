// Sessions, action items, goals and check-ins on a mentorship, through the page's domain modules
// (as the signed-in user) and straight through PostgREST: either side schedules and records
// sessions while the mentorship runs, stale saves are refused, and a third city sees and writes
// none of it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { userDb } from '../../src/lib/server/db';
import { addActionItem, updateActionItem } from '../../src/lib/server/mentorship/action-items';
import { answerCheckin, listCheckins } from '../../src/lib/server/mentorship/checkins';
import { addGoal, listGoals, updateGoal } from '../../src/lib/server/mentorship/goals';
import { listPeople } from '../../src/lib/server/mentorship/overview';
import { mentorshipPage } from '../../src/lib/server/mentorship/page';
import { getSession, saveSession, scheduleSession } from '../../src/lib/server/mentorship/sessions';
import { changeMentorshipStatus } from '../../src/lib/server/mentorship/mentorships';
import { mentorshipWork } from '../../src/lib/server/mentorship/work';
import { service } from './clients';

const run = Date.now();
const HOUR = 60 * 60 * 1000;

async function cityOf(slug: string) {
	const { data } = await service()
		.from('cities')
		.select('id, slug, name')
		.eq('slug', slug)
		.single();
	if (!data) throw new Error(`no city ${slug}`);
	return data;
}

async function makeUser(
	label: string,
	role: Enums<'app_role'>,
	city: string | null
): Promise<SessionUser> {
	const email = `${label}.${run}@sessions.test`;
	const found = city ? await cityOf(city) : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name: `Test ${label}`, role, city_id: found?.id ?? null })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	return {
		id: data.id,
		email,
		name: `Test ${label}`,
		designation: null,
		role,
		cityId: found?.id ?? null,
		city: found ? { slug: found.slug, name: found.name } : null
	};
}

const people = {} as Record<'mentor' | 'colleague' | 'member' | 'outsider' | 'admin', SessionUser>;

/** A mentorship Kakinada → Tirupati, made as system work in the status given. */
async function mentorship(status: Enums<'mentorship_status'>): Promise<string> {
	const db = service();
	const [mentorCity, menteeCity, programme] = await Promise.all([
		cityOf('kakinada'),
		cityOf('tirupati'),
		db.from('programmes').select('id').eq('slug', 'national-iccc-mentorship').single()
	]);
	const { data, error } = await db
		.from('mentorships')
		.insert({
			programme_id: programme.data?.id as string,
			mentor_city_id: mentorCity.id,
			mentee_city_id: menteeCity.id,
			lead_mentor_id: people.mentor.id,
			sectors: ['public-safety'],
			components: [],
			status,
			started_on: status === 'active' ? '2026-10-01' : null
		})
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not make a mentorship: ${error?.message}`);
	const brief = await db
		.from('mentorship_briefs')
		.insert({ mentorship_id: data.id, need_markdown: 'Help us link cameras.' });
	if (brief.error) throw new Error(brief.error.message);
	const officers = await db.from('mentorship_officers').insert([
		{ mentorship_id: data.id, user_id: people.member.id, side: 'mentee', is_lead: true },
		{ mentorship_id: data.id, user_id: people.mentor.id, side: 'mentor', is_lead: true }
	]);
	if (officers.error) throw new Error(officers.error.message);
	return data.id;
}

let active: string;
let requested: string;

beforeAll(async () => {
	people.mentor = await makeUser('mentor', 'mentor', 'kakinada');
	people.colleague = await makeUser('colleague', 'city_member', 'kakinada');
	people.member = await makeUser('member', 'city_member', 'tirupati');
	people.outsider = await makeUser('outsider', 'city_member', 'guwahati');
	people.admin = await makeUser('admin', 'mission_admin', null);
	active = await mentorship('active');
	requested = await mentorship('requested');
});

const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

const session = (overrides: Record<string, unknown> = {}) => ({
	title: 'Camera linking plan',
	starts_at: inHours(24 * 7),
	duration_minutes: 60,
	mode: 'online' as const,
	location: null,
	meeting_url: 'https://meet.example.org/kakinada-tirupati',
	agenda: '1. Cameras',
	attendees: [people.member.id, people.mentor.id],
	guests: [{ name: 'A. Consultant', designation: 'GIS consultant' }],
	...overrides
});

async function scheduled(by: SessionUser, overrides: Record<string, unknown> = {}) {
	const result = await scheduleSession(by, active, session(overrides));
	if (result.kind !== 'saved') throw new Error(`scheduling failed: ${JSON.stringify(result)}`);
	return result.session;
}

describe('sessions', () => {
	it('are scheduled, edited and recorded as held by either side, version and sequence rising', async () => {
		// The mentee side schedules one that started an hour ago (recorded afterwards).
		const first = await scheduled(people.member, { starts_at: inHours(-1) });
		expect(first).toMatchObject({ version: 1, sequence: 0, status: 'scheduled' });
		expect(first.attendees).toEqual([people.member.id, people.mentor.id].sort());
		expect(first.guests).toEqual([{ name: 'A. Consultant', designation: 'GIS consultant' }]);

		// The mentor side edits it and records it as held with notes.
		const edited = await saveSession(people.mentor, first.id, 1, { title: 'Camera plan, part 1' });
		expect(edited.kind).toBe('saved');
		if (edited.kind !== 'saved') return;
		expect(edited.session).toMatchObject({ title: 'Camera plan, part 1', version: 2, sequence: 1 });
		// Attendees and guests not sent stay as they were.
		expect(edited.session.guests).toHaveLength(1);

		const held = await saveSession(people.mentor, first.id, 2, {
			status: 'held',
			notes: 'Rajkot-style category list agreed.'
		});
		expect(held.kind).toBe('saved');
		if (held.kind !== 'saved') return;
		expect(held.session).toMatchObject({
			status: 'held',
			notes_markdown: 'Rajkot-style category list agreed.',
			version: 3,
			sequence: 2
		});

		// A colleague of the mentor city (a city member, not a mentor) works on it too.
		const colleague = await scheduled(people.colleague);
		expect(colleague.version).toBe(1);
	});

	it('refuse a save from a version someone replaced, answering with the current session', async () => {
		const s = await scheduled(people.member);
		expect((await saveSession(people.member, s.id, 1, { agenda: 'Ours' })).kind).toBe('saved');
		const stale = await saveSession(people.mentor, s.id, 1, { agenda: 'Theirs' });
		expect(stale.kind).toBe('conflict');
		if (stale.kind !== 'conflict') return;
		expect(stale.current).toMatchObject({ version: 2, agenda_markdown: 'Ours' });
		expect((await getSession(userDb(people.admin), s.id))?.agenda_markdown).toBe('Ours');
	});

	it('are cancelled with a new sequence, so calendars take the change', async () => {
		const s = await scheduled(people.mentor);
		const cancelled = await saveSession(people.mentor, s.id, 1, { status: 'cancelled' });
		expect(cancelled.kind === 'saved' && cancelled.session).toMatchObject({
			status: 'cancelled',
			version: 2,
			sequence: 1
		});
	});

	it('are not recorded as held before they start', async () => {
		const s = await scheduled(people.member);
		const result = await saveSession(people.member, s.id, 1, { status: 'held', notes: 'Too soon' });
		expect(result).toMatchObject({ kind: 'invalid', field: 'status' });
		const direct = await userDb(people.member)
			.from('mentorship_sessions')
			.update({ status: 'held' })
			.eq('id', s.id);
		expect(direct.error?.code).toBe('22023');
		expect((await getSession(userDb(people.member), s.id))?.status).toBe('scheduled');
	});

	it('take attendees from the two cities only, however they are written', async () => {
		const refused = await scheduleSession(
			people.member,
			active,
			session({ attendees: [people.member.id, people.outsider.id] })
		);
		expect(refused).toMatchObject({ kind: 'invalid', field: 'attendees' });
		const s = await scheduled(people.member);
		const direct = await userDb(people.member)
			.from('session_attendees')
			.insert({ session_id: s.id, user_id: people.outsider.id });
		expect(direct.error?.code).toBe('22023');
		const own = await userDb(people.member)
			.from('session_attendees')
			.insert({ session_id: s.id, user_id: people.colleague.id });
		expect(own.error).toBeNull();
	});

	it('mail a change within the next 24 hours to the attendees, but not to who made it', async () => {
		const s = await scheduled(people.mentor, { starts_at: inHours(30) });
		const mails = async () =>
			(
				await service()
					.from('outbox_emails')
					.select('to_email, subject, body')
					.eq('purpose', 'session_change')
					.eq('related_id', s.id)
			).data ?? [];
		// Thirty hours away: calendar feeds will catch up in time.
		expect(await mails()).toEqual([]);
		const moved = await saveSession(people.mentor, s.id, 1, { starts_at: inHours(3) });
		expect(moved.kind).toBe('saved');
		const sent = await mails();
		expect(sent.map((m) => m.to_email)).toEqual([people.member.email]);
		expect(sent[0].subject).toContain('Camera linking plan');
		expect(sent[0].body).toMatch(/IST/);
		expect(sent[0].body).toMatch(/भारतीय समय/);
	});
});

describe('a city member of a mentorship that is not yet active', () => {
	it('may read it but not write to it', async () => {
		expect((await scheduleSession(people.member, requested, session())).kind).toBe('forbidden');
		expect(
			(
				await addActionItem(people.member, requested, {
					title: 'Too early',
					owner_id: people.member.id,
					due_on: '2027-01-15'
				})
			).kind
		).toBe('forbidden');
		expect(
			(await addGoal(people.member, requested, { text: 'Too early', practices: [] })).kind
		).toBe('forbidden');
		const page = await mentorshipPage(people.member, requested);
		expect(page.kind === 'inside' && page.access).toBe('read');
	});
});

describe('action items', () => {
	it('are owned by an officer of either city, and closed with a comment and a time', async () => {
		const outsiderOwned = await addActionItem(people.member, active, {
			title: 'List cameras',
			owner_id: people.outsider.id,
			due_on: '2027-01-15'
		});
		expect(outsiderOwned).toMatchObject({ kind: 'invalid', field: 'owner_id' });

		const added = await addActionItem(people.member, active, {
			title: 'List cameras',
			owner_id: people.mentor.id,
			due_on: '2027-01-15'
		});
		expect(added.kind).toBe('created');
		if (added.kind !== 'created') return;
		expect(added.item).toMatchObject({ status: 'open', version: 1, closed_at: null });

		const stale = await updateActionItem(people.mentor, added.item.id, { status: 'done' }, 7);
		expect(stale).toMatchObject({ kind: 'conflict', current: { version: 1 } });

		const closed = await updateActionItem(
			people.mentor,
			added.item.id,
			{ status: 'done', closing_comment: 'Sent the list.' },
			1
		);
		expect(closed.kind).toBe('saved');
		if (closed.kind !== 'saved') return;
		expect(closed.item).toMatchObject({
			status: 'done',
			closing_comment: 'Sent the list.',
			version: 2
		});
		expect(closed.item.closed_at).not.toBeNull();
		// Without a version, the change applies to the item as it is.
		const reopened = await updateActionItem(people.member, added.item.id, { status: 'open' });
		expect(reopened.kind === 'saved' && reopened.item).toMatchObject({
			status: 'open',
			closed_at: null,
			version: 3
		});
	});
});

describe('goals', () => {
	it('link practices by slug and are marked', async () => {
		const { data: practice } = await service()
			.from('practices')
			.select('slug, title')
			.eq('status', 'published')
			.limit(1)
			.single();
		if (!practice) throw new Error('no published practice');
		const unknown = await addGoal(people.mentor, active, {
			text: 'Link cameras',
			practices: ['no-such-practice']
		});
		expect(unknown).toEqual({ kind: 'unknown_practices', slugs: ['no-such-practice'] });
		const added = await addGoal(people.mentor, active, {
			text: 'Link cameras',
			practices: [practice.slug]
		});
		expect(added.kind).toBe('saved');
		if (added.kind !== 'saved') return;
		expect(
			await updateGoal(people.member, {
				id: added.id,
				status: 'achieved',
				practices: [practice.slug]
			})
		).toEqual({ kind: 'saved', id: added.id });
		const goal = (await listGoals(userDb(people.member), active)).find((g) => g.id === added.id);
		expect(goal).toMatchObject({
			status: 'achieved',
			practices: [{ slug: practice.slug, title: practice.title }]
		});
		expect(
			await updateGoal(people.outsider, { id: added.id, status: 'dropped', practices: [] })
		).toEqual({ kind: 'not_found' });
	});
});

describe('check-ins', () => {
	it('are answered once per side and read by that side and the admins only', async () => {
		const head = { id: active, ...(await headOf(active)) };
		expect(
			await answerCheckin(people.member, head, {
				stage: 'midpoint',
				rating: 4,
				worked: 'Clear plan',
				did_not_work: ''
			})
		).toEqual({ kind: 'saved' });
		expect(
			await answerCheckin(people.member, head, {
				stage: 'midpoint',
				rating: 2,
				worked: '',
				did_not_work: ''
			})
		).toEqual({ kind: 'answered' });
		expect(
			await answerCheckin(people.mentor, head, {
				stage: 'midpoint',
				rating: 5,
				worked: 'Keen team',
				did_not_work: 'Slow approvals'
			})
		).toEqual({ kind: 'saved' });
		// Admins have no side to answer for.
		expect(
			(
				await answerCheckin(people.admin, head, {
					stage: 'midpoint',
					rating: 3,
					worked: '',
					did_not_work: ''
				})
			).kind
		).toBe('forbidden');

		const sides = async (who: SessionUser) =>
			(await listCheckins(userDb(who), active)).map((c) => c.side).sort();
		expect(await sides(people.member)).toEqual(['mentee']);
		expect(await sides(people.mentor)).toEqual(['mentor']);
		expect(await sides(people.colleague)).toEqual(['mentor']);
		expect(await sides(people.admin)).toEqual(['mentee', 'mentor']);
		expect(await sides(people.outsider)).toEqual([]);

		// Nobody answers for the other side, even straight through PostgREST.
		const forged = await userDb(people.member).from('mentorship_checkins').insert({
			mentorship_id: active,
			side: 'mentor',
			stage: 'close',
			rating: 1,
			author_id: people.member.id
		});
		expect(forged.error?.code).toBe('42501');
	});
});

async function headOf(id: string) {
	const { data } = await service()
		.from('mentorships')
		.select('mentor_city_id, mentee_city_id, status')
		.eq('id', id)
		.single();
	if (!data) throw new Error(`no mentorship ${id}`);
	return data;
}

describe('a member of a third city', () => {
	it('sees no row of the private parts through PostgREST', async () => {
		// Make sure there is something to hide.
		const s = await scheduled(people.member);
		await addActionItem(people.member, active, {
			title: 'Hidden',
			owner_id: people.member.id,
			due_on: '2027-01-15'
		});
		await addGoal(people.member, active, { text: 'Hidden goal', practices: [] });
		const db = userDb(people.outsider);
		const count = async (
			table:
				| 'mentorship_sessions'
				| 'action_items'
				| 'mentorship_goals'
				| 'mentorship_checkins'
				| 'mentorship_briefs'
		) =>
			(
				await db
					.from(table)
					.select('mentorship_id', { count: 'exact', head: true })
					.eq('mentorship_id', active)
			).count;
		expect(await count('mentorship_sessions')).toBe(0);
		expect(await count('action_items')).toBe(0);
		expect(await count('mentorship_goals')).toBe(0);
		expect(await count('mentorship_checkins')).toBe(0);
		expect(await count('mentorship_briefs')).toBe(0);
		const attendees = await db
			.from('session_attendees')
			.select('user_id', { count: 'exact', head: true })
			.eq('session_id', s.id);
		expect(attendees.count).toBe(0);
		const guests = await db
			.from('session_guests')
			.select('id', { count: 'exact', head: true })
			.eq('session_id', s.id);
		expect(guests.count).toBe(0);
		expect(await listPeople(db, active)).toEqual([]);
		expect(await mentorshipWork(db, active)).toEqual({ goals: [], sessions: [], action_items: [] });
	});

	it('cannot write any of them', async () => {
		const s = await scheduled(people.member);
		const db = userDb(people.outsider);
		expect((await scheduleSession(people.outsider, active, session({ attendees: [] }))).kind).toBe(
			'not_found'
		);
		expect((await saveSession(people.outsider, s.id, 1, { title: 'Mine' })).kind).toBe('not_found');
		const inserts = await Promise.all([
			db.from('mentorship_sessions').insert({
				mentorship_id: active,
				title: 'Mine',
				starts_at: inHours(48),
				duration_minutes: 30,
				mode: 'phone'
			}),
			db.from('session_attendees').insert({ session_id: s.id, user_id: people.outsider.id }),
			db.from('session_guests').insert({ session_id: s.id, name: 'Intruder' }),
			db.from('action_items').insert({
				mentorship_id: active,
				title: 'Mine',
				owner_id: people.member.id,
				due_on: '2027-01-01'
			}),
			db.from('mentorship_goals').insert({ mentorship_id: active, text: 'Mine' }),
			db.from('mentorship_checkins').insert({
				mentorship_id: active,
				side: 'mentee',
				stage: 'midpoint',
				rating: 1,
				author_id: people.outsider.id
			})
		]);
		for (const insert of inserts) expect(insert.error).not.toBeNull();
		const updates = await db
			.from('mentorship_sessions')
			.update({ title: 'Mine' })
			.eq('id', s.id)
			.select('id');
		expect(updates.data ?? []).toEqual([]);
		expect((await getSession(userDb(people.member), s.id))?.title).toBe('Camera linking plan');
	});

	it('sees the public page of a running pairing, and nothing of a request', async () => {
		expect((await mentorshipPage(people.outsider, active)).kind).toBe('public');
		expect((await mentorshipPage(people.outsider, requested)).kind).toBe('not_found');
		expect((await mentorshipPage(null, requested)).kind).toBe('not_found');
		expect((await mentorshipPage(null, active)).kind).toBe('public');
	});
});

describe('the people of a mentorship', () => {
	it('name both sides to its readers, never with an email', async () => {
		const named = await listPeople(userDb(people.member), active);
		const byId = new Map(named.map((p) => [p.id, p]));
		expect(byId.get(people.mentor.id)).toEqual({
			id: people.mentor.id,
			name: 'Test mentor',
			designation: null,
			side: 'mentor',
			can_take_part: true
		});
		expect(byId.get(people.member.id)?.side).toBe('mentee');
		expect(byId.has(people.outsider.id)).toBe(false);
		expect(JSON.stringify(named)).not.toContain('@');
	});
});

describe('pausing and completing', () => {
	it('move a running mentorship on, with a closing summary for the two cities', async () => {
		const id = await mentorship('active');
		expect(await changeMentorshipStatus(people.member, id, 'pause', { note: 'Elections' })).toEqual(
			{ kind: 'saved' }
		);
		// A third city may see that the pairing runs, but not touch it.
		expect(await changeMentorshipStatus(people.outsider, id, 'resume')).toEqual({
			kind: 'not_found'
		});
		expect(await changeMentorshipStatus(people.mentor, id, 'resume')).toEqual({ kind: 'saved' });
		expect(
			await changeMentorshipStatus(people.mentor, id, 'complete', {
				closingSummary: 'Cameras linked in two departments.'
			})
		).toEqual({ kind: 'saved' });
		const page = await mentorshipPage(people.member, id);
		expect(page.kind === 'inside' && page.parts?.closing_summary).toBe(
			'Cameras linked in two departments.'
		);
		expect(page.kind === 'inside' && page.parts?.events.map((e) => e.status)).toEqual([
			'active',
			'paused',
			'active',
			'completed'
		]);
		expect(page.kind === 'inside' && page.access).toBe('read');
	});
});
