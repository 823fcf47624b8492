// Mentorships: a mentor city paired with a mentee city. Anyone reads which city mentors which
// while the pairing runs or ran (its public part); the two cities and the admins also read the
// request, its answer, the timeline and the officers (its private part). Row-level security
// decides both: this module asks as the caller and reads what comes back.
import type { Enums, Tables } from '$lib/database.types';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';

export type MentorshipStatus = Enums<'mentorship_status'>;

/** Statuses in which a request waits for the mentor's answer. */
export const OPEN_STATUSES = ['requested', 'proposed'] as const satisfies MentorshipStatus[];

export interface MentorshipFilters {
	status?: MentorshipStatus;
	/** A city slug: mentorships where it mentors or is mentored. */
	city?: string;
	/** A programme slug. */
	programme?: string;
}

type CityRef = { id: string; slug: string; name: string };

/** The public part of a mentorship, as lists show it. */
export interface MentorshipSummary {
	id: string;
	programme: { slug: string; name_en: string; name_hi: string };
	mentor_city: CityRef;
	mentee_city: CityRef;
	/** The lead mentor, where the caller may see their profile (historical pairings have none). */
	mentor: { id: string; name: string } | null;
	status: MentorshipStatus;
	sectors: string[];
	components: string[];
	started_on: string | null;
	ended_on: string | null;
	source_url: string | null;
	created_at: string;
}

export type TimelineEvent = Pick<
	Tables<'mentorship_events'>,
	'id' | 'status' | 'actor_id' | 'note' | 'created_at'
> & { actor_name: string | null };

export type OfficerPeriod = Pick<
	Tables<'mentorship_officers'>,
	'id' | 'user_id' | 'side' | 'is_lead' | 'started_at' | 'ended_at' | 'ended_reason'
> & { name: string | null; designation: string | null };

/** What only the two cities and the admins read. */
export interface MentorshipPrivate {
	requested_at: string | null;
	decided_at: string | null;
	need_markdown: string;
	decision_reason: string | null;
	closing_summary: string | null;
	/** Every status change, oldest first. */
	events: TimelineEvent[];
	/** Every officer's period on either side, oldest first. */
	officers: OfficerPeriod[];
}

/**
 * A mentorship with its private part when the caller may read it (null otherwise). Other parts
 * of the page (goals, sessions, action items) are read by their own modules and added beside it.
 */
export interface MentorshipDetail extends MentorshipSummary {
	private: MentorshipPrivate | null;
}

// The columns the public may read (the anon role holds a column grant on exactly these).
const publicColumns = `id, status, sectors, components, started_on, ended_on, source_url,
	created_at, lead_mentor_id,
	programme:programmes!inner (slug, name_en, name_hi),
	mentor_city:cities!mentorships_mentor_city_id_fkey (id, slug, name),
	mentee_city:cities!mentorships_mentee_city_id_fkey (id, slug, name)`;

type PublicRow = Omit<MentorshipSummary, 'mentor'> & { lead_mentor_id: string | null };

/** The id of a city by slug, or null. */
async function cityId(db: Db, slug: string): Promise<string | null> {
	const { data, error } = await db.from('cities').select('id').eq('slug', slug).maybeSingle();
	if (error) throw new DatabaseError('finding a city', error);
	return data?.id ?? null;
}

/** Names of the lead mentors whose profiles the caller may see. */
async function mentorNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Map();
	const { data, error } = await db.from('mentor_directory').select('id, name').in('id', wanted);
	if (error) throw new DatabaseError('naming mentors', error);
	return new Map(
		(data ?? []).flatMap((row) => (row.id && row.name ? [[row.id, row.name] as const] : []))
	);
}

async function withMentors(db: Db, rows: PublicRow[]): Promise<MentorshipSummary[]> {
	const names = await mentorNames(
		db,
		rows.map((row) => row.lead_mentor_id)
	);
	return rows.map(({ lead_mentor_id, ...row }) => {
		const name = lead_mentor_id ? names.get(lead_mentor_id) : undefined;
		return { ...row, mentor: lead_mentor_id && name ? { id: lead_mentor_id, name } : null };
	});
}

/**
 * One page of the mentorships the caller may see, newest first: the public sees running and past
 * pairings; a city's officers also their own city's requests and refusals; admins everything.
 */
export async function listMentorships(
	db: Db,
	filters: MentorshipFilters,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; mentorships: MentorshipSummary[] }> {
	let query = db.from('mentorships').select(publicColumns, { count: 'exact' });
	if (filters.status) query = query.eq('status', filters.status);
	if (filters.city) {
		const id = await cityId(db, filters.city);
		if (!id) return { total: 0, mentorships: [] };
		query = query.or(`mentor_city_id.eq.${id},mentee_city_id.eq.${id}`);
	}
	if (filters.programme) query = query.eq('programmes.slug', filters.programme);
	const from = (page - 1) * perPage;
	const { data, count, error } = await query
		.order('created_at', { ascending: false })
		.order('id')
		.range(from, from + perPage - 1);
	// PGRST103: a page past the end.
	if (error && error.code !== 'PGRST103') throw new DatabaseError('listing mentorships', error);
	return { total: count ?? 0, mentorships: await withMentors(db, data ?? []) };
}

