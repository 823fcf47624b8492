// Calendars, scheduled mail, the dashboard and the handover list against the real stack. Every
// calendar file is parsed back with ical.js. The jobs are driven with `now`, run twice and
// twice at once, and must send each message once. Mentor city Nagpur, mentee city Nashik, a
// third city Thane; other cities for one mentorship each.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { changeUserRole, setUserStatus } from '../../src/lib/server/accounts/user-admin';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { userDb } from '../../src/lib/server/db';
import { sessionIcs } from '../../src/lib/server/mentorship/calendar-sessions';
import { loadDashboard } from '../../src/lib/server/mentorship/dashboard';
import {
	createFeed,
	currentFeed,
	feedIcs,
	revokeFeeds
} from '../../src/lib/server/mentorship/feeds';
import {
	handoverList,
	reassignActionItem,
	reassignLead
} from '../../src/lib/server/mentorship/handover';
import { addDays, istDay, istDayStart } from '../../src/lib/server/mentorship/ist-days';
import { saveNotificationSettings } from '../../src/lib/server/mentorship/notification-settings';
import {
	expireRequests,
	notifyProgrammeEnding,
	nudgeQuietMentorships,
	nudgeUnansweredRequests,
	sendActionDigests,
	sendSessionReminders
} from '../../src/lib/server/mentorship/nudges';
import { claimRun } from '../../src/lib/server/mentorship/jobs';
import { service } from './clients';

const run = Date.now();
const DAY = 86_400_000;
const ORIGIN = 'https://citysetu.test';
const options = { origin: ORIGIN, locale: 'en' as const };
const realNow = new Date();
const today = istDay(realNow);
/** Today at 10:00 IST: reminders and digests go out from 07:00. */
const morning = new Date(istDayStart(today).getTime() + 10 * 3600_000);
const at = (day: string, hourIst: number) =>
	new Date(istDayStart(day).getTime() + hourIst * 3600_000).toISOString();
const KINDS = [
	'session_reminder',
	'action_digest',
	'request_unanswered',
	'request_expired',
	'no_first_session',
	'quiet_mentorship',
	'programme_ending'
];

const cityIds = new Map<string, { id: string; name: string }>();
async function city(slug: string) {
	if (!cityIds.has(slug)) {
		const { data } = await service().from('cities').select('id, name').eq('slug', slug).single();
		if (!data) throw new Error(`no city ${slug}`);
		cityIds.set(slug, data);
	}
	return cityIds.get(slug) as { id: string; name: string };
}

async function makeUser(
	label: string,
	role: Enums<'app_role'>,
	citySlug: string | null
): Promise<SessionUser> {
	const email = `${label}.${run}@calendar-jobs.test`;
	const c = citySlug ? await city(citySlug) : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name: `Test ${label}`, role, city_id: c?.id ?? null })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	if (role === 'mentor') {
		const { error: profileError } = await service()
			.from('mentor_profiles')
			.insert({ user_id: data.id, languages: ['hi', 'en'], is_public: true });
		if (profileError) throw new Error(profileError.message);
	}
	return {
		id: data.id,
		email,
		name: `Test ${label}`,
		designation: null,
		role,
		cityId: c?.id ?? null,
		city: citySlug && c ? { slug: citySlug, name: c.name } : null
	};
}

const made: { mentorships: string[]; programmes: string[] } = { mentorships: [], programmes: [] };
let programmeId = '';

