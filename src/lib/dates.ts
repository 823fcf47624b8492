// Days as the mentorship pages show them, in the reader's language: "3 Mar 2026". Instants are
// read in India Standard Time; a plain date (a due date) is that date wherever the reader is.
import { dateFormat } from '$lib/i18n/formats';
import { intlTags } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import { IST_TIME_ZONE } from '$lib/time';

/** The day of an instant in India, or of a YYYY-MM-DD date as it stands. */
export function formatDay(locale: Locale, value: string): string {
	const plainDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
	return dateFormat(intlTags[locale], {
		dateStyle: 'medium',
		timeZone: plainDate ? 'UTC' : IST_TIME_ZONE
	}).format(new Date(plainDate ? `${value}T00:00:00Z` : value));
}
