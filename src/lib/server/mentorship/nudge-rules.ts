// When the scheduled mail is due: pure rules over rows the jobs read, so they can be tested with
// any clock. Days are IST days (see ist-days.ts). Each rule also names the `period` that makes a
// repeat a new message in notification_log: the day of a digest, the date a reminded session is
// on, the stretch of silence a nudge is about.
import { addDays, daysBetween, istDay, istDayStart, istHour } from './ist-days';

/** Reminders and digests go out from 07:00 IST, not in the night. */
export const SEND_FROM_HOUR_IST = 7;
/** The digest lists open action items due within this many days, and the overdue ones. */
export const DIGEST_DAYS_AHEAD = 3;
/** A request unanswered this many days gets a nudge to the mentor. */
export const UNANSWERED_DAYS = 7;
/** A request unanswered this many days expires. */
export const EXPIRE_DAYS = 10;
/** An active mentorship with no session this many days after acceptance gets a nudge. */
export const FIRST_SESSION_DAYS = 14;
/** An active mentorship without a session for this many days gets a nudge, and again after as many. */
export const QUIET_DAYS = 30;
/** Officers hear this many days ahead that their programme ends. */
export const PROGRAMME_END_DAYS = 30;

/** Whether it is late enough in the IST day to send reminders and digests. */
export function isSendingHour(now: Date): boolean {
	return istHour(now) >= SEND_FROM_HOUR_IST;
}

/** The instants between which a session starts "tomorrow" in IST. */
export function tomorrowWindow(now: Date): { from: Date; to: Date } {
	const tomorrow = addDays(istDay(now), 1);
	return { from: istDayStart(tomorrow), to: istDayStart(addDays(tomorrow, 1)) };
}

/** Whether a session starting at `startsAt` is on the IST day after `now`'s. */
export function isTomorrow(startsAt: string, now: Date): boolean {
	return istDay(startsAt) === addDays(istDay(now), 1);
}

export interface DigestItem {
	id: string;
	ownerId: string;
	/** ISO day. */
	dueOn: string;
}

export interface Digest<T extends DigestItem> {
	overdue: T[];
	dueSoon: T[];
}

/**
 * Each owner's open action items for today's digest: the overdue ones (due before today) and
 * those due from today to three days on, each list by due date. Owners with none are left out.
 */
export function digestGroups<T extends DigestItem>(
	items: readonly T[],
	today: string
): Map<string, Digest<T>> {
	const last = addDays(today, DIGEST_DAYS_AHEAD);
	const groups = new Map<string, Digest<T>>();
	const sorted = [...items].sort(
		(a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id)
	);
	for (const item of sorted) {
		if (item.dueOn > last) continue;
		const group = groups.get(item.ownerId) ?? { overdue: [], dueSoon: [] };
		(item.dueOn < today ? group.overdue : group.dueSoon).push(item);
		groups.set(item.ownerId, group);
	}
	return groups;
}

export interface SessionDates {
	startsAt: string;
	status: 'scheduled' | 'held' | 'cancelled';
}

/**
 * What an active mentorship's sessions say about it: `noFirstSession` when none was held or
 * planned 14 days after acceptance; `quiet` (with its period) when 30 days or more passed since
 * the last session (or acceptance) and none is planned. The quiet nudge repeats every 30 days
 * of silence: the period names the day the silence began and how many stretches it has lasted.
 */
export function mentorshipSilence(
	startedOn: string | null,
	sessions: readonly SessionDates[],
	now: Date
): { noFirstSession: boolean; quiet: { period: string; days: number } | null } {
	const today = istDay(now);
	const live = sessions.filter((s) => s.status !== 'cancelled');
	const planned = live.some(
		(s) => s.status === 'scheduled' && Date.parse(s.startsAt) > now.getTime()
	);
	const past = live
		.filter((s) => Date.parse(s.startsAt) <= now.getTime())
		.map((s) => s.startsAt)
		.sort();
	const noFirstSession =
		live.length === 0 && startedOn !== null && daysBetween(startedOn, today) >= FIRST_SESSION_DAYS;
	const lastDay = past.length > 0 ? istDay(past[past.length - 1]) : startedOn;
	if (planned || lastDay === null) return { noFirstSession, quiet: null };
	const days = daysBetween(lastDay, today);
	if (days < QUIET_DAYS) return { noFirstSession, quiet: null };
	return { noFirstSession, quiet: { period: `${lastDay}/${Math.floor(days / QUIET_DAYS)}`, days } };
}

/** Whether a programme ending on `endsOn` ends within the next 30 days (today included). */
export function programmeEndsSoon(endsOn: string | null, now: Date): boolean {
	if (!endsOn) return false;
	const days = daysBetween(istDay(now), endsOn);
	return days >= 0 && days <= PROGRAMME_END_DAYS;
}

/** The instant before which a request counts as unanswered for `days` days. */
export function requestedBefore(now: Date, days: number): Date {
	return new Date(now.getTime() - days * 86_400_000);
}