/** An active (or other) mentorship between two cities, with its lead officers' periods. */
async function mentorship(
	mentorCity: string,
	menteeCity: string,
	officers: { mentor?: SessionUser; mentee?: SessionUser },
	fields: { status?: Enums<'mentorship_status'>; started_on?: string; programme_id?: string } = {}
): Promise<string> {
	const { data, error } = await service()
		.from('mentorships')
		.insert({
			programme_id: fields.programme_id ?? programmeId,
			mentor_city_id: (await city(mentorCity)).id,
			mentee_city_id: (await city(menteeCity)).id,
			lead_mentor_id: officers.mentor?.id ?? null,
			sectors: ['public-safety'],
			components: ['cctv-surveillance'],
			status: fields.status ?? 'active',
			started_on: fields.started_on ?? addDays(today, -40),
			requested_at: new Date(realNow.getTime() - 45 * DAY).toISOString()
		})
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create a mentorship: ${error?.message}`);
	made.mentorships.push(data.id);
	const periods = (['mentor', 'mentee'] as const).flatMap((side) => {
		const user = officers[side];
		return user ? [{ mentorship_id: data.id, user_id: user.id, side, is_lead: true }] : [];
	});
	if (periods.length > 0) {
		const { error: periodError } = await service().from('mentorship_officers').insert(periods);
		if (periodError) throw new Error(periodError.message);
	}
	return data.id;
}

/** A session written directly (any date, any status), with its attendees. */
async function session(
	mentorshipId: string,
	title: string,
	startsAt: string,
	status: Enums<'session_status'> = 'scheduled',
	attendees: SessionUser[] = []
): Promise<string> {
	const { data, error } = await service()
		.from('mentorship_sessions')
		.insert({
			mentorship_id: mentorshipId,
			title,
			starts_at: startsAt,
			duration_minutes: 60,
			mode: 'online',
			meeting_url: 'https://meet.example.org/test',
			status
		})
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create a session: ${error?.message}`);
	if (attendees.length > 0) {
		const { error: attendeeError } = await service()
			.from('session_attendees')
			.insert(attendees.map((a) => ({ session_id: data.id, user_id: a.id })));
		if (attendeeError) throw new Error(attendeeError.message);
	}
	return data.id;
}

