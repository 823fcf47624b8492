// Generated demo activity of the national ICCC mentorship programme: mentorships between real
// cities led by the demo mentors, their sessions and action items, and adoptions of published
// practices by the mentee cities, spread over the past two years. Small for the local demo (every
// panel of /programme filled for this year and the last), large for the benchmark. Deterministic
// for a seed; every row is labelled demo and names only the demo accounts.
import pg from 'pg';
import { demoAccounts } from './seed.js';
import { istDate } from './seed-adoptions.js';

const DAY = 24 * 60 * 60 * 1000;
const BATCH = 300;
export const PROGRAMME = 'national-iccc-mentorship';
// The app's job expires a request unanswered for 10 days: older waiting requests would not last.
const WAITING_DAYS = 9;

/** A small fast PRNG (mulberry32): the same seed gives the same activity. */
export function prng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min, max) => min + Math.floor(next() * (max - min + 1));
	const pick = (list) => list[Math.floor(next() * list.length)];
	/** One of the keys of `weights`, with the chances they give. */
	const weighted = (weights) => {
		let r = next() * Object.values(weights).reduce((a, b) => a + b, 0);
		for (const [key, w] of Object.entries(weights)) if ((r -= w) < 0) return key;
		return Object.keys(weights).at(-1);
	};
	// Ids are made here, so rows can refer to each other before they are written.
	const uuid = () => {
		const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16));
		hex[12] = '4';
		hex[16] = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
		const s = hex.join('');
		return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
	};
	return { next, int, pick, weighted, uuid };
}

const TOPICS = [
	{ title: 'camera linking plan', sectors: ['public-safety'], components: ['cctv-surveillance'] },
	{ title: 'adaptive traffic signals', sectors: ['mobility'], components: ['atcs', 'itms'] },
	{ title: 'water SCADA dashboards', sectors: ['water-sanitation'], components: ['water-scada'] },
	{ title: 'flood early warning', sectors: ['disaster-management'], components: ['gis'] },
	{ title: 'emergency desk procedures', sectors: ['public-safety'], components: ['gis'] },
	{ title: 'citizen grievance app', sectors: ['governance'], components: [] },
	{ title: 'ICCC maturity self-assessment', sectors: ['governance'], components: [] }
];
const ACTIONS = [
	'share the standard operating procedure',
	'list the cameras to link, with a nodal officer for each',
	'send the data-sharing letter template',
	'draft the tender scope',
	'map the junctions for the pilot',
	'set up the weekly review call',
	'collect the control room staffing plan'
];
const MODES = { online: 50, site_visit: 20, workshop: 15, phone: 15 };
const STATUSES = { completed: 35, active: 33, paused: 10, declined: 12, expired: 10 };
// The furthest an adoption gets; dropped ones stop after one to three steps.
const OUTCOMES = {
	exploring: 15,
	planning: 20,
	piloting: 25,
	implemented: 20,
	scaled: 8,
	dropped: 12
};
const LADDER = ['exploring', 'planning', 'piloting', 'implemented', 'scaled'];

/**
 * Plans the activity without touching the database (pure, for the tests and the writer below).
 * @param {{ programmeId: string, mentors: { id: string, city_id: string, city: string }[],
 *   menteeCities: { id: string, name: string }[], practices: { id: string, city_id: string }[],
 *   users?: { id: string, city_id: string | null }[], verifiers: string[],
 *   mentorships: number, sessions: number, adoptions: number, waiting: number, now: Date,
 *   seed: number, leadRunning?: boolean, taken?: string[] }} o
 */
