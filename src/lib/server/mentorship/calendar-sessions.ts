// Sessions as calendar entries: read as the person who asks (row-level security decides what
// they see), shaped for calendar.ts, which writes the .ics text. One session for a download,
// or a user's own sessions for their feed.
import type { Locale } from '$lib/i18n';
import type { DbUser } from '../db';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { calendarFeed, feedWindowStart, sessionCalendar } from './calendar';
import type { CalendarAttendee, CalendarSession } from './calendar';

// A feed lists a user's sessions: a few a month per mentorship, so this is far above any real
// feed, and it keeps one request bounded whatever happens.
const FEED_LIMIT = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// One literal, so that supabase-js can type the rows from it.
const SESSION_COLUMNS = `id, mentorship_id, title, starts_at, duration_minutes, mode, location, meeting_url,
	agenda_markdown, status, sequence, updated_at,
	mentorship:mentorships (mentor_city:cities!mentorships_mentor_city_id_fkey (name),
		mentee_city:cities!mentorships_mentee_city_id_fkey (name)),
	session_attendees (user_id), session_guests (name, designation)`;

export interface CalendarFileOptions {
	/** The public origin: the UIDs' host and the links back to CitySetu. */
	origin: string;
	locale: Locale;
	now?: Date;
}

/** Whether a value is a uuid, checked before it goes into a query. */
export function isUuid(value: string): boolean {
	return UUID.test(value);
}

/**
 * Reads sessions with their cities, attendees and guests. Attendees are named when the reader
 * may see their name (their own city's officers, or a mentor's public identity); the others are
 * left out rather than looked up past the reader's rights.
 */
async function readSessions(
	db: Db,
	filter: { ids?: string[]; mentorshipIds?: string[]; since?: Date }
): Promise<CalendarSession[]> {
	let query = db.from('mentorship_sessions').select(SESSION_COLUMNS);
	if (filter.ids && filter.mentorshipIds) {
		query = query.or(
			`id.in.(${filter.ids.join(',')}),mentorship_id.in.(${filter.mentorshipIds.join(',')})`
		);
	} else if (filter.ids) query = query.in('id', filter.ids);
	else if (filter.mentorshipIds) query = query.in('mentorship_id', filter.mentorshipIds);
	if (filter.since) query = query.gte('starts_at', filter.since.toISOString());
	const { data, error } = await query.order('starts_at').limit(FEED_LIMIT);
	if (error) throw new DatabaseError('reading sessions for a calendar', error);
	const rows = data ?? [];
	const names = await attendeeNames(db, [
		...new Set(rows.flatMap((r) => r.session_attendees.map((a) => a.user_id)))
	]);
	return rows.map((row) => ({
		id: row.id,
		mentorshipId: row.mentorship_id,
		title: row.title,
		startsAt: row.starts_at,
		durationMinutes: row.duration_minutes,
		mode: row.mode,
		location: row.location,
		meetingUrl: row.meeting_url,
		agendaMarkdown: row.agenda_markdown,
		status: row.status,
		sequence: row.sequence,
		updatedAt: row.updated_at,
		mentorCity: row.mentorship?.mentor_city?.name ?? '',
		menteeCity: row.mentorship?.mentee_city?.name ?? '',
		attendees: [
			...row.session_attendees.flatMap((a) => names.get(a.user_id) ?? []),
			...row.session_guests.map((g) => ({ name: g.name, designation: g.designation }))
		]
	}));
}

/** The names the reader may see: users of their own city, then mentors' public identities. */
async function attendeeNames(db: Db, ids: string[]): Promise<Map<string, CalendarAttendee>> {
	const names = new Map<string, CalendarAttendee>();
	if (ids.length === 0) return names;
	const users = await db.from('users').select('id, name, designation').in('id', ids);
	if (users.error) throw new DatabaseError('reading attendees', users.error);
	for (const u of users.data ?? []) names.set(u.id, { name: u.name, designation: u.designation });
	const missing = ids.filter((id) => !names.has(id));
	if (missing.length > 0) {
		const mentors = await db
			.from('mentor_directory')
			.select('id, name, designation')
			.in('id', missing);
		if (mentors.error) throw new DatabaseError('reading attending mentors', mentors.error);
		for (const m of mentors.data ?? []) {
			if (m.id && m.name) names.set(m.id, { name: m.name, designation: m.designation });
		}
	}
	return names;
}

/** One session's .ics, or null when there is no such session or the user may not read it. */
export async function sessionIcs(
	user: DbUser,
	sessionId: string,
	options: CalendarFileOptions
): Promise<string | null> {
	if (!isUuid(sessionId)) return null;
	const [session] = await readSessions(userDb(user), { ids: [sessionId] });
	return session ? sessionCalendar(session, options) : null;
}

/**
 * The feed of a user's own mentorships: sessions of the mentorships their city takes part in,
 * and any session they attend (an admin's feed holds only those), from 90 days back onward.
 * Read as the user, so row-level security still decides.
 */
export async function userFeedIcs(user: DbUser, options: CalendarFileOptions): Promise<string> {
	const db = userDb(user);
	const now = options.now ?? new Date();
	const [mentorships, attending] = await Promise.all([
		user.cityId
			? db
					.from('mentorships')
					.select('id')
					.or(`mentor_city_id.eq.${user.cityId},mentee_city_id.eq.${user.cityId}`)
					.in('status', ['active', 'paused', 'completed'])
			: Promise.resolve({ data: [] as { id: string }[], error: null }),
		db.from('session_attendees').select('session_id').eq('user_id', user.id)
	]);
	if (mentorships.error) throw new DatabaseError('reading a feed’s mentorships', mentorships.error);
	if (attending.error) throw new DatabaseError('reading a feed’s sessions', attending.error);
	const mentorshipIds = (mentorships.data ?? []).map((m) => m.id);
	const sessionIds = (attending.data ?? []).map((a) => a.session_id);
	const sessions =
		mentorshipIds.length === 0 && sessionIds.length === 0
			? []
			: await readSessions(db, {
					...(sessionIds.length > 0 && { ids: sessionIds }),
					...(mentorshipIds.length > 0 && { mentorshipIds }),
					since: feedWindowStart(now)
				});
	return calendarFeed(sessions, { ...options, now });
}
