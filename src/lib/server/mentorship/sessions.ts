// Mentorship sessions: listed and read as the user; scheduled and saved through save_session,
// which refuses a save made from a version someone has since replaced (409). Each save of a
// session starting within a day is mailed to its attendees (session-mail.ts).
import * as v from 'valibot';
import type { Tables } from '$lib/database.types';
import type { SessionInput, SessionPatch } from '$lib/schemas/session';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { mailSessionChange } from './session-mail';
import { refusalOf } from './write-result';
import type { Refusal } from './write-result';

export type SessionRow = Pick<
	Tables<'mentorship_sessions'>,
	| 'id'
	| 'mentorship_id'
	| 'title'
	| 'starts_at'
	| 'duration_minutes'
	| 'mode'
	| 'location'
	| 'meeting_url'
	| 'agenda_markdown'
	| 'notes_markdown'
	| 'status'
	| 'version'
	| 'sequence'
	| 'created_at'
	| 'updated_at'
>;

export interface Guest {
	name: string;
	designation: string | null;
}

/** A session with the user ids of its attendees and its guests. */
export type Session = SessionRow & { attendees: string[]; guests: Guest[] };

const columns = `id, mentorship_id, title, starts_at, duration_minutes, mode, location, meeting_url,
	agenda_markdown, notes_markdown, status, version, sequence, created_at, updated_at,
	attendees:session_attendees (user_id), guests:session_guests (name, designation)`;

type Selected = SessionRow & { attendees: { user_id: string }[]; guests: Guest[] };

function toSession({ attendees, guests, ...row }: Selected): Session {
	return { ...row, attendees: attendees.map((a) => a.user_id).sort(), guests };
}

/** A mentorship's sessions the reader may see, in the order they take place. */
export async function listSessions(db: Db, mentorshipId: string): Promise<Session[]> {
	const { data, error } = await db
		.from('mentorship_sessions')
		.select(columns)
		.eq('mentorship_id', mentorshipId)
		.order('starts_at')
		.order('id');
	if (error) throw new DatabaseError(`listing the sessions of mentorship ${mentorshipId}`, error);
	return (data ?? []).map(toSession);
}

/** A session the reader may see, or null. */
export async function getSession(db: Db, id: string): Promise<Session | null> {
	const { data, error } = await db
		.from('mentorship_sessions')
		.select(columns)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading session ${id}`, error);
	return data ? toSession(data) : null;
}

// save_session answers in JSON, which the generated types cannot describe.
const saveAnswer = v.variant('status', [
	v.object({
		status: v.literal('saved'),
		id: v.string(),
		version: v.number(),
		sequence: v.number()
	}),
	v.object({ status: v.literal('conflict') }),
	v.object({ status: v.literal('not_found') }),
	v.object({ status: v.literal('forbidden') })
]);

export type SaveResult =
	| { kind: 'saved'; session: Session }
	| { kind: 'conflict'; current: Session }
	| { kind: 'not_found' }
	| Refusal;

/** What a save sends save_session: every field optional for an edit. */
export type SessionChanges = Partial<Omit<SessionInput, 'location' | 'meeting_url'>> & {
	location?: string | null;
	meeting_url?: string | null;
	notes?: string;
	status?: SessionPatch['status'];
};

async function save(
	user: SessionUser,
	p: Record<string, unknown>,
	what: string
): Promise<SaveResult> {
	const db = userDb(user);
	const before = typeof p.id === 'string' ? await getSession(db, p.id) : null;
	if (typeof p.id === 'string' && !before) return { kind: 'not_found' };
	const { data, error } = await db.rpc('save_session', { p: p as never });
	if (error) return refusalOf(error, what);
	const answer = v.parse(saveAnswer, data);
	switch (answer.status) {
		case 'saved': {
			const session = await getSession(db, answer.id);
			if (!session) throw new Error(`${what}: the saved session ${answer.id} cannot be read back`);
			// The session is saved whatever happens to the mail: a failure to queue it is logged.
			await mailSessionChange(user, before, session).catch((cause: unknown) =>
				console.error(`${what}: the mail to its attendees was not queued:`, cause)
			);
			return { kind: 'saved', session };
		}
		case 'conflict': {
			const current = await getSession(db, String(p.id));
			return current ? { kind: 'conflict', current } : { kind: 'not_found' };
		}
		case 'not_found':
			// save_session locks the row for update, which the policies allow only while the
			// mentorship runs: a session the user can read is then not theirs to change.
			return before ? { kind: 'forbidden' } : { kind: 'not_found' };
		case 'forbidden':
			return { kind: 'forbidden' };
	}
}

/** Schedules a session on a mentorship, as the user. */
export function scheduleSession(
	user: SessionUser,
	mentorshipId: string,
	input: SessionChanges
): Promise<SaveResult> {
	return save(
		user,
		{ ...input, mentorship_id: mentorshipId },
		`scheduling a session on ${mentorshipId}`
	);
}

/**
 * Saves changes to a session made from `version`; if someone saved since, nothing changes and
 * the answer carries the session as it is now.
 */
export function saveSession(
	user: SessionUser,
	id: string,
	version: number,
	changes: SessionChanges
): Promise<SaveResult> {
	return save(user, { ...changes, id, version }, `saving session ${id}`);
}
