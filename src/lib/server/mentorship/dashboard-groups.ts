// How the dashboard orders what it shows: pure, so it is tested with any "today".
import { addDays, daysBetween } from './ist-days';
import { EXPIRE_DAYS } from './nudge-rules';

export interface DueItem {
	id: string;
	/** ISO day. */
	dueOn: string;
}

export type Due<T> = T & {
	/** Days past due (1 = due yesterday); 0 when due today or later. */
	overdueDays: number;
	dueToday: boolean;
};

/**
 * Open action items split into the overdue (oldest first: the longest waiting leads) and the
 * rest (soonest first). Overdue means open and past due: due today is not overdue yet.
 */
export function splitActionItems<T extends DueItem>(
	items: readonly T[],
	today: string
): { overdue: Due<T>[]; upcoming: Due<T>[] } {
	const sorted = [...items]
		.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
		.map((item) => ({
			...item,
			overdueDays: Math.max(0, daysBetween(item.dueOn, today)),
			dueToday: item.dueOn === today
		}));
	return {
		overdue: sorted.filter((i) => i.overdueDays > 0),
		upcoming: sorted.filter((i) => i.overdueDays === 0)
	};
}

/** The sectors and components of the given mentorships together, each once, for the practices. */
export function mentorshipTopics(
	mentorships: readonly { sectors: string[]; components: string[] }[]
): { sectors: string[]; components: string[] } {
	const unique = (values: string[]) => [...new Set(values)].sort();
	return {
		sectors: unique(mentorships.flatMap((m) => m.sectors)),
		components: unique(mentorships.flatMap((m) => m.components))
	};
}

/** The day an unanswered request expires: 10 days after it was made (an IST day). */
export function expiresOn(requestedDay: string): string {
	return addDays(requestedDay, EXPIRE_DAYS);
}
