// Days as India keeps them. Due dates, "tomorrow" for a reminder and "today" for a digest are
// IST calendar days, whatever the server's own zone. IST is UTC+05:30 all year, so this is fixed
// arithmetic. A day is written as ISO "YYYY-MM-DD", as Postgres `date` columns come back.

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;

/** The IST calendar day an instant falls on: "2026-12-03". */
export function istDay(instant: Date | string): string {
	return new Date(new Date(instant).getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant an IST day begins (its midnight in India). */
export function istDayStart(day: string): Date {
	return new Date(Date.parse(`${day}T00:00:00Z`) - IST_OFFSET_MS);
}

/** The day `days` after (or before, when negative) the given one. */
export function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The hour of the day in IST, 0 to 23. */
export function istHour(instant: Date): number {
	return new Date(instant.getTime() + IST_OFFSET_MS).getUTCHours();
}