export function planActivity(o) {
	const r = prng(o.seed);
	const now = o.now.getTime();
	const at = (ms) => new Date(Math.min(ms, now)).toISOString();
	const users = o.users ?? o.mentors;
	const officersOf = (...cityIds) => users.filter((u) => cityIds.includes(u.city_id));
	const mentees = [...o.menteeCities];
	for (let i = mentees.length - 1; i > 0; i--) {
		const j = r.int(0, i);
		[mentees[i], mentees[j]] = [mentees[j], mentees[i]];
	}

	const mentorships = [];
	for (let i = 0; i < o.mentorships; i++) {
		const mentor = o.mentors[i % o.mentors.length];
		const mentee = mentees[i % mentees.length];
		const topic = r.pick(TOPICS);
		const status = i < o.waiting ? 'requested' : r.weighted(STATUSES);
		const m = {
			id: r.uuid(),
			programme_id: o.programmeId,
			mentor_city_id: mentor.city_id,
			mentee_city_id: mentee.id,
			// Running mentorships count against their lead's capacity, which the demo mentors'
			// suggestions (and their tests) depend on: the local demo leaves those without a lead.
			lead_mentor_id: o.leadRunning || !['active', 'paused'].includes(status) ? mentor.id : null,
			sectors: topic.sectors,
			components: topic.components,
			status,
			requested_at: null,
			decided_at: null,
			started_on: null,
			ended_on: null,
			is_demo: true
		};
		// How long ago it was asked for: long enough ago to have run its course, if it did.
		const ago = {
			requested: () => r.int(1, WAITING_DAYS) * DAY + r.int(0, 8) * 3600e3,
			completed: () => r.int(200, 730) * DAY,
			declined: () => r.int(20, 720) * DAY,
			expired: () => r.int(20, 720) * DAY,
			active: () => r.int(45, 700) * DAY,
			paused: () => r.int(45, 700) * DAY
		}[status]();
		const requested = now - ago;
		m.requested_at = at(requested);
		if (status !== 'requested') {
			// Decided days to weeks after the request; expiry comes with the tenth day.
			const wait = status === 'expired' ? 10 * DAY + r.int(1, 20) * 3600e3 : r.int(2, 30) * DAY;
			const decided = requested + wait;
			m.decided_at = at(decided);
			if (['active', 'paused', 'completed'].includes(status)) {
				m.started_on = istDate(decided);
				if (status === 'completed') {
					m.ended_on = istDate(Math.min(decided + r.int(120, 420) * DAY, now - r.int(5, 40) * DAY));
					if (m.ended_on < m.started_on) m.ended_on = m.started_on;
				}
			}
		}
		const end =
			status === 'completed'
				? Date.parse(m.ended_on)
				: status === 'paused'
					? now - r.int(10, 40) * DAY
					: now + 45 * DAY;
		mentorships.push({ row: m, mentor, mentee, topic, start: Date.parse(m.decided_at), end });
	}

	// Sessions go to the mentorships that ran, in proportion to how long each ran.
	const ran = mentorships.filter((m) => m.row.started_on && m.end > m.start + 7 * DAY);
	const span = ran.reduce((sum, m) => sum + (m.end - m.start), 0);
	const sessions = [];
	const attendees = [];
	const items = [];
	const closings = [];
	let given = 0;
	ran.forEach((m, index) => {
		const share =
			index === ran.length - 1
				? o.sessions - given
				: Math.round((o.sessions * (m.end - m.start)) / span);
		const count = Math.max(0, Math.min(share, o.sessions - given));
		given += count;
		const officers = officersOf(m.row.mentor_city_id, m.row.mentee_city_id);
		// The first session comes days to three weeks after the start, the rest spread after it.
		const first = Math.min(m.start + r.int(3, 21) * DAY, m.end - DAY);
		const days = Array.from({ length: count }, (_, k) =>
			k === 0 ? first : first + r.next() * Math.max(m.end - first, DAY)
		).sort((a, b) => a - b);
		for (const day of days) {
			const startsAt = new Date(istDate(day) + (r.next() < 0.5 ? 'T04:30:00Z' : 'T09:30:00Z'));
			const past = startsAt.getTime() < now - 3600e3;
			if (!past && m.row.status !== 'active') continue;
			const status = !past ? 'scheduled' : r.next() < 0.12 ? 'cancelled' : 'held';
			const mode = r.weighted(MODES);
			const id = r.uuid();
			sessions.push({
				id,
				mentorship_id: m.row.id,
				title: `Demo session: ${m.topic.title}`,
				starts_at: startsAt.toISOString(),
				duration_minutes: r.pick([30, 45, 60, 90, 120]),
				mode,
				location: mode === 'site_visit' ? `Demo: the ICCC of the mentor city` : null,
				meeting_url: mode === 'online' ? `https://meet.example.org/demo-${id.slice(0, 8)}` : null,
				agenda_markdown: `Demo agenda: ${m.topic.title}, progress since the last session, next steps.`,
				notes_markdown:
					status === 'held' ? '**Demo notes.** Generated demo activity, not a real meeting.' : '',
				status,
				created_by: m.mentor.id
			});
			for (const officer of officers) attendees.push({ session_id: id, user_id: officer.id });
			if (status !== 'held') continue;
			for (let k = r.int(1, 4); k > 0; k--) {
				const due = startsAt.getTime() + r.int(7, 45) * DAY;
				const overdue = due < now - DAY;
				const itemStatus = overdue
					? r.weighted(
							m.row.status === 'completed'
								? { done: 85, dropped: 15 }
								: { done: 70, open: 18, dropped: 12 }
						)
					: r.weighted({ open: 75, done: 20, dropped: 5 });
				const item = {
					id: r.uuid(),
					mentorship_id: m.row.id,
					session_id: id,
					title: `Demo: ${r.pick(ACTIONS)}`,
					owner_id: r.pick(officers).id,
					due_on: istDate(due),
					status: itemStatus,
					closing_comment:
						itemStatus === 'done'
							? 'Demo: done.'
							: itemStatus === 'dropped'
								? 'Demo: no longer needed.'
								: null
				};
				items.push(item);
				if (itemStatus === 'open') continue;
				// On time (by the due date) or late; never after today, never before the session.
				const late = overdue && r.next() < 0.3;
				const closed = late ? due + r.int(1, 25) * DAY : due - r.int(0, 10) * DAY;
				closings.push({
					id: item.id,
					closed_at: at(Math.max(closed, startsAt.getTime() + 3600e3))
				});
			}
		}
	});

	// Adoptions: mentee cities of the mentorships that ran take up practices of other cities.
	const adoptions = [];
	const steps = [];
	// A city records a practice once: pairs already recorded are left alone.
	const taken = new Set(o.taken ?? []);
	const adopters = ran.filter((m) => m.start < now - 20 * DAY);
	for (
		let tries = 0;
		adoptions.length < o.adoptions && adopters.length && tries < o.adoptions * 20;
		tries++
	) {
		const m = adopters[tries % adopters.length];
		const practice = r.pick(o.practices);
		const key = `${m.row.mentee_city_id}>${practice.id}`;
		if (practice.city_id === m.row.mentee_city_id || taken.has(key)) continue;
		taken.add(key);
		const outcome = r.weighted(OUTCOMES);
		const ladder =
			outcome === 'dropped'
				? LADDER.slice(0, r.int(1, 3))
				: LADDER.slice(0, LADDER.indexOf(outcome) + 1);
		const id = r.uuid();
		let day = m.start + r.int(7, 60) * DAY;
		const planned = [];
		for (const stage of [...ladder, ...(outcome === 'dropped' ? ['dropped'] : [])]) {
			if (day > now - DAY) break;
			planned.push({ stage, day });
			day += r.int(20, 110) * DAY;
		}
		if (!planned.length) continue;
		const claimed = planned.some((s) => s.stage === 'implemented' || s.stage === 'scaled');
		adoptions.push({
			id,
			city_id: m.row.mentee_city_id,
			practice_id: practice.id,
			mentorship_id: m.row.id,
			stage: planned[0].stage,
			stage_on: istDate(planned[0].day),
			evidence_public: claimed && r.next() < 0.5,
			is_demo: true,
			created_by: m.mentor.id
		});
		for (const s of planned) {
			const claim = s.stage === 'implemented' || s.stage === 'scaled';
			const verified = claim && r.next() < 0.65;
			steps.push({
				id: r.uuid(),
				adoption_id: id,
				stage: s.stage,
				happened_on: istDate(s.day),
				evidence_markdown: `Demo: generated evidence of the ${s.stage} stage, not a real report.`,
				links: [],
				reason: s.stage === 'dropped' ? 'Demo: the budget went to other work this year.' : null,
				verified_by: verified ? r.pick(o.verifiers) : null,
				verified_at: verified ? at(s.day + r.int(3, 30) * DAY) : null,
				author_id: m.mentor.id
			});
		}
	}
	// Oldest first: each adoption follows its latest step as the steps arrive.
	steps.sort((a, b) => a.happened_on.localeCompare(b.happened_on));
	return {
		mentorships: mentorships.map((m) => m.row),
		sessions,
		attendees,
		items,
		closings,
		adoptions,
		steps
	};
}

