// Practice vocabularies shared by the server and the pages.
import { Constants } from '$lib/database.types';
import type { Enums } from '$lib/database.types';

/** Kinds and statuses are Postgres enums; these are their generated lists, in their order. */
export const kinds = Constants.public.Enums.practice_kind;
export const statuses = Constants.public.Enums.practice_status;
/** Languages offered in the editor (BCP 47). Others are accepted through the API. */
export const languages = [
	'en',
	'hi',
	'gu',
	'mr',
	'ta',
	'te',
	'kn',
	'ml',
	'bn',
	'or',
	'pa',
	'as',
	'ur'
] as const;
export type Kind = Enums<'practice_kind'>;
export type Status = Enums<'practice_status'>;

export const kindKey = (kind: Kind) => `kind.${kind}` as const;
export const statusKey = (status: Status) => `status.${status}` as const;

/** Each language's name in its own script, for pickers and labels. */
export const languageNames: Record<string, string> = {
	en: 'English',
	hi: 'हिन्दी',
	gu: 'ગુજરાતી',
	mr: 'मराठी',
	ta: 'தமிழ்',
	te: 'తెలుగు',
	kn: 'ಕನ್ನಡ',
	ml: 'മലയാളം',
	bn: 'বাংলা',
	or: 'ଓଡ଼ିଆ',
	pa: 'ਪੰਜਾਬੀ',
	as: 'অসমীয়া',
	ur: 'اردو'
};

export interface Outcome {
	label: string;
	value: number;
	unit: string;
}

/**
 * A revision's note as a message. The database writes `created` and `restored version N`;
 * anything else (a note from an older client) is shown as it was written.
 */
export function revisionNote(
	note: string | null
):
	| { key: 'history.noteCreated' | 'history.noteRestored'; params: { version?: string } }
	| { text: string }
	| null {
	if (!note) return null;
	if (note === 'created') return { key: 'history.noteCreated', params: {} };
	const restored = /^restored version (\d+)$/.exec(note);
	if (restored) return { key: 'history.noteRestored', params: { version: restored[1] } };
	return { text: note };
}
