// A mentorship's work (goals, sessions and action items) as the JSON API answers it: for the
// sessions and action-item endpoints, and for GET /api/v1/mentorships/{id}, which adds it for
// those who may read the private parts.
import type { Db } from '../supabase';
import { listActionItems } from './action-items';
import type { ActionItem } from './action-items';
import { listGoals } from './goals';
import type { Goal } from './goals';
import { listPeople } from './overview';
import type { Person } from './overview';
import { listSessions } from './sessions';
import type { Session } from './sessions';
import { indiaToday, overdueDays } from './timeline';

type Names = Map<string, string>;

function namesOf(people: Person[]): Names {
	return new Map(people.map((p) => [p.id, p.name]));
}

const personRef = (names: Names, id: string) => ({ id, name: names.get(id) ?? null });

/** A session as the API answers it. */
export function sessionJson(session: Session, people: Person[]) {
	const names = namesOf(people);
	return {
		id: session.id,
		mentorship_id: session.mentorship_id,
		title: session.title,
		starts_at: new Date(session.starts_at).toISOString(),
		duration_minutes: session.duration_minutes,
		mode: session.mode,
		location: session.location,
		meeting_url: session.meeting_url,
		agenda: session.agenda_markdown,
		notes: session.notes_markdown,
		status: session.status,
		version: session.version,
		sequence: session.sequence,
		attendees: session.attendees.map((id) => personRef(names, id)),
		guests: session.guests,
		ics_url: `/api/v1/sessions/${session.id}.ics`,
		created_at: session.created_at,
		updated_at: session.updated_at
	};
}

/** An action item as the API answers it, with how many days it is overdue (in India). */
export function actionItemJson(item: ActionItem, people: Person[], today = indiaToday()) {
	return {
		id: item.id,
		mentorship_id: item.mentorship_id,
		session_id: item.session_id,
		title: item.title,
		owner: personRef(namesOf(people), item.owner_id),
		due_on: item.due_on,
		status: item.status,
		overdue_days: overdueDays(item, today),
		closing_comment: item.closing_comment,
		closed_at: item.closed_at,
		version: item.version,
		created_at: item.created_at,
		updated_at: item.updated_at
	};
}

/** A goal as the API answers it. */
export function goalJson(goal: Goal) {
	return {
		id: goal.id,
		text: goal.text,
		status: goal.status,
		practices: goal.practices,
		created_at: goal.created_at,
		updated_at: goal.updated_at
	};
}

/**
 * The goals, sessions and action items of a mentorship, read as the caller: the policies give
 * empty lists to anyone who may not read them, so check access before adding them to an answer.
 */
export async function mentorshipWork(db: Db, mentorshipId: string) {
	const [goals, sessions, items, people] = await Promise.all([
		listGoals(db, mentorshipId),
		listSessions(db, mentorshipId),
		listActionItems(db, mentorshipId),
		listPeople(db, mentorshipId)
	]);
	const today = indiaToday();
	return {
		goals: goals.map(goalJson),
		sessions: sessions.map((s) => sessionJson(s, people)),
		action_items: items.map((i) => actionItemJson(i, people, today))
	};
}
