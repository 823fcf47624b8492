// The feedback form, as the page and the server read it. Messages are i18n keys, translated
// where they are shown. Optional fields arrive as '' when left empty.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import { formText } from './fields';

const key = (k: MessageKey) => k;

/** The categories a sender chooses from, in the order the form offers them. */
export const feedbackCategories = Constants.public.Enums.feedback_category;

/** The longest message, in characters (the table holds no more). */
export const FEEDBACK_MESSAGE_MAX = 5000;

/** The field bots fill in and people leave empty (it is hidden from sight, and labelled so). */
export const HONEYPOT_FIELD = 'website';

/** The fields the form sends back to fill itself again after an error (not the honeypot). */
export const feedbackFields = ['category', 'message', 'page', 'name', 'email'] as const;

// A path on this site (/practices/…) or a web address: what a reader copies from the address
// bar. Anything else (javascript:, mailto:) is no page link.
const pageLink = v.pipe(
	formText(500),
	v.check((s) => s === '' || isPageLink(s), key('feedback.pageInvalid'))
);

/** Whether `s` is a path on this site or an http(s) address. */
export function isPageLink(s: string): boolean {
	if (/\s/.test(s)) return false;
	if (s.startsWith('/')) return !s.startsWith('//');
	try {
		const url = new URL(s);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

// Optional, but when given it must be an address a reply can go to.
const optionalEmail = v.pipe(
	formText(254),
	v.transform((s) => s.toLowerCase()),
	v.check((s) => s === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s), key('form.invalidEmail'))
);

export const feedbackSchema = v.object({
	// No radio chosen sends no field at all: the same message as a wrong one.
	category: v.pipe(
		v.optional(v.string(), ''),
		v.picklist(feedbackCategories, key('feedback.categoryRequired'))
	),
	message: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.normalize('NFC').trim()),
		v.nonEmpty(key('feedback.messageRequired')),
		v.maxLength(FEEDBACK_MESSAGE_MAX, key('feedback.messageTooLong'))
	),
	page: pageLink,
	name: formText(120),
	email: optionalEmail
});

export type FeedbackInput = v.InferOutput<typeof feedbackSchema>;