/** A mentee city's requests still waiting for an answer, newest first. */
export async function openRequestsOf(db: Db, menteeCityId: string): Promise<MentorshipSummary[]> {
	const { data, error } = await db
		.from('mentorships')
		.select(publicColumns)
		.eq('mentee_city_id', menteeCityId)
		.in('status', OPEN_STATUSES)
		.order('created_at', { ascending: false });
	if (error) throw new DatabaseError('listing open requests', error);
	return withMentors(db, data ?? []);
}

/** The public part of a mentorship the caller may see, or null. */
export async function getMentorship(db: Db, id: string): Promise<MentorshipSummary | null> {
	const { data, error } = await db
		.from('mentorships')
		.select(publicColumns)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading mentorship ${id}`, error);
	if (!data) return null;
	return (await withMentors(db, [data]))[0];
}

/**
 * The private part, or null when the caller may not read it: the public holds no privilege on
 * it at all, and row-level security gives anyone outside the two cities no rows. Every
 * mentorship has at least its first timeline event, so an empty timeline means not readable.
 * Names come from mentorship_people: a city's officers may not read the other city's users.
 */
async function privatePart(db: Db, id: string): Promise<MentorshipPrivate | null> {
	const [brief, dates, events, officers, people] = await Promise.all([
		db
			.from('mentorship_briefs')
			.select('need_markdown, decision_reason, closing_summary')
			.eq('mentorship_id', id)
			.maybeSingle(),
		db.from('mentorships').select('requested_at, decided_at').eq('id', id).maybeSingle(),
		db
			.from('mentorship_events')
			.select('id, status, actor_id, note, created_at')
			.eq('mentorship_id', id)
			.order('created_at')
			.order('id'),
		db
			.from('mentorship_officers')
			.select('id, user_id, side, is_lead, started_at, ended_at, ended_reason')
			.eq('mentorship_id', id)
			.order('started_at'),
		db.rpc('mentorship_people', { p_mentorship_id: id })
	]);
	// 42501: the public may not read these at all.
	if ([brief, dates, events, officers, people].some((r) => r.error?.code === '42501')) {
		return null;
	}
	if (brief.error) throw new DatabaseError(`reading the brief of ${id}`, brief.error);
	if (dates.error) throw new DatabaseError(`reading the dates of ${id}`, dates.error);
	if (events.error) throw new DatabaseError(`reading the timeline of ${id}`, events.error);
	if (officers.error) throw new DatabaseError(`reading the officers of ${id}`, officers.error);
	if (people.error) throw new DatabaseError(`naming the people of ${id}`, people.error);
	if (!events.data || events.data.length === 0) return null;
	const named = new Map((people.data ?? []).map((person) => [person.id, person]));
	return {
		requested_at: dates.data?.requested_at ?? null,
		decided_at: dates.data?.decided_at ?? null,
		need_markdown: brief.data?.need_markdown ?? '',
		decision_reason: brief.data?.decision_reason ?? null,
		closing_summary: brief.data?.closing_summary ?? null,
		events: events.data.map((event) => ({
			...event,
			actor_name: (event.actor_id && named.get(event.actor_id)?.name) || null
		})),
		officers: (officers.data ?? []).map((officer) => ({
			...officer,
			name: named.get(officer.user_id)?.name ?? null,
			designation: named.get(officer.user_id)?.designation ?? null
		}))
	};
}

/**
 * A mentorship as its page and `GET /api/v1/mentorships/{id}` show it: null when the caller may
 * not see it at all (a request is its two cities' business), the private part only for those
 * who may read it. Goals, sessions and action items join it from their own modules.
 */
export async function mentorshipDetail(db: Db, id: string): Promise<MentorshipDetail | null> {
	const summary = await getMentorship(db, id);
	if (!summary) return null;
	return { ...summary, private: await privatePart(db, id) };
}

/**
 * The start of the next scheduled session of each mentorship the caller may read privately
 * (others are simply absent from the map).
 */
export async function nextSessions(db: Db, ids: string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const { data, error } = await db
		.from('mentorship_sessions')
		.select('mentorship_id, starts_at')
		.in('mentorship_id', ids)
		.eq('status', 'scheduled')
		.gte('starts_at', new Date().toISOString())
		.order('starts_at');
	if (error?.code === '42501') return new Map();
	if (error) throw new DatabaseError('reading next sessions', error);
	const next = new Map<string, string>();
	for (const row of data ?? []) {
		if (!next.has(row.mentorship_id)) next.set(row.mentorship_id, row.starts_at);
	}
	return next;
}

// The writes (request, propose, answer, withdraw, pause, resume, complete) live in lifecycle.ts.
export { changeMentorshipStatus, decideMentorship, requestMentorship } from './lifecycle';
export type { DecisionResult, Refusal, RequestResult, StatusResult } from './lifecycle';