function check(result, what) {
	if (result.error) throw new Error(`generating ${what} failed: ${result.error.message}`);
	return result.data;
}

async function insertAll(db, table, rows) {
	for (let i = 0; i < rows.length; i += BATCH) {
		check(await db.from(table).insert(rows.slice(i, i + BATCH)), table);
	}
}

/**
 * Closing an action item stamps it with the time of the write; generated history needs the day
 * it was closed, so that on time and late differ. System work on a local stack's database only:
 * the guard trigger is skipped for this one update.
 */
async function backdateClosings(databaseUrl, closings) {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		await client.query('begin');
		await client.query('set local session_replication_role = replica');
		await client.query(
			`update public.action_items a set closed_at = v.closed_at
			from unnest($1::uuid[], $2::timestamptz[]) as v(id, closed_at) where a.id = v.id`,
			[closings.map((c) => c.id), closings.map((c) => c.closed_at)]
		);
		await client.query('commit');
	} catch (error) {
		await client.query('rollback');
		throw error;
	} finally {
		await client.end();
	}
}

/**
 * Generates and writes demo activity through the service role, in batches. Returns the counts.
 * Without `databaseUrl`, closed action items keep the time they were written as their closing.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 * @param {{ mentorships: number, sessions: number, adoptions: number, waiting?: number,
 *   now?: Date, seed?: number, mentorEmails?: string[], menteeCities?: string[],
 *   practices?: { id: string, city_id: string }[], leadRunning?: boolean, databaseUrl?: string }} options
 */
