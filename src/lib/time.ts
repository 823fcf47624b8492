// Times are stored as UTC instants and shown in India Standard Time, as the Mission works. IST is
// UTC+05:30 all year (no daylight saving), so reading and writing form values is fixed
// arithmetic: no time-zone database, and the same answer on a server or browser in any zone.
// Parsers return null for a value that is malformed or names a time that does not exist; the
// schemas turn that into a message key.
import * as v from 'valibot';
import { intlTags, translate } from '$lib/i18n';
import type { Locale, MessageKey } from '$lib/i18n';
import { dateFormat } from '$lib/i18n/formats';

export const IST_TIME_ZONE = 'Asia/Kolkata';
export const IST_OFFSET_MINUTES = 330;
const MINUTE_MS = 60_000;
// Years 1000 to 9999 only: four digits without a leading zero, so a typo such as 0202 is refused
// rather than read as the year 202, and every result still prints as a plain ISO string.
const YEAR_LIMIT_MS = Date.UTC(10_000, 0, 1);

// What an HTML datetime-local input submits: minutes, optionally seconds and milliseconds.
const LOCAL_DATE_TIME =
	/^([1-9]\d{3})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
// ISO 8601 with a mandatory offset, Z or ±hh:mm (RFC 3339 allows lower-case t and z).
const INSTANT =
	/^([1-9]\d{3})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/**
 * A wall-clock time read as if it were UTC, in milliseconds, or null when it does not exist
 * (30 February, 25:00). Fractions beyond milliseconds are cut off.
 */
function wallClock(parts: (string | undefined)[]): number | null {
	const [year, month, day, hour, minute, second] = parts.slice(0, 6).map((p) => Number(p ?? 0));
	const millis = Number((parts[6] ?? '').padEnd(3, '0').slice(0, 3));
	if (hour > 23 || minute > 59 || second > 59) return null;
	const date = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(hour, minute, second, millis);
	// An impossible date rolls over (30 February becomes 2 March), so a changed date never existed.
	const same =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return same ? date.getTime() : null;
}

function toIso(ms: number): string | null {
	return ms >= YEAR_LIMIT_MS ? null : new Date(ms).toISOString();
}

/**
 * Reads a datetime-local value ("2026-12-03T15:30", seconds optional) as IST and returns the
 * UTC instant as an ISO string ("2026-12-03T10:00:00.000Z"), or null if it is malformed or
 * names a time that does not exist.
 */
export function parseIstDateTime(value: string): string | null {
	const match = LOCAL_DATE_TIME.exec(value);
	const local = match && wallClock(match.slice(1));
	return local === null ? null : toIso(local - IST_OFFSET_MINUTES * MINUTE_MS);
}

/**
 * Reads an ISO 8601 date and time that carries its offset ("…T15:30:00+05:30", "…T10:00:00Z")
 * and returns the UTC instant as an ISO string, or null. A value without an offset is refused:
 * its instant would depend on a time zone the sender did not state.
 */
export function parseInstant(value: string): string | null {
	const match = INSTANT.exec(value);
	const local = match && wallClock(match.slice(1));
	if (!match || local === null) return null;
	const [sign, hours, minutes] = match.slice(8);
	if (!sign) return toIso(local);
	if (Number(hours) > 23 || Number(minutes) > 59) return null;
	const offset = (Number(hours) * 60 + Number(minutes)) * (sign === '-' ? -1 : 1);
	return toIso(local - offset * MINUTE_MS);
}

/**
 * An instant as a datetime-local value in IST, to fill a form again: "2026-12-03T15:30".
 * Sessions are planned to the minute, so seconds are dropped (the input's step is a minute).
 * Throws a RangeError for a value that is not a date.
 */
export function toIstDateTimeLocal(instant: string | Date): string {
	const ms = new Date(instant).getTime();
	if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${String(instant)}`);
	return new Date(ms + IST_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(0, 16);
}

/** A form's datetime-local field, read as IST; its output is the UTC instant as an ISO string. */
export const istDateTimeSchema = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.nonEmpty('form.required' satisfies MessageKey),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const instant = parseIstDateTime(dataset.value);
		if (instant !== null) return instant;
		addIssue({ message: 'calendar.dateTimeInvalid' satisfies MessageKey });
		return NEVER;
	})
);

/**
 * An API field holding an instant with its offset (`Z` or `±hh:mm`); its output is the UTC
 * instant as an ISO string. The pattern shows in the OpenAPI document; whether the date exists
 * is checked after it.
 */
export const instantSchema = v.pipe(
	v.string('form.required' satisfies MessageKey),
	v.regex(INSTANT, 'calendar.instantInvalid' satisfies MessageKey),
	v.description(
		'An ISO 8601 date and time with its offset, Z or ±hh:mm: 2026-12-03T15:30:00+05:30.'
	),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const instant = parseInstant(dataset.value);
		if (instant !== null) return instant;
		addIssue({ message: 'calendar.instantInvalid' satisfies MessageKey });
		return NEVER;
	})
);

/**
 * A session's time range in the reader's language, in IST and saying so:
 * "3 Dec 2026, 3:30 – 5:00 pm IST".
 */
export function formatSessionTime(
	locale: Locale,
	startsAt: string,
	durationMinutes: number
): string {
	const start = new Date(startsAt);
	const end = new Date(start.getTime() + durationMinutes * MINUTE_MS);
	const range = dateFormat(intlTags[locale], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: IST_TIME_ZONE
	}).formatRange(start, end);
	return translate(locale, 'calendar.timeRange', { range });
}