async function actionItem(mentorshipId: string, owner: SessionUser, title: string, dueOn: string) {
	const { data, error } = await service()
		.from('action_items')
		.insert({ mentorship_id: mentorshipId, owner_id: owner.id, title, due_on: dueOn })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create an action item: ${error?.message}`);
	return data.id;
}

/** The mail queued about a subject, as (recipient, body) pairs, recipients sorted. */
async function mailAbout(kind: string, subjectId: string) {
	const { data, error } = await service()
		.from('outbox_emails')
		.select('to_email, subject, body')
		.eq('purpose', kind)
		.eq('related_id', subjectId)
		.order('to_email');
	if (error) throw new Error(error.message);
	return data ?? [];
}

/** The first event of an .ics text, parsed by ical.js. */
function parse(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

const people = {} as Record<
	| 'mentor'
	| 'colleague'
	| 'member'
	| 'optedOut'
	| 'outsider'
	| 'admin'
	| 'mover'
	| 'leaver'
	| 'solapur'
	| 'aurangabad'
	| 'pimpri'
	| 'kalyan'
	| 'kota'
	| 'leadMentor'
	| 'madurai'
	| 'maduraiOwner',
	SessionUser
>;
let main = '';

beforeAll(async () => {
	const { data: programme } = await service()
		.from('programmes')
		.select('id')
		.eq('slug', 'national-iccc-mentorship')
		.single();
	programmeId = programme?.id ?? '';
	people.mentor = await makeUser('mentor', 'mentor', 'nagpur');
	people.colleague = await makeUser('colleague', 'mentor', 'nagpur');
	people.member = await makeUser('member', 'city_member', 'nashik');
	people.optedOut = await makeUser('quiet-please', 'city_member', 'nashik');
	people.mover = await makeUser('mover', 'city_member', 'nashik');
	people.leaver = await makeUser('leaver', 'city_member', 'nashik');
	people.outsider = await makeUser('outsider', 'city_member', 'thane');
	people.admin = await makeUser('admin', 'mission_admin', null);
	people.solapur = await makeUser('solapur', 'city_member', 'solapur');
	people.aurangabad = await makeUser('aurangabad', 'city_member', 'aurangabad');
	people.pimpri = await makeUser('pimpri', 'city_member', 'pimpri-chinchwad');
	people.kalyan = await makeUser('kalyan', 'city_member', 'kalyan-dombivli');
	people.kota = await makeUser('kota', 'city_member', 'kota');
	people.leadMentor = await makeUser('lead', 'mentor', 'nagpur');
	people.madurai = await makeUser('madurai', 'city_member', 'madurai');
	people.maduraiOwner = await makeUser('madurai-owner', 'city_member', 'madurai');
	main = await mentorship('nagpur', 'nashik', { mentor: people.mentor, mentee: people.member });
});

afterAll(async () => {
	// Leave no queued mail behind for other tests' outbox runs, nor mentorships or programmes.
	await service().from('outbox_emails').delete().in('purpose', KINDS).is('sent_at', null);
	if (made.mentorships.length > 0) {
		await service().from('mentorships').delete().in('id', made.mentorships);
	}
	if (made.programmes.length > 0) {
		await service().from('programmes').delete().in('id', made.programmes);
	}
});

describe('a session as an .ics file', () => {
	it('keeps its UID through edits, raises SEQUENCE, and carries STATUS:CANCELLED once cancelled', async () => {
		const startsAt = at(addDays(today, 20), 15.5);
		const saved = await userDb(people.member).rpc('save_session', {
			p: {
				mentorship_id: main,
				title: 'Camera linking, part two',
				starts_at: startsAt,
				duration_minutes: 90,
				mode: 'online',
				meeting_url: 'https://meet.example.org/nagpur-nashik',
				agenda: '1. **Hospitals** first\n2. Schools',
				// save_session checks attendees as the caller, who sees only their own city's
				// officers: the mentor is added below.
				attendees: [people.member.id],
				guests: [{ name: 'A consultant', designation: 'GIS expert' }]
			}
		});
		expect(saved.error).toBeNull();
		const { id, version } = saved.data as { id: string; version: number };
		await service().from('session_attendees').insert({ session_id: id, user_id: people.mentor.id });

		const first = await sessionIcs(people.member, id, options);
		expect(first).not.toBeNull();
		const [event] = parse(first ?? '').events;
		const uid = event.getFirstPropertyValue('uid');
		expect(uid).toBe(`session-${id}@citysetu.test`);
		const sequence = Number(event.getFirstPropertyValue('sequence'));
		const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
		expect(start.toJSDate().toISOString()).toBe(new Date(startsAt).toISOString());
		const description = String(event.getFirstPropertyValue('description'));
		expect(description).toContain('Hospitals');
		expect(description).not.toContain('**');
		expect(description).toContain('https://meet.example.org/nagpur-nashik');
		expect(description).toContain('A consultant (GIS expert)');
		// The other city's mentor is named from the mentor directory; never an e-mail address.
		expect(description).toContain('Test member');
		expect(description).toContain('Test mentor');
		expect(first).not.toContain('@calendar-jobs.test');

		const edited = await userDb(people.mentor).rpc('save_session', {
			p: { id, version, title: 'Camera linking, part two (moved)', starts_at: startsAt }
		});
		expect((edited.data as { status: string }).status).toBe('saved');
		const [second] = parse((await sessionIcs(people.member, id, options)) ?? '').events;
		expect(second.getFirstPropertyValue('uid')).toBe(uid);
		expect(Number(second.getFirstPropertyValue('sequence'))).toBeGreaterThan(sequence);
		expect(String(second.getFirstPropertyValue('summary'))).toContain('(moved)');

		const cancelled = await userDb(people.member).rpc('save_session', {
			p: { id, version: (edited.data as { version: number }).version, status: 'cancelled' }
		});
		expect((cancelled.data as { status: string }).status).toBe('saved');
		const [third] = parse((await sessionIcs(people.mentor, id, options)) ?? '').events;
		expect(third.getFirstPropertyValue('uid')).toBe(uid);
		expect(third.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(Number(third.getFirstPropertyValue('sequence'))).toBeGreaterThan(
			Number(second.getFirstPropertyValue('sequence'))
		);
	});

	it('is nothing (404) for a member of a third city, an unknown id or a malformed one', async () => {
		const id = await session(main, 'Private planning', at(addDays(today, 9), 11));
		expect(await sessionIcs(people.member, id, options)).not.toBeNull();
		expect(await sessionIcs(people.outsider, id, options)).toBeNull();
		expect(await sessionIcs(people.member, crypto.randomUUID(), options)).toBeNull();
		expect(await sessionIcs(people.member, 'not-a-uuid', options)).toBeNull();
	});
});

describe('a personal calendar feed', () => {
	it('lists only the owner’s mentorships’ sessions from 90 days back, refreshed hourly, and marks itself used', async () => {
		const recent = await session(main, 'Held sixty days ago', at(addDays(today, -60), 11), 'held');
		const old = await session(
			main,
			'Held a hundred days ago',
			at(addDays(today, -100), 11),
			'held'
		);
		const next = await session(main, 'Next week', at(addDays(today, 7), 11));
		const elsewhere = await mentorship('nagpur', 'thane', { mentor: people.colleague });
		const other = await session(elsewhere, 'Someone else’s session', at(addDays(today, 3), 11));

		const token = await createFeed(people.member);
		expect(token.length).toBeGreaterThanOrEqual(32);
		const ics = await feedIcs(token, { ...options, now: realNow });
		expect(ics).not.toBeNull();
		const { calendar, events } = parse(ics ?? '');
		expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
		expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
		const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
		const uid = (id: string) => `session-${id}@citysetu.test`;
		expect(uids).toContain(uid(recent));
		expect(uids).toContain(uid(next));
		expect(uids).not.toContain(uid(old));
		expect(uids).not.toContain(uid(other));
		// The demo mentorship of Rajkot and Sagar is not Nashik's either.
		for (const event of events) {
			expect(String(event.getFirstPropertyValue('summary'))).toMatch(/Nagpur with Nashik/);
		}
		expect((await currentFeed(people.member))?.last_used_at).not.toBeNull();
		// The token is stored only as its hash.
		const { data: stored } = await service().from('calendar_feeds').select('token_hash');
		expect(JSON.stringify(stored)).not.toContain(token);
	});

	it('answers nothing (404) once revoked, or for an unknown token', async () => {
		const token = await createFeed(people.member);
		const replaced = await createFeed(people.member);
		expect(await feedIcs(token, options)).toBeNull();
		expect(await feedIcs(replaced, options)).not.toBeNull();
		expect(await revokeFeeds(people.member)).toBe(1);
		expect(await feedIcs(replaced, options)).toBeNull();
		expect(await feedIcs('cscal_' + 'a'.repeat(32), options)).toBeNull();
		expect(await currentFeed(people.member)).toBeNull();
	});

	it('is revoked by the database when an admin transfers or deactivates its owner', async () => {
		const moved = await createFeed(people.mover);
		const left = await createFeed(people.leaver);
		expect(await feedIcs(moved, options)).not.toBeNull();
		await changeUserRole(people.admin, people.mover.id, 'city_member', (await city('thane')).id);
		await setUserStatus(people.admin, people.leaver.id, 'deactivated');
		expect(await feedIcs(moved, options)).toBeNull();
		expect(await feedIcs(left, options)).toBeNull();
		const { data } = await service()
			.from('calendar_feeds')
			.select('revoked_at')
			.in('user_id', [people.mover.id, people.leaver.id]);
		expect(data).toHaveLength(2);
		for (const row of data ?? []) expect(row.revoked_at).not.toBeNull();
	});
});

describe('scheduled mail', () => {
	beforeAll(async () => {
		await saveNotificationSettings(people.optedOut, {
			session_reminders: false,
			action_digest: false,
			nudges: true
		});
	});

	it('claims a run for one caller at a time', async () => {
		const job = `test-claim-${run}`;
		const claims = await Promise.all([claimRun(job, '1 hour'), claimRun(job, '1 hour')]);
		expect(claims.filter(Boolean)).toHaveLength(1);
		expect(await claimRun(job, '1 hour')).toBe(false);
		expect(await claimRun(job, '0 seconds')).toBe(true);
	});

	it('reminds attendees and both sides the day before a session, once, unless turned off', async () => {
		const tomorrow = await session(
			main,
			'Tomorrow’s review',
			at(addDays(today, 1), 11),
			'scheduled',
			[people.member, people.optedOut, people.mentor]
		);
		const dayAfter = await session(main, 'Not tomorrow', at(addDays(today, 2), 11));
		const night = new Date(istDayStart(today).getTime() + 2 * 3600_000);
		expect((await sendSessionReminders(night)).note).toMatch(/07:00/);
		await Promise.all([sendSessionReminders(morning), sendSessionReminders(morning)]);
		await sendSessionReminders(morning);
		const mail = await mailAbout('session_reminder', tomorrow);
		expect(mail.map((m) => m.to_email)).toEqual([people.member.email, people.mentor.email].sort());
		expect(mail[0].subject).toContain('Tomorrow’s review');
		expect(mail[0].body).toContain('IST');
		expect(await mailAbout('session_reminder', dayAfter)).toEqual([]);
	});

	it('sends each owner one digest a day of action items overdue or due within 3 days', async () => {
		await actionItem(main, people.member, 'Overdue list of cameras', addDays(today, -2));
		await actionItem(main, people.member, 'Draft the letter', addDays(today, 2));
		await actionItem(main, people.member, 'Later work', addDays(today, 10));
		await actionItem(main, people.optedOut, 'Muted item', addDays(today, -1));
		const results = await Promise.all([sendActionDigests(morning), sendActionDigests(morning)]);
		expect(results.every((r) => r.skipped >= 1)).toBe(true);
		await sendActionDigests(morning);
		const mine = await mailAbout('action_digest', people.member.id);
		expect(mine).toHaveLength(1);
		expect(mine[0].body).toContain('Overdue list of cameras');
		expect(mine[0].body).toContain('Draft the letter');
		expect(mine[0].body).not.toContain('Later work');
		expect(mine[0].subject).toContain('1 overdue, 1 due soon');
		expect(await mailAbout('action_digest', people.optedOut.id)).toEqual([]);
	});

	it('nudges the mentor about a request unanswered for 7 days, once', async () => {
		const { data: id } = await userDb(people.solapur).rpc('request_mentorship', {
			p: {
				mentee_city: 'solapur',
				mentor_id: people.mentor.id,
				sectors: ['public-safety'],
				components: [],
				need: 'Help with our command centre.'
			}
		});
		const request = id ?? '';
		made.mentorships.push(request);
		await service()
			.from('mentorships')
			.update({ requested_at: new Date(realNow.getTime() - 8 * DAY).toISOString() })
			.eq('id', request);
		await Promise.all([nudgeUnansweredRequests(realNow), nudgeUnansweredRequests(realNow)]);
		await nudgeUnansweredRequests(realNow);
		const mail = await mailAbout('request_unanswered', request);
		expect(mail.map((m) => m.to_email)).toEqual([people.mentor.email]);
		expect(mail[0].body).toContain(`/mentorships/${request}`);

		// The mentor sees it on the dashboard, with the day it expires.
		const board = await loadDashboard(people.mentor, realNow);
		const card = board.requests?.find((r) => r.id === request);
		expect(card).toMatchObject({
			mentee: { slug: 'solapur', name: 'Solapur' },
			mentor: { slug: 'nagpur', name: 'Nagpur' }
		});
		expect(card?.expiresOn).toBe(addDays(istDay(new Date(realNow.getTime() - 8 * DAY)), 10));
	});

	it('expires a request after 10 days and tells the requester where to find the next suggestions', async () => {
		const { data: id } = await userDb(people.aurangabad).rpc('request_mentorship', {
			p: {
				mentee_city: 'aurangabad',
				mentor_id: people.mentor.id,
				sectors: ['mobility'],
				components: [],
				need: 'Traffic signals.'
			}
		});
		const request = id ?? '';
		made.mentorships.push(request);
		await service()
			.from('mentorships')
			.update({ requested_at: new Date(realNow.getTime() - 11 * DAY).toISOString() })
			.eq('id', request);
		const [a, b] = await Promise.all([expireRequests(realNow), expireRequests(realNow)]);
		expect(a.expired + b.expired).toBeGreaterThanOrEqual(1);
		await expireRequests(realNow);
		const { data } = await service()
			.from('mentorships')
			.select('status')
			.eq('id', request)
			.single();
		expect(data?.status).toBe('expired');
		const mail = await mailAbout('request_expired', request);
		expect(mail.map((m) => m.to_email)).toEqual([people.aurangabad.email]);
		expect(mail[0].body).toContain('/mentorships/new');
	});

	it('nudges both sides when no first session follows acceptance, and after 30 quiet days', async () => {
		const fresh = await mentorship(
			'nagpur',
			'pimpri-chinchwad',
			{ mentor: people.mentor, mentee: people.pimpri },
			{ started_on: addDays(today, -20) }
		);
		// No officer on the mentee side: that city's officers hear of it instead.
		const quiet = await mentorship(
			'nagpur',
			'kalyan-dombivli',
			{ mentor: people.colleague },
			{ started_on: addDays(today, -70) }
		);
		await session(quiet, 'Long ago', at(addDays(today, -35), 11), 'held');
		await Promise.all([nudgeQuietMentorships(realNow), nudgeQuietMentorships(realNow)]);
		await nudgeQuietMentorships(realNow);
		expect((await mailAbout('no_first_session', fresh)).map((m) => m.to_email)).toEqual(
			[people.mentor.email, people.pimpri.email].sort()
		);
		expect(await mailAbout('quiet_mentorship', fresh)).toEqual([]);
		const nudged = await mailAbout('quiet_mentorship', quiet);
		expect(nudged.map((m) => m.to_email)).toEqual(
			[people.colleague.email, people.kalyan.email].sort()
		);
		expect(nudged[0].subject).toMatch(/^35 days without a session/);
		// The main mentorship has sessions planned: it is not quiet.
		expect(await mailAbout('quiet_mentorship', main)).toEqual([]);
	});

	it('tells the officers of a programme’s active mentorships that it ends within 30 days', async () => {
		const { data: programme } = await service()
			.from('programmes')
			.insert({
				slug: `ending-${run}`,
				name_en: 'A programme that ends',
				name_hi: 'समाप्त होता कार्यक्रम',
				status: 'active',
				starts_on: addDays(today, -300),
				ends_on: addDays(today, 20)
			})
			.select('id')
			.single();
		made.programmes.push(programme?.id ?? '');
		const ending = await mentorship(
			'nagpur',
			'kota',
			{ mentor: people.mentor, mentee: people.kota },
			{ programme_id: programme?.id }
		);
		await Promise.all([notifyProgrammeEnding(realNow), notifyProgrammeEnding(realNow)]);
		const mail = await mailAbout('programme_ending', ending);
		expect(mail.map((m) => m.to_email)).toEqual([people.mentor.email, people.kota.email].sort());
		expect(mail[0].subject).toContain('A programme that ends');
		// The main mentorship's programme does not end soon.
		expect(await mailAbout('programme_ending', main)).toEqual([]);
	});
});

describe('the dashboard', () => {
	it('shows the member’s next session, their overdue action item and practices on their topics', async () => {
		await session(main, 'Dashboard session', at(addDays(today, 4), 11));
		const board = await loadDashboard(people.member, realNow);
		expect(board.requests).toBeNull();
		expect(board.sessions.map((s) => s.title)).toContain('Dashboard session');
		for (const s of board.sessions) {
			expect(Date.parse(s.startsAt)).toBeGreaterThan(realNow.getTime());
		}
		const overdue = board.actions.overdue.find((a) => a.title === 'Overdue list of cameras');
		expect(overdue?.overdueDays).toBe(2);
		expect(board.actions.upcoming.map((a) => a.title)).toContain('Draft the letter');
		// Seeded practices on public safety were published when the stack started.
		expect(board.practices?.length).toBeGreaterThan(0);
		const admin = await loadDashboard(people.admin, realNow);
		expect(admin.practices).toBeNull();
		expect(admin.requests).not.toBeNull();
	});
});

describe('the handover list', () => {
	it('lists a transferred lead mentor and a deactivated owner, and reassigns them', async () => {
		const handed = await mentorship('nagpur', 'madurai', {
			mentor: people.leadMentor,
			mentee: people.madurai
		});
		const item = await actionItem(handed, people.maduraiOwner, 'Share the SOP draft', today);
		await changeUserRole(people.admin, people.leadMentor.id, 'mentor', (await city('karnal')).id);
		await setUserStatus(people.admin, people.maduraiOwner.id, 'deactivated');

		const list = await handoverList(people.admin);
		const lead = list.leads.find((l) => l.mentorshipId === handed && l.side === 'mentor');
		expect(lead?.officer).toMatchObject({
			id: people.leadMentor.id,
			reason: 'transferred',
			city: { slug: 'karnal', name: 'Karnal' }
		});
		const choices = lead?.candidates.map((c) => c.id) ?? [];
		expect(choices).toContain(people.colleague.id);
		expect(choices).not.toContain(people.leadMentor.id);
		expect(choices).not.toContain(people.madurai.id);
		expect(list.leads.some((l) => l.mentorshipId === main)).toBe(false);
		const owned = list.items.find((i) => i.id === item);
		expect(owned?.owner).toMatchObject({ id: people.maduraiOwner.id, reason: 'deactivated' });
		expect(owned?.candidates.map((c) => c.id)).toContain(people.madurai.id);

		expect(await reassignLead(people.admin, handed, 'mentor', people.outsider.id)).toBe('invalid');
		expect(await reassignLead(people.admin, handed, 'mentor', people.colleague.id)).toBe('saved');
		expect(await reassignActionItem(people.admin, item, people.outsider.id)).toBe('invalid');
		expect(await reassignActionItem(people.admin, item, people.madurai.id)).toBe('saved');
		expect(await reassignLead(people.member, handed, 'mentor', people.mentor.id)).toBe('forbidden');

		const after = await handoverList(people.admin);
		expect(after.leads.some((l) => l.mentorshipId === handed)).toBe(false);
		expect(after.items.some((i) => i.id === item)).toBe(false);
		const { data } = await service()
			.from('mentorships')
			.select('lead_mentor_id')
			.eq('id', handed)
			.single();
		expect(data?.lead_mentor_id).toBe(people.colleague.id);
	});
});