export async function generateActivity(db, options, log) {
	const { now = new Date(), seed = 12, waiting = 4 } = options;
	const { id: programmeId } = check(
		await db.from('programmes').select('id').eq('slug', PROGRAMME).single(),
		'the programme'
	);
	const users = check(
		await db
			.from('users')
			.select('id, email, city_id, role')
			.in(
				'email',
				demoAccounts.map((a) => a.email)
			),
		'demo users'
	);
	const mentorEmails =
		options.mentorEmails ?? demoAccounts.filter((a) => a.role === 'mentor').map((a) => a.email);
	const mentors = mentorEmails.map((email) => {
		const found = users.find((u) => u.email === email);
		if (!found) throw new Error(`generating activity: no demo account ${email}`);
		return found;
	});
	const cities = check(await db.from('cities').select('id, slug, name').order('slug'), 'cities');
	const mentorCities = new Set(mentors.map((m) => m.city_id));
	const menteeCities = cities.filter((c) =>
		options.menteeCities ? options.menteeCities.includes(c.slug) : !mentorCities.has(c.id)
	);
	const practices =
		options.practices ??
		check(
			await db.from('practices').select('id, city_id').eq('status', 'published'),
			'published practices'
		);
	const existing = check(await db.from('adoptions').select('city_id, practice_id'), 'adoptions');
	const plan = planActivity({
		taken: existing.map((a) => `${a.city_id}>${a.practice_id}`),
		programmeId,
		mentors,
		menteeCities,
		practices,
		users: users.filter((u) => u.city_id),
		verifiers: [
			...mentors.map((m) => m.id),
			...users.filter((u) => u.role === 'mission_admin').map((u) => u.id)
		],
		mentorships: options.mentorships,
		sessions: options.sessions,
		adoptions: options.adoptions,
		waiting,
		now,
		seed,
		leadRunning: options.leadRunning
	});
	await insertAll(db, 'mentorships', plan.mentorships);
	await insertAll(db, 'mentorship_sessions', plan.sessions);
	await insertAll(db, 'session_attendees', plan.attendees);
	await insertAll(db, 'action_items', plan.items);
	if (options.databaseUrl && plan.closings.length) {
		await backdateClosings(options.databaseUrl, plan.closings);
	}
	await insertAll(db, 'adoptions', plan.adoptions);
	await insertAll(db, 'adoption_steps', plan.steps);
	const counts = {
		mentorships: plan.mentorships.length,
		sessions: plan.sessions.length,
		action_items: plan.items.length,
		adoptions: plan.adoptions.length,
		steps: plan.steps.length
	};
	log?.info(
		`generated demo activity: ${counts.mentorships} mentorships, ${counts.sessions} sessions, ` +
			`${counts.action_items} action items, ${counts.adoptions} adoptions`
	);
	return counts;
}

