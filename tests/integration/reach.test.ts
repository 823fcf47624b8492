// The programme reach functions (supabase/migrations/…_programme_reach.sql) through supabase-js
// on the real stack, with known data: a programme of this file's own (every mentorship made here
// belongs to it, and every call filters by it), in cities no other test uses, with fixed dates.
// The period is the first half of 2025; the one before it runs from 4 July to 31 December 2024.
// Who may call what: the public figures for everyone, the detail for admins only.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Enums, TablesInsert } from '../../src/lib/database.types';
import * as v from 'valibot';
import { userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import type { Db } from '../../src/lib/server/supabase';
import { reachJson } from '../../src/lib/server/reach/api-json';
import { reachRequest, readReachReport } from '../../src/lib/server/reach/report';
import { reachSchema } from '../../src/lib/server/openapi/operations/programme-schemas';
import { GET } from '../../src/routes/api/v1/programme/reach/+server';
import type {
	ReachAdoptions,
	ReachAssessment,
	ReachDetail,
	ReachGaps,
	ReachMap,
	ReachSeries,
	ReachSummary
} from '../../src/lib/reach/types';
import { anon, service, sql } from './clients';

const run = Date.now();
const programme = `reach-it-${run}`;
const framework = `reach-it-${run}`;

// Cities of this file's own. (Visakhapatnam, first proposed, is read by seed-assessments.test.ts:
// Amaravati takes its place.)
const cities = [
	'bhubaneswar',
	'jaipur',
	'amaravati',
	'davanagere',
	'udaipur',
	'dharamshala',
	'panaji',
	'port-blair'
] as const;
type CitySlug = (typeof cities)[number];
const cityIds = {} as Record<CitySlug, string>;

type Person = DbUser & { name: string };
const people = {} as Record<
	'mentorA' | 'mentorB' | 'mentorC' | 'mentorD' | 'member' | 'outsider' | 'admin',
	Person
>;
const as = (who: Person | null): Db => (who ? userDb(who) : anon());

const P = { p_programme: programme, p_from: '2025-01-01', p_to: '2025-06-30' };

/** Today in India Standard Time, as the database counts it. */
const todayIst = () => new Date(Date.now() + 5.5 * 3_600_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

async function makeUser(label: string, role: Enums<'app_role'>, city: CitySlug | null) {
	const name = `Reach ${label}`;
	const { data, error } = await service()
		.from('users')
		.insert({ email: `${label}.${run}@reach.test`, name, role, city_id: city && cityIds[city] })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${label}: ${error?.message}`);
	return { id: data.id, name, role, cityId: city && cityIds[city] } satisfies Person;
}

async function makeMentor(
	label: string,
	city: CitySlug,
	capacity: number,
	isPublic: boolean,
	programmeId: string | null
) {
	const mentor = await makeUser(label, 'mentor', city);
	const db = service();
	ok(
		await db
			.from('mentor_profiles')
			.insert({ user_id: mentor.id, capacity, languages: ['en'], is_public: isPublic })
	);
	if (programmeId) {
		ok(
			await db.from('mentor_programmes').insert({ user_id: mentor.id, programme_id: programmeId })
		);
	}
	return mentor;
}

/** Throws on a write's error. */
function ok(result: { error: { message: string } | null }): void {
	if (result.error) throw new Error(result.error.message);
}

/** The data of a read, or throws. */
function must<T>(result: { data: T; error: { message: string } | null }): NonNullable<T> {
	if (result.error || result.data === null || result.data === undefined) {
		throw new Error(result.error?.message ?? 'no data');
	}
	return result.data;
}

async function call<T>(db: Db, fn: ReachFunction, args: Record<string, string | undefined>) {
	const { data, error } = await db.rpc(fn, args);
	if (error) throw new Error(`${fn}: ${error.code} ${error.message}`);
	return data as T;
}
type ReachFunction =
	| 'programme_reach_summary'
	| 'programme_reach_series'
	| 'programme_reach_adoptions'
	| 'programme_reach_map'
	| 'programme_reach_gaps'
	| 'programme_reach_assessment'
	| 'programme_reach_detail';

const m = {} as Record<'M1' | 'M2' | 'M3' | 'M4' | 'M5' | 'M6' | 'M7' | 'M8' | 'M9', string>;

beforeAll(async () => {
	const db = service();
	for (const row of must(await db.from('cities').select('id, slug').in('slug', cities))) {
		cityIds[row.slug as CitySlug] = row.id;
	}
	const programmeId = must(
		await db
			.from('programmes')
			.insert({
				slug: programme,
				name_en: 'Reach test programme',
				name_hi: 'पहुँच परीक्षण कार्यक्रम',
				starts_on: '2024-01-01',
				ends_on: '2025-03-31',
				status: 'active'
			})
			.select('id')
			.single()
	).id;
	// Panaji is named by the programme without a pairing: its practices count.
	ok(
		await db
			.from('programme_cities')
			.insert({ programme_id: programmeId, city_id: cityIds.panaji, side: 'mentee' })
	);

	people.mentorA = await makeMentor('mentor-a', 'jaipur', 3, true, programmeId);
	people.mentorB = await makeMentor('mentor-b', 'udaipur', 2, true, programmeId);
	people.mentorC = await makeMentor('mentor-c', 'dharamshala', 3, false, programmeId);
	people.mentorD = await makeMentor('mentor-d', 'panaji', 1, true, null);
	people.member = await makeUser('member', 'city_member', 'bhubaneswar');
	people.outsider = await makeUser('outsider', 'city_member', 'panaji');
	people.admin = await makeUser('admin', 'mission_admin', null);

	const pairing = async (
		mentor: CitySlug,
		mentee: CitySlug,
		status: Enums<'mentorship_status'>,
		dates: Partial<TablesInsert<'mentorships'>>
	) =>
		must(
			await db
				.from('mentorships')
				.insert({
					programme_id: programmeId,
					mentor_city_id: cityIds[mentor],
					mentee_city_id: cityIds[mentee],
					status,
					...dates
				})
				.select('id')
				.single()
		).id;
	// Engaged in both periods.
	m.M1 = await pairing('jaipur', 'bhubaneswar', 'active', {
		lead_mentor_id: people.mentorA.id,
		requested_at: '2024-12-20T04:30:00Z',
		decided_at: '2024-12-23T04:30:00Z',
		started_on: '2024-12-23'
	});
	// Completed without an end date: it ends with the programme (31 March 2025).
	m.M2 = await pairing('jaipur', 'amaravati', 'completed', {
		lead_mentor_id: people.mentorA.id,
		requested_at: '2024-08-20T04:30:00Z',
		decided_at: '2024-08-25T04:30:00Z',
		started_on: '2024-09-01'
	});
	// Started after the period.
	m.M3 = await pairing('udaipur', 'davanagere', 'active', {
		requested_at: '2025-07-01T04:30:00Z',
		decided_at: '2025-07-15T04:30:00Z',
		started_on: '2025-07-15'
	});
	// Ended before the previous period (and marked as demo data, as the seed marks its own).
	m.M4 = await pairing('dharamshala', 'davanagere', 'completed', {
		requested_at: '2024-02-20T04:30:00Z',
		decided_at: '2024-02-25T04:30:00Z',
		started_on: '2024-03-01',
		ended_on: '2024-06-30',
		is_demo: true
	});
	// Waiting.
	m.M5 = await pairing('udaipur', 'panaji', 'requested', {
		requested_at: '2025-02-10T04:30:00Z'
	});
	m.M6 = await pairing('dharamshala', 'port-blair', 'declined', {
		requested_at: '2025-03-01T04:30:00Z',
		decided_at: '2025-03-05T04:30:00Z'
	});
	m.M7 = await pairing('jaipur', 'davanagere', 'expired', {
		requested_at: '2024-11-01T04:30:00Z',
		decided_at: '2024-11-11T04:30:00Z'
	});
	// Paused counts as active; Jaipur is mentor and mentee.
	m.M8 = await pairing('udaipur', 'jaipur', 'paused', {
		lead_mentor_id: people.mentorB.id,
		requested_at: '2025-01-10T04:30:00Z',
		decided_at: '2025-01-15T04:30:00Z',
		started_on: '2025-01-15'
	});
	m.M9 = await pairing('udaipur', 'bhubaneswar', 'active', {
		lead_mentor_id: people.mentorB.id,
		requested_at: '2025-03-01T04:30:00Z',
		decided_at: '2025-03-10T04:30:00Z',
		started_on: '2025-03-10'
	});

	const session = (
		mentorship: string,
		starts_at: string,
		mode: Enums<'session_mode'>,
		status: Enums<'session_status'> = 'held'
	) => ({
		mentorship_id: mentorship,
		title: 'Review',
		starts_at,
		duration_minutes: 60,
		mode,
		status
	});
	ok(
		await db.from('mentorship_sessions').insert([
			session(m.M1, '2025-01-10T04:30:00Z', 'online'),
			session(m.M1, '2025-03-15T04:30:00Z', 'online'),
			// 1 July, 00:30 in India: after the period.
			session(m.M1, '2025-06-30T19:00:00Z', 'online'),
			session(m.M1, '2025-02-10T04:30:00Z', 'online', 'scheduled'),
			session(m.M8, '2025-01-20T04:30:00Z', 'site_visit'),
			session(m.M8, '2025-02-12T04:30:00Z', 'workshop', 'cancelled'),
			// 1 April, 01:30 in India: April.
			session(m.M9, '2025-03-31T20:00:00Z', 'workshop'),
			// In the previous period.
			session(m.M2, '2024-10-05T04:30:00Z', 'phone')
		])
	);

	const item = (due_on: string, status: Enums<'action_status'>) => ({
		mentorship_id: m.M1,
		title: `Due ${due_on}`,
		owner_id: people.member.id,
		due_on,
		status
	});
	const items = must(
		await db
			.from('action_items')
			.insert([
				item('2025-02-15', 'done'),
				item('2025-02-14', 'done'),
				item('2025-03-01', 'open'),
				item('2025-04-01', 'dropped'),
				item('2025-07-15', 'open'),
				item(addDays(todayIst(), 60), 'open')
			])
			.select('id, due_on')
	);
	// Closing stamps the time of the change; these were closed on known days. The stamp is
	// kept by a trigger, so the known time is written with triggers off for this one session.
	const onTime = items.find((i) => i.due_on === '2025-02-15')?.id;
	const late = items.find((i) => i.due_on === '2025-02-14')?.id;
	await sql(
		`set session_replication_role = replica;
		update public.action_items set closed_at = '2025-02-15T18:00:00Z' where id = '${onTime}';
		update public.action_items set closed_at = '2025-02-14T20:00:00Z' where id = '${late}';`
	);

	const practice = async (
		city: CitySlug,
		language: string,
		published_at: string,
		status: 'published' | 'archived' | 'draft' = 'published'
	) => {
		const { id } = must(
			await db
				.from('practices')
				.insert({
					slug: `reach-it-${run}-${city}-${published_at.slice(0, 10)}`,
					kind: 'case_study',
					city_id: cityIds[city],
					language,
					title: `Reach practice of ${city}`,
					title_en: `Reach practice of ${city}`,
					summary_en: 'A practice for the reach tests.',
					markdown: 'Text',
					status: 'published',
					published_at
				})
				.select('id')
				.single()
		);
		if (status !== 'published') ok(await db.from('practices').update({ status }).eq('id', id));
		return id;
	};
	const pr1 = await practice('jaipur', 'en', '2025-02-10T04:30:00Z');
	const pr2 = await practice('bhubaneswar', 'or', '2025-02-20T04:30:00Z');
	// 1 June in India; Panaji counts as a city the programme names.
	await practice('panaji', 'en', '2025-05-31T19:00:00Z');
	// Port Blair is in no pairing of the programme (only a declined request).
	await practice('port-blair', 'en', '2025-03-10T04:30:00Z');
	await practice('udaipur', 'hi', '2025-04-05T04:30:00Z', 'archived');
	await practice('davanagere', 'en', '2025-04-06T04:30:00Z', 'draft');
	const pr7 = await practice('dharamshala', 'en', '2024-10-10T04:30:00Z');

	const adoption = async (
		city: CitySlug,
		practiceId: string,
		mentorship: string | null,
		more: Partial<TablesInsert<'adoptions'>> = {}
	) =>
		must(
			await db
				.from('adoptions')
				.insert({
					city_id: cityIds[city],
					practice_id: practiceId,
					mentorship_id: mentorship,
					stage: 'exploring',
					stage_on: '2024-01-01',
					...more
				})
				.select('id')
				.single()
		).id;
	const a1 = await adoption('bhubaneswar', pr1, m.M1, { evidence_public: true });
	const a2 = await adoption('bhubaneswar', pr7, m.M1);
	const a3 = await adoption('amaravati', pr1, m.M2);
	const a4 = await adoption('jaipur', pr2, m.M8);
	// Outside the programme (no mentorship), and demo data.
	const a5 = await adoption('port-blair', pr1, null, { is_demo: true });
	const verified = { verified_by: people.admin.id, verified_at: '2025-06-01T04:30:00Z' };
	const step = (
		adoption_id: string,
		stage: Enums<'adoption_stage'>,
		happened_on: string,
		more: Partial<TablesInsert<'adoption_steps'>> = {}
	) => ({ adoption_id, stage, happened_on, ...more });
	// One at a time: each step moves its adoption's stage on.
	for (const row of [
		step(a1, 'exploring', '2024-11-01'),
		step(a1, 'planning', '2025-01-10'),
		step(a1, 'piloting', '2025-03-01'),
		step(a1, 'implemented', '2025-05-01', verified),
		step(a2, 'exploring', '2025-01-05'),
		step(a2, 'implemented', '2025-04-01'),
		step(a3, 'exploring', '2024-10-01'),
		step(a3, 'planning', '2024-12-01'),
		step(a3, 'dropped', '2025-02-01', { reason: 'No budget this year.' }),
		step(a4, 'exploring', '2025-02-01'),
		step(a4, 'piloting', '2025-06-01'),
		step(a4, 'scaled', '2025-07-10', verified),
		step(a5, 'exploring', '2025-02-01')
	]) {
		ok(await db.from('adoption_steps').insert(row));
	}
});

function addDays(day: string, days: number) {
	return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the summary', () => {
	let summary: ReachSummary;
	beforeAll(async () => {
		summary = await call<ReachSummary>(anon(), 'programme_reach_summary', P);
	});

	it('states the period and the previous one of the same length, just before it', () => {
		expect(summary.period).toEqual({
			from: '2025-01-01',
			to: '2025-06-30',
			previous_from: '2024-07-04',
			previous_to: '2024-12-31'
		});
		expect(daysBetween('2024-07-04', '2024-12-31')).toBe(daysBetween('2025-01-01', '2025-06-30'));
	});

	it('counts the cities engaged: a pairing that started after the period or ended before it does not count', () => {
		expect(summary.current.cities_engaged).toEqual({
			mentor: 2,
			mentee: 3,
			both: 1,
			total: 4,
			out_of: 100
		});
		// Before: M1 (from 23 December) and M2 (until the programme's end); M8 had not started.
		expect(summary.previous.cities_engaged).toEqual({
			mentor: 1,
			mentee: 2,
			both: 0,
			total: 3,
			out_of: 100
		});
	});

	it('counts cities within a zone or a state, out of the cities there', async () => {
		const { count } = await service()
			.from('cities')
			.select('id', { count: 'exact', head: true })
			.eq('zonal_council', 'northern');
		const zone = await call<ReachSummary>(anon(), 'programme_reach_summary', {
			...P,
			p_zone: 'northern'
		});
		expect(zone.current.cities_engaged).toEqual({
			mentor: 2,
			mentee: 1,
			both: 1,
			total: 2,
			out_of: count
		});
		const state = await call<ReachSummary>(anon(), 'programme_reach_summary', {
			...P,
			p_state: 'Rajasthan'
		});
		expect(state.current.cities_engaged).toEqual({
			mentor: 2,
			mentee: 1,
			both: 1,
			total: 2,
			out_of: 4
		});
		const eastern = await call<ReachSummary>(anon(), 'programme_reach_summary', {
			...P,
			p_zone: 'eastern'
		});
		expect(eastern.current.cities_engaged).toMatchObject({ mentor: 0, mentee: 1, total: 1 });
	});

	it('counts mentorships: active (paused too), completed, requested, declined and expired in the period', () => {
		expect(summary.current.mentorships).toEqual({
			active: 3,
			completed: 1,
			requested: 4,
			declined: 1,
			expired: 0
		});
		// The completed M2 ran on past the previous period's end: active then.
		expect(summary.previous.mentorships).toEqual({
			active: 2,
			completed: 0,
			requested: 3,
			declined: 0,
			expired: 1
		});
	});

	it('counts sessions held in the period by the India date, not scheduled or cancelled ones', () => {
		expect(summary.current.sessions_held).toBe(4);
		expect(summary.previous.sessions_held).toBe(1);
	});

	it('counts action items due in the period: on time, late, overdue; dropped ones not', () => {
		expect(summary.current.action_items).toEqual({ open: 0, on_time: 1, late: 1, overdue: 1 });
		expect(summary.previous.action_items).toEqual({ open: 0, on_time: 0, late: 0, overdue: 0 });
	});

	it('counts an open item due after today as open, not overdue', async () => {
		const wide = await call<ReachSummary>(anon(), 'programme_reach_summary', {
			p_programme: programme,
			p_from: '2026-01-01',
			p_to: '2027-12-31'
		});
		expect(wide.current.action_items).toEqual({ open: 1, on_time: 0, late: 0, overdue: 0 });
	});

	it("counts practices published (or since archived) in the programme's cities", () => {
		expect(summary.current.practices_published).toBe(4);
		expect(summary.previous.practices_published).toBe(1);
	});

	it("counts adoptions by their stage at the period's end, a claim only once verified", () => {
		expect(summary.current.adoptions).toEqual({
			exploring: 1,
			piloting: 1,
			implemented: 1,
			dropped: 1
		});
		expect(summary.previous.adoptions).toEqual({ exploring: 1, planning: 1 });
	});

	it('gives the median days to acceptance and from acceptance to the first session', () => {
		// Accepted in the period: M8 after 5 days, M9 after 9. First sessions in the period: M1
		// 18 days after acceptance, M8 5 days, M9 21 days 15½ hours.
		expect(summary.median_days).toEqual({
			to_acceptance: 7,
			to_acceptance_count: 2,
			to_first_session: 18,
			to_first_session_count: 3
		});
	});

	// BUG (reported to the lead): demo.adoptions ignores the programme filter. It counts demo
	// adoptions of every city in scope, though the figures count only adoptions through the
	// programme's mentorships. Here a demo adoption in Port Blair with no mentorship is counted.
	it('labels the demo data the figures include, within the programme', () => {
		expect(summary.demo).toEqual({ mentorships: 1, adoptions: 0 });
	});

	it('counts the demo mentorships of the programme', () => {
		expect(summary.demo.mentorships).toBe(1);
	});
});

describe('the series', () => {
	it('has sessions held per India month by mode, and practices per month by language', async () => {
		const series = await call<ReachSeries>(anon(), 'programme_reach_series', P);
		expect(series.sessions).toEqual([
			{ month: '2025-01', mode: 'online', count: 1 },
			{ month: '2025-01', mode: 'site_visit', count: 1 },
			{ month: '2025-03', mode: 'online', count: 1 },
			{ month: '2025-04', mode: 'workshop', count: 1 }
		]);
		expect(series.practices).toEqual([
			{ month: '2025-02', language: 'en', count: 1 },
			{ month: '2025-02', language: 'or', count: 1 },
			{ month: '2025-04', language: 'hi', count: 1 },
			{ month: '2025-06', language: 'en', count: 1 }
		]);
	});

	it('is empty for a period with nothing in it', async () => {
		const series = await call<ReachSeries>(anon(), 'programme_reach_series', {
			p_programme: programme,
			p_from: '2016-01-01',
			p_to: '2016-12-31'
		});
		expect(series).toEqual({ sessions: [], practices: [] });
	});
});

describe('the adoption funnel', () => {
	it("counts adoptions that reached each stage by the period's end, and the period before", async () => {
		const adoptions = await call<ReachAdoptions>(anon(), 'programme_reach_adoptions', P);
		expect(adoptions).toEqual({
			funnel: [
				{ stage: 'exploring', count: 4, previous: 2 },
				{ stage: 'planning', count: 3, previous: 1 },
				{ stage: 'piloting', count: 2, previous: 0 },
				// A1's verified claim; A2's claim is not verified, A4's is after the period.
				{ stage: 'implemented', count: 1, previous: 0 },
				{ stage: 'scaled', count: 0, previous: 0 }
			],
			dropped: 1,
			unverified_claims: 1
		});
	});

	it('counts the scaled stage once its date is within the period', async () => {
		const adoptions = await call<ReachAdoptions>(anon(), 'programme_reach_adoptions', {
			p_programme: programme,
			p_from: '2025-01-01',
			p_to: '2025-07-31'
		});
		expect(adoptions.funnel.find((f) => f.stage === 'scaled')?.count).toBe(1);
	});
});

describe('the map', () => {
	let map: ReachMap;
	beforeAll(async () => {
		map = await call<ReachMap>(anon(), 'programme_reach_map', P);
	});

	it('draws all 100 cities with their role in the period', () => {
		expect(map.cities).toHaveLength(100);
		const role = Object.fromEntries(map.cities.map((c) => [c.slug, c.role]));
		expect(cities.map((c) => role[c])).toEqual([
			'mentee',
			'both',
			'mentee',
			'none',
			'mentor',
			'none',
			'none',
			'none'
		]);
		expect(map.cities.every((c) => c.in_scope)).toBe(true);
	});

	it('lists the engaged pairings with their dates', () => {
		expect(map.pairings).toEqual([
			{
				mentor: 'jaipur',
				mentee: 'amaravati',
				programme,
				status: 'completed',
				from: '2024-09-01',
				to: '2025-03-31'
			},
			{
				mentor: 'jaipur',
				mentee: 'bhubaneswar',
				programme,
				status: 'active',
				from: '2024-12-23',
				to: null
			},
			{
				mentor: 'udaipur',
				mentee: 'bhubaneswar',
				programme,
				status: 'active',
				from: '2025-03-10',
				to: null
			},
			{
				mentor: 'udaipur',
				mentee: 'jaipur',
				programme,
				status: 'paused',
				from: '2025-01-15',
				to: null
			}
		]);
	});

	it('counts cities and engaged cities by state, within the zone filter', async () => {
		const zone = await call<ReachMap>(anon(), 'programme_reach_map', { ...P, p_zone: 'western' });
		expect(zone.states.find((s) => s.state === 'Rajasthan')).toEqual({
			state: 'Rajasthan',
			zone: 'northern',
			cities: 0,
			engaged: 0
		});
		expect(zone.states.find((s) => s.state === 'Goa')).toMatchObject({ cities: 1, engaged: 0 });
		expect(map.states.find((s) => s.state === 'Rajasthan')).toMatchObject({
			cities: 4,
			engaged: 2
		});
		// Only Panaji's waiting request touches the western zone: nothing is engaged there.
		expect(zone.cities.find((c) => c.slug === 'jaipur')).toMatchObject({
			in_scope: false,
			role: 'none'
		});
		expect(zone.pairings).toEqual([]);
	});
});

describe('the gaps', () => {
	it('names states and zones with no engaged city', async () => {
		const gaps = await call<ReachGaps>(anon(), 'programme_reach_gaps', P);
		expect(gaps.zones).toEqual(['central', 'north-eastern', 'western']);
		expect(gaps.states).toEqual(expect.arrayContaining(['Goa', 'Karnataka', 'Himachal Pradesh']));
		expect(gaps.states).toContain('Andaman and Nicobar Islands');
		for (const reached of ['Rajasthan', 'Odisha', 'Andhra Pradesh']) {
			expect(gaps.states).not.toContain(reached);
		}
		const northern = await call<ReachGaps>(anon(), 'programme_reach_gaps', {
			...P,
			p_zone: 'northern'
		});
		const { data } = await service().from('cities').select('state').eq('zonal_council', 'northern');
		const states = [...new Set((data ?? []).map((c) => c.state))]
			.filter((s) => s !== 'Rajasthan')
			.sort();
		expect(northern.states).toEqual(states);
		expect(northern.zones).toEqual([]);
	});

	it("lists the programme's public mentors with free capacity, and the waiting requests", async () => {
		const gaps = await call<ReachGaps>(anon(), 'programme_reach_gaps', P);
		// B is full (a paused and an active pairing for 2), C's profile is private, D is in no
		// programme of this test.
		expect(gaps.mentors_with_capacity).toEqual([
			{ name: 'Reach mentor-a', city: 'jaipur', city_name: 'Jaipur', capacity: 3, load: 1 }
		]);
		expect(gaps.waiting_requests).toEqual({
			count: 1,
			oldest_days: daysBetween('2025-02-10', todayIst())
		});
	});
});

describe('mentored against not-mentored cities', () => {
	beforeAll(async () => {
		const db = service();
		const frameworkId = must(
			await db
				.from('frameworks')
				.insert({
					slug: framework,
					acronym: 'RIT',
					name_en: 'Reach test framework',
					name_hi: 'पहुँच परीक्षण फ़्रेमवर्क',
					scheme: 'level',
					// Last, so that no default choice of framework falls on it.
					position: 32_000
				})
				.select('id')
				.single()
		).id;
		const round = async (slug: string, year: number, results_on: string, is_public: boolean) =>
			must(
				await db
					.from('assessment_rounds')
					.insert({
						framework_id: frameworkId,
						slug,
						name_en: `Round ${slug}`,
						year,
						results_on,
						assessing_body: 'QCI',
						is_public
					})
					.select('id')
					.single()
			).id;
		const r1 = await round('r1', 2024, '2024-06-01', true);
		const r2 = await round('r2', 2025, '2025-09-01', true);
		const r3 = await round('r3', 2026, '2026-03-01', false);
		const values: [string, Partial<Record<CitySlug, number>>][] = [
			[r1, { bhubaneswar: 2, amaravati: 1, davanagere: 3, udaipur: 2, dharamshala: 3, panaji: 4 }],
			[
				r2,
				{
					bhubaneswar: 4,
					amaravati: 2,
					davanagere: 3,
					udaipur: 3,
					dharamshala: 3,
					panaji: 4,
					'port-blair': 5
				}
			],
			[r3, { bhubaneswar: 5, amaravati: 2, davanagere: 4, udaipur: 4, dharamshala: 3 }]
		];
		ok(
			await db.from('assessment_results').insert(
				values.flatMap(([round_id, byCity]) =>
					Object.entries(byCity).map(([city, value]) => ({
						round_id,
						city_id: cityIds[city as CitySlug],
						value
					}))
				)
			)
		);
	});

	const args = { p_programme: programme, p_framework: framework };

	it('compares the average change on a 0–100 scale, with the number of cities in each group', async () => {
		const result = await call<ReachAssessment>(anon(), 'programme_reach_assessment', args);
		// Mentored between the rounds: Bhubaneswar +2, Amaravati +1, Davanagere 0 levels; not
		// mentored: Udaipur +1, Dharamshala 0, Panaji 0. Port Blair has one round only.
		expect(result).toEqual({
			framework,
			acronym: 'RIT',
			scheme: 'level',
			from_round: { slug: 'r1', name: 'Round r1', on: '2024-06-01' },
			to_round: { slug: 'r2', name: 'Round r2', on: '2025-09-01' },
			mentored: { cities: 3, average_change: 20 },
			not_mentored: { cities: 3, average_change: 6.7 },
			sample_values: 0
		});
	});

	it('keeps a private round from the public, and uses it for an admin', async () => {
		const { error } = await anon().rpc('programme_reach_assessment', {
			...args,
			p_to_round: 'r3'
		});
		expect(error).toMatchObject({ code: '22023', hint: 'round' });
		const member = await call<ReachAssessment>(
			as(people.member),
			'programme_reach_assessment',
			args
		);
		expect(member?.to_round?.slug).toBe('r2');
		const admin = await call<ReachAssessment>(as(people.admin), 'programme_reach_assessment', args);
		// M2 ended before r2; Bhubaneswar +1 and Davanagere +1 (mentored) against Amaravati 0,
		// Udaipur +1, Dharamshala 0.
		expect(admin).toMatchObject({
			from_round: { slug: 'r2' },
			to_round: { slug: 'r3' },
			mentored: { cities: 2, average_change: 20 },
			not_mentored: { cities: 3, average_change: 6.7 }
		});
	});

	it('takes the rounds named, and refuses an unknown framework', async () => {
		const named = await call<ReachAssessment>(as(people.admin), 'programme_reach_assessment', {
			...args,
			p_from_round: 'r1',
			p_to_round: 'r3'
		});
		expect(named).toMatchObject({ from_round: { slug: 'r1' }, to_round: { slug: 'r3' } });
		const { error } = await anon().rpc('programme_reach_assessment', {
			p_framework: `${framework}-none`
		});
		expect(error).toMatchObject({ code: '22023', hint: 'framework' });
	});
});

describe('access', () => {
	it('refuses the detail to the public, a city member and a mentor (42501)', async () => {
		for (const who of [null, people.member, people.mentorA]) {
			const { data, error } = await as(who).rpc('programme_reach_detail', P);
			expect(data).toBeNull();
			expect(error?.code).toBe('42501');
		}
	});

	it('refuses the detail to a plain request to PostgREST with the anon key', async () => {
		const env = inject('stackEnv');
		const response = await fetch(`${env.SUPABASE_URL}/rpc/programme_reach_detail`, {
			method: 'POST',
			headers: {
				apikey: env.SUPABASE_ANON_KEY,
				authorization: `Bearer ${env.SUPABASE_ANON_KEY}`,
				'content-type': 'application/json'
			},
			body: JSON.stringify(P)
		});
		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ code: '42501' });
	});

	it('gives an admin the detail per city, and the waiting requests', async () => {
		const detail = await call<ReachDetail>(as(people.admin), 'programme_reach_detail', P);
		expect(detail.cities).toEqual([
			{
				slug: 'amaravati',
				name: 'Amaravati',
				state: 'Andhra Pradesh',
				sessions_held: 0,
				items_open: 0,
				items_overdue: 0,
				adoptions: 1,
				private_adoptions: 1
			},
			{
				slug: 'bhubaneswar',
				name: 'Bhubaneswar',
				state: 'Odisha',
				sessions_held: 3,
				items_open: 1,
				items_overdue: 1,
				adoptions: 2,
				private_adoptions: 1
			},
			{
				slug: 'jaipur',
				name: 'Jaipur',
				state: 'Rajasthan',
				sessions_held: 3,
				items_open: 1,
				items_overdue: 1,
				adoptions: 1,
				private_adoptions: 1
			},
			{
				slug: 'udaipur',
				name: 'Udaipur',
				state: 'Rajasthan',
				sessions_held: 2,
				items_open: 0,
				items_overdue: 0,
				adoptions: 0,
				private_adoptions: 0
			}
		]);
		expect(detail.waiting_requests).toEqual([
			{
				id: m.M5,
				mentor: 'udaipur',
				mentor_name: 'Udaipur',
				mentee: 'panaji',
				mentee_name: 'Panaji',
				status: 'requested',
				requested_at: expect.stringMatching(/^2025-02-10T04:30:00/),
				days: daysBetween('2025-02-10', todayIst())
			}
		]);
	});

	it('shows the public counts of sessions and action items it may not read row by row', async () => {
		for (const table of ['mentorship_sessions', 'action_items'] as const) {
			const { data, error } = await anon().from(table).select('id').eq('mentorship_id', m.M1);
			expect(data).toBeNull();
			expect(error?.code).toBe('42501');
			const outsider = await as(people.outsider).from(table).select('id').eq('mentorship_id', m.M1);
			expect(outsider.error).toBeNull();
			expect(outsider.data).toEqual([]);
		}
		const summary = await call<ReachSummary>(anon(), 'programme_reach_summary', P);
		expect(summary.current.sessions_held).toBe(4);
		expect(summary.current.action_items.overdue).toBe(1);
	});

	it('names a bad filter: 22023 with the hint', async () => {
		const unknown = await anon().rpc('programme_reach_summary', {
			...P,
			p_programme: `${programme}-none`
		});
		expect(unknown.error).toMatchObject({ code: '22023', hint: 'programme' });
		const backwards = await anon().rpc('programme_reach_series', {
			...P,
			p_from: '2025-07-01'
		});
		expect(backwards.error).toMatchObject({ code: '22023', hint: 'from' });
		const long = await anon().rpc('programme_reach_gaps', {
			...P,
			p_from: '2000-01-01'
		});
		expect(long.error).toMatchObject({ code: '22023', hint: 'from' });
	});

	it('never lets a signed-in user mark a mentorship as demo data', async () => {
		const programmeId = must(
			await service().from('programmes').select('id').eq('slug', programme).single()
		)?.id;
		const { error } = await as(people.outsider)
			.from('mentorships')
			.insert({
				programme_id: programmeId ?? '',
				mentor_city_id: cityIds.jaipur,
				mentee_city_id: cityIds.panaji,
				status: 'requested',
				is_demo: true
			});
		expect(error?.code).toBe('42501');
		const { count } = await service()
			.from('mentorships')
			.select('id', { count: 'exact', head: true })
			.eq('programme_id', programmeId ?? '')
			.eq('is_demo', true);
		expect(count).toBe(1);
	});
});

describe('GET /api/v1/programme/reach', () => {
	const get = (query: string, user: Person | null = null) =>
		GET({
			url: new URL(`http://localhost/api/v1/programme/reach?${query}`),
			locals: { user }
		} as unknown as Parameters<typeof GET>[0]);
	const filters = `programme=${programme}&from=2025-01-01&to=2025-06-30&framework=${framework}`;

	it('answers the figures the page shows, in the shape of its document', async () => {
		const response = await get(filters);
		expect(response.status).toBe(200);
		// An anonymous answer's caching is set by the hooks (tests/e2e/http-cache.spec.ts).
		expect(response.headers.get('cache-control')).toBeNull();
		const body = await response.json();
		expect(v.safeParse(reachSchema, body).issues).toBeUndefined();
		const page = await readReachReport(null, reachRequest(new URLSearchParams(filters)));
		expect(body).toEqual(JSON.parse(JSON.stringify(reachJson(page))));
		expect(body).toMatchObject({
			period: { from: '2025-01-01', to: '2025-06-30' },
			cities_engaged: { mentor: 2, mentee: 3, total: 4 },
			mentorships: { active: 3, completed: 1, requested: 4, declined: 1, expired: 0 },
			action_items: { open: 0, on_time: 1, late: 1, overdue: 1 },
			median_days: { to_acceptance: 7, to_first_session: 18 },
			unreached: { zones: ['central', 'north-eastern', 'western'] },
			previous: {
				period: { from: '2024-07-04', to: '2024-12-31' },
				cities_engaged: { mentor: 1, mentee: 2, total: 3 },
				sessions_held: 1,
				practices_published: 1
			},
			assessment: { to_round: { slug: 'r2' }, mentored: { cities: 3, average_change: 20 } }
		});
		expect(body.sessions).toHaveLength(4);
		expect(body.adoption_funnel.map((f: { count: number }) => f.count)).toEqual([4, 3, 2, 1, 0]);
		expect(body.map.pairings).toHaveLength(4);
	});

	it('uses private rounds for an admin, and is not stored for a signed-in caller', async () => {
		const response = await get(filters, people.admin);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect((await response.json()).assessment.to_round.slug).toBe('r3');
	});

	it('names every parameter it cannot use in a 400', async () => {
		const cases: [string, string[]][] = [
			['colour=red&zone=north', ['colour', 'zone']],
			['from=2025-13-01', ['from']],
			['from=2025-06-30&to=2025-01-01', ['to']],
			[`programme=${programme}-none`, ['programme']],
			[`programme=${programme}&state=Atlantis`, ['state']],
			[`programme=${programme}&framework=${framework}&to_round=r3`, ['to_round']]
		];
		for (const [query, fields] of cases) {
			const response = await get(query);
			expect(response.status, query).toBe(400);
			const body = await response.json();
			expect(body.error, query).toBe('invalid_request');
			expect(Object.keys(body.errors).sort(), query).toEqual(fields);
		}
	});

	// BUG (reported to the lead): day() in src/lib/schemas/query.ts checks a date with
	// Date.parse, which reads 2025-02-30 as 2 March; Postgres then refuses it (22008) and the
	// request ends in a 500 instead of a 400 naming `from`.
	it('names a day that does not exist in a 400', async () => {
		const response = await get('from=2025-02-30');
		expect(response.status).toBe(400);
	});
});
