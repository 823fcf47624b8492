// Who scheduled mail goes to, and queueing it. SYSTEM WORK: the jobs run without a user, with the
// service role. A mentorship belongs to two cities, so "both sides" are the officers on each side
// now (open periods, still active in that side's city); a side left with none (its officer
// transferred, or an admin's proposal that named no one on the mentee side) falls back to that
// city's active officers: its mentors on the mentor side, anyone but admins on the mentee side.
import type { Enums, Json } from '$lib/database.types';
import { systemDb } from '../db';
import { DatabaseError } from '../errors';
import type { Mail } from './nudge-mail';
import { settingsOf } from './notification-settings';
import type { NotificationSettings } from './notification-settings';

export interface Person {
	id: string;
	email: string;
	role: Enums<'app_role'>;
	city_id: string | null;
	status: Enums<'user_status'>;
}

export interface Sides {
	id: string;
	mentor_city_id: string;
	mentee_city_id: string;
}

/** One message to one user, and what makes it unique in notification_log. */
export interface Notice {
	kind: string;
	subjectId: string;
	userId: string;
	period: string;
	mail: Mail;
}

/** What a job did, for its log line and scheduled_runs. */
export interface JobResult {
	job: string;
	/** Messages the rules called for. */
	due: number;
	/** Left out: the recipient turned this mail off or may no longer sign in. */
	skipped: number;
	/** Queued now; the rest had gone out on an earlier run. */
	queued: number;
	note?: string;
}

const PERSON_COLUMNS = 'id, email, role, city_id, status';
const CHUNK = 200;

function chunks<T>(items: T[]): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
	return out;
}

/** The people with these ids. */
export async function peopleById(ids: string[]): Promise<Map<string, Person>> {
	const people = new Map<string, Person>();
	for (const part of chunks([...new Set(ids)])) {
		const { data, error } = await systemDb().from('users').select(PERSON_COLUMNS).in('id', part);
		if (error) throw new DatabaseError('reading recipients', error);
		for (const p of data ?? []) people.set(p.id, p);
	}
	return people;
}

/**
 * For each mentorship, the user ids of its officers now on both sides, or on the sides given
 * (see the note at the top).
 */
export async function bothSides(
	mentorships: Sides[],
	sides: readonly Enums<'mentorship_side'>[] = ['mentor', 'mentee']
): Promise<Map<string, string[]>> {
	const result = new Map<string, string[]>();
	if (mentorships.length === 0) return result;
	const db = systemDb();
	const periods: { mentorship_id: string; user_id: string; side: Enums<'mentorship_side'> }[] = [];
	for (const part of chunks(mentorships.map((m) => m.id))) {
		const { data, error } = await db
			.from('mentorship_officers')
			.select('mentorship_id, user_id, side')
			.in('mentorship_id', part)
			.is('ended_at', null);
		if (error) throw new DatabaseError('reading officers', error);
		periods.push(...(data ?? []));
	}
	const cities = [...new Set(mentorships.flatMap((m) => [m.mentor_city_id, m.mentee_city_id]))];
	const inCities: Person[] = [];
	for (const part of chunks(cities)) {
		const { data, error } = await db
			.from('users')
			.select(PERSON_COLUMNS)
			.in('city_id', part)
			.eq('status', 'active');
		if (error) throw new DatabaseError('reading the officers of two cities', error);
		inCities.push(...(data ?? []));
	}
	const people = new Map(inCities.map((p) => [p.id, p]));
	for (const m of mentorships) {
		const ids = new Set<string>();
		for (const side of sides) {
			const city = side === 'mentor' ? m.mentor_city_id : m.mentee_city_id;
			const officers = periods
				.filter((o) => o.mentorship_id === m.id && o.side === side)
				.filter((o) => people.get(o.user_id)?.city_id === city)
				.map((o) => o.user_id);
			const fallback = inCities
				.filter((p) => p.city_id === city)
				.filter((p) => (side === 'mentor' ? p.role === 'mentor' : p.role !== 'mission_admin'))
				.map((p) => p.id);
			for (const id of officers.length > 0 ? officers : fallback) ids.add(id);
		}
		result.set(m.id, [...ids]);
	}
	return result;
}

/**
 * Queues the notices whose recipient is active and has not turned `setting` off (null: mail one
 * cannot turn off), each once: the database skips any already in notification_log, in the same
 * transaction as the mail, so a job run twice or on two instances at once sends nothing twice.
 */
export async function queueNotices(
	job: string,
	setting: keyof NotificationSettings | null,
	notices: Notice[]
): Promise<JobResult> {
	const userIds = [...new Set(notices.map((n) => n.userId))];
	const [people, settings] = await Promise.all([
		peopleById(userIds),
		setting ? settingsOf(userIds) : Promise.resolve(new Map<string, NotificationSettings>())
	]);
	const wanted = notices.filter((n) => {
		const person = people.get(n.userId);
		return person?.status === 'active' && (!setting || settings.get(n.userId)?.[setting] !== false);
	});
	let queued = 0;
	for (const part of chunks(wanted)) {
		const payload = part.map((n) => ({
			kind: n.kind,
			subject_id: n.subjectId,
			user_id: n.userId,
			period: n.period,
			to_email: people.get(n.userId)?.email ?? '',
			subject: n.mail.subject,
			body: n.mail.body
		}));
		const { data, error } = await systemDb().rpc('queue_notifications', {
			p: payload satisfies Json
		});
		if (error) throw new DatabaseError(`queueing ${job} mail`, error);
		queued += data;
	}
	return { job, due: notices.length, skipped: notices.length - wanted.length, queued };
}