// The local demo stays clear of the cities, practices and demo accounts the tests work with.
export const DEMO_MENTEE_CITIES = [
	'agartala',
	'aizawl',
	'amaravati',
	'bhubaneswar',
	'davanagere',
	'dehradun',
	'dharamshala',
	'hubballi-dharwad',
	'imphal',
	'itanagar',
	'jaipur',
	'jammu',
	'mangaluru',
	'muzaffarpur',
	'naya-raipur',
	'new-delhi-ndmc',
	'panaji',
	'pasighat',
	'port-blair',
	'puducherry',
	'ranchi',
	'rourkela',
	'saharanpur',
	'shimla',
	'shivamogga',
	'srinagar',
	'thiruvananthapuram',
	'udaipur',
	'varanasi'
];
const DEMO_PRACTICES = [
	'rajkot-integrated-iccc-nana-mava-national-mentor',
	'sagar-iccc-as-covid-19-control-room',
	'playbook-setting-up-a-mentorship-between-two-icccs',
	'playbook-preparing-for-an-iccc-maturity-assessment-imaf',
	'case-study-one-control-room-for-water-and-drainage-scada'
];

/**
 * The local demo's activity (local stack only): about 24 mentorships of the Ahmedabad, Surat and
 * Pune demo mentors, 150 sessions, 40 adoptions and 4 waiting requests. Runs once: skipped when
 * there are more demo mentorships than the two seedDemoMentorships makes.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 */
export async function seedDemoActivity(db, log, { databaseUrl, now = new Date() } = {}) {
	const { count, error } = await db
		.from('mentorships')
		.select('*', { count: 'exact', head: true })
		.eq('is_demo', true);
	if (error) throw new Error(`could not count demo mentorships: ${error.message}`);
	if ((count ?? 0) > 2) return null;
	const practices = check(
		await db
			.from('practices')
			.select('id, city_id')
			.eq('status', 'published')
			.in('slug', DEMO_PRACTICES),
		'demo practices'
	);
	return generateActivity(
		db,
		{
			mentorships: 24,
			sessions: 150,
			adoptions: 40,
			waiting: 4,
			now,
			seed: 12,
			mentorEmails: ['ahmedabad', 'surat', 'pune'].map((c) => `mentor.${c}@citysetu.test`),
			menteeCities: DEMO_MENTEE_CITIES,
			practices,
			databaseUrl
		},
		log
	);
}
