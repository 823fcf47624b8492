// The mentorship's one timeline, and when an action item is overdue. Pure: no database, so the
// page, the API and the dashboard compute them alike, and unit tests pin them down.
import type { Enums } from '$lib/database.types';
import { IST_OFFSET_MINUTES } from '$lib/time';

/** Today's date in India (YYYY-MM-DD): due dates are Indian dates. */
export function indiaToday(now: Date | number = Date.now()): string {
	return new Date(new Date(now).getTime() + IST_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** Whole days from one date (YYYY-MM-DD) to another. */
function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How many days an action item is overdue: open and its due date passed (in India). 0 when it
 * is not overdue, including on the day it is due.
 */
export function overdueDays(
	item: { status: Enums<'action_status'>; due_on: string },
	today: string
): number {
	if (item.status !== 'open') return 0;
	return Math.max(0, daysBetween(item.due_on, today));
}

export type TimelineEntry =
	| {
			kind: 'status';
			at: string;
			id: string;
			status: Enums<'mentorship_status'>;
			actor_id: string | null;
			note: string | null;
	  }
	| { kind: 'session'; at: string; id: string }
	| { kind: 'goal'; at: string; id: string }
	| { kind: 'action'; at: string; id: string }
	| { kind: 'action_closed'; at: string; id: string };

// At the same instant, the order things happen in: a status first, then what it allowed.
const order: Record<TimelineEntry['kind'], number> = {
	status: 0,
	goal: 1,
	session: 2,
	action: 3,
	action_closed: 4
};

export interface TimelineParts {
	events: {
		id: number | string;
		status: Enums<'mentorship_status'>;
		actor_id: string | null;
		note: string | null;
		created_at: string;
	}[];
	sessions: { id: string; starts_at: string }[];
	goals: { id: string; created_at: string }[];
	actions: { id: string; created_at: string; closed_at: string | null }[];
}

/**
 * Status changes, goals, sessions (at their start, with their notes) and action items (added,
 * and closed) merged into one list, oldest first; ties keep a fixed order.
 */
export function buildTimeline(parts: TimelineParts): TimelineEntry[] {
	const entries: TimelineEntry[] = [
		...parts.events.map((e) => ({
			kind: 'status' as const,
			at: e.created_at,
			id: String(e.id),
			status: e.status,
			actor_id: e.actor_id,
			note: e.note
		})),
		...parts.goals.map((g) => ({ kind: 'goal' as const, at: g.created_at, id: g.id })),
		...parts.sessions.map((s) => ({ kind: 'session' as const, at: s.starts_at, id: s.id })),
		...parts.actions.map((a) => ({ kind: 'action' as const, at: a.created_at, id: a.id })),
		...parts.actions.flatMap((a) =>
			a.closed_at ? [{ kind: 'action_closed' as const, at: a.closed_at, id: a.id }] : []
		)
	];
	return entries.sort(
		(a, b) =>
			Date.parse(a.at) - Date.parse(b.at) ||
			order[a.kind] - order[b.kind] ||
			a.id.localeCompare(b.id, 'en', { numeric: true })
	);
}
