// Mentorship vocabularies and shapes shared by the server and the pages.
import { Constants } from '$lib/database.types';
import type { Enums } from '$lib/database.types';
import { intlTags } from '$lib/i18n';
import type { Locale, MessageKey, Params } from '$lib/i18n';
import { numberFormat } from '$lib/i18n/formats';

/** The statuses, as the Postgres enum lists them. */
export const mentorshipStatuses = Constants.public.Enums.mentorship_status;
export type MentorshipStatus = Enums<'mentorship_status'>;

/** The message key naming a status. */
export const mentorshipStatusKey = (status: MentorshipStatus) =>
	`mentorships.list.status.${status}` as const;

/** A ranked mentor as the pages show it: each reason in words, with its share of the score. */
export interface SuggestionView {
	mentor: { id: string; name: string; city: { slug: string; name: string } };
	/** 0–100. */
	score: number;
	/** No places free: ranked last. */
	full: boolean;
	reasons: { code: string; text: string; share: number }[];
}

/** A topic choice (a sector or an ICCC component) with its names. */
export interface TopicChoice {
	slug: string;
	name_en: string;
	name_hi: string;
}

/** A share of the score as a percentage in the reader's language: 0.314 → “31%”. */
export function formatShare(locale: Locale, share: number): string {
	return numberFormat(intlTags[locale], {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(share);
}

/**
 * What the decision and withdraw actions answer when they refuse (their `fail` data, under
 * `decision` or `withdraw`): what was typed, errors by field, and a refusal of the whole.
 */
export interface FormFeedback {
	values: Record<string, string>;
	errors: Partial<Record<string, MessageKey>>;
	/** No place free, no longer open: with the status's name filled in as {status}. */
	notice?: { key: MessageKey; params?: Params; status?: MentorshipStatus } | null;
}
