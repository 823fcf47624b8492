// Mentor and programme vocabularies shared by the server and the pages: the languages offered,
// how a language, a place count, a day and a status are shown, and who may open a pairing.
import { dateFormat } from '$lib/i18n/formats';
import { Constants } from '$lib/database.types';
import type { Enums } from '$lib/database.types';
import { intlTags } from '$lib/i18n';
import type { Locale, MessageKey, Params } from '$lib/i18n';
import { languageNames } from '$lib/practices';

/** The languages a mentor ticks on their profile (BCP 47); others go in a free field. */
export const mentorLanguages = [
	'en',
	'hi',
	'gu',
	'mr',
	'ta',
	'te',
	'kn',
	'ml',
	'bn',
	'pa',
	'or',
	'as',
	'ur'
] as const;

/** The most languages a profile lists (the database's limit). */
export const MAX_LANGUAGES = 12;
/** The longest bio, in characters (the database's limit). */
export const BIO_MAX = 4000;
export const CAPACITY_MIN = 0;
export const CAPACITY_MAX = 20;
export const CAPACITY_DEFAULT = 3;

export type MentorshipStatus = Enums<'mentorship_status'>;
export type ProgrammeStatus = Enums<'programme_status'>;
export type Confidence = Enums<'source_confidence'>;
export type MentorshipSide = Enums<'mentorship_side'>;

export const programmeStatuses = Constants.public.Enums.programme_status;
export const mentorshipStatuses = Constants.public.Enums.mentorship_status;
/** The statuses anyone may see: a pairing that runs or ran. */
export const publicStatuses = [
	'active',
	'paused',
	'completed'
] as const satisfies MentorshipStatus[];

export const pairingStatusKey = (status: MentorshipStatus) =>
	`mentors.pairingStatus.${status}` as const;
export const programmeStatusKey = (status: ProgrammeStatus) =>
	`programmes.status.${status}` as const;
export const confidenceKey = (confidence: Confidence) =>
	`programmes.confidence.${confidence}` as const;

/** Names Intl gave, by tag: building a DisplayNames costs far more than asking it. */
const ownNames = new Map<string, string>();

/**
 * A language's name in its own script, as the reader of that language knows it: the names the
 * practice editor uses for the common ones, the platform's own data (Intl) for any other tag,
 * the tag itself when neither knows it.
 */
export function languageName(tag: string): string {
	if (languageNames[tag]) return languageNames[tag];
	let name = ownNames.get(tag);
	if (name === undefined) {
		try {
			name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag) ?? tag;
		} catch {
			name = tag; // not a tag Intl can read: shown as it is
		}
		// Bounded: tags come from stored profiles, but a long-running server keeps no more.
		if (ownNames.size < 500) ownNames.set(tag, name);
	}
	return name;
}

/** The message saying how many mentee cities a mentor can still take. */
export function placesFreeMessage(
	capacity: number,
	active: number
): { key: MessageKey; params: Params; full: boolean } {
	if (capacity <= 0) return { key: 'mentors.notTaking', params: {}, full: true };
	const free = Math.max(0, capacity - active);
	if (free === 0) return { key: 'mentors.full', params: { count: capacity }, full: true };
	return { key: 'mentors.placesFree', params: { free, capacity }, full: false };
}

/** Whether a mentor can take another mentee city now. */
export function hasFreePlace(mentor: { capacity: number; active_mentorships: number }): boolean {
	return mentor.capacity - mentor.active_mentorships > 0;
}

/** A calendar day (YYYY-MM-DD, as Postgres dates come) in the reader's language. */
export function formatDay(locale: Locale, day: string): string {
	// A date has no time zone: read and shown as UTC, it stays the same day everywhere.
	return dateFormat(intlTags[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`)
	);
}

/** The message for a pairing's or a programme's dates: from–to, from, until, or none. */
export function periodMessage(
	locale: Locale,
	from: string | null,
	to: string | null
): { key: MessageKey; params: Params } | null {
	if (from && to) {
		return {
			key: 'mentors.period',
			params: { from: formatDay(locale, from), to: formatDay(locale, to) }
		};
	}
	if (from) return { key: 'mentors.periodFrom', params: { from: formatDay(locale, from) } };
	if (to) return { key: 'mentors.periodUntil', params: { to: formatDay(locale, to) } };
	return null;
}

/**
 * Whether a reader may open a mentorship's own page: admins, and the officers of its two cities.
 * Anyone else sees the public pairing, with no link to a page that would answer 404.
 */
export function canOpenMentorship(
	reader: { role: Enums<'app_role'>; cityId: string | null } | null,
	pairing: { mentor_city_id: string; mentee_city_id: string }
): boolean {
	if (!reader) return false;
	if (reader.role === 'mission_admin') return true;
	return (
		reader.cityId !== null &&
		[pairing.mentor_city_id, pairing.mentee_city_id].includes(reader.cityId)
	);
}

// The scripts of the languages mentors offer, to tell which one a bio is written in.
const scripts: { pattern: RegExp; languages: string[] }[] = [
	{ pattern: /[\u0900-\u097F]/g, languages: ['hi', 'mr'] },
	{ pattern: /[\u0A80-\u0AFF]/g, languages: ['gu'] },
	{ pattern: /[\u0B80-\u0BFF]/g, languages: ['ta'] },
	{ pattern: /[\u0C00-\u0C7F]/g, languages: ['te'] },
	{ pattern: /[\u0C80-\u0CFF]/g, languages: ['kn'] },
	{ pattern: /[\u0D00-\u0D7F]/g, languages: ['ml'] },
	{ pattern: /[\u0980-\u09FF]/g, languages: ['bn', 'as'] },
	{ pattern: /[\u0A00-\u0A7F]/g, languages: ['pa'] },
	{ pattern: /[\u0B00-\u0B7F]/g, languages: ['or'] },
	{ pattern: /[\u0600-\u06FF]/g, languages: ['ur'] },
	{ pattern: /[A-Za-z]/g, languages: ['en'] }
];

/**
 * The language a bio is written in, for its `lang`: a profile stores no language for its bio,
 * so it is read from the script most of its letters are in, and where a script serves several
 * languages (Devanagari: Hindi and Marathi) the one the mentor lists first. English when unsure.
 */
export function bioLanguage(bio: string, languages: readonly string[]): string {
	let best: { count: number; languages: string[] } = { count: 0, languages: ['en'] };
	for (const script of scripts) {
		const count = bio.match(script.pattern)?.length ?? 0;
		if (count > best.count) best = { count, languages: script.languages };
	}
	return languages.find((tag) => best.languages.includes(tag.split('-')[0])) ?? best.languages[0];
}
