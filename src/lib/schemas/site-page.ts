// The admins' form for a site page (help, policies, contact). Messages are i18n keys.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { formMarkdown, formText } from './fields';

const key = (k: MessageKey) => k;

/** The longest text a page may have, in characters: ten times the longest default. */
export const SITE_PAGE_MAX = 50_000;
export const SITE_PAGE_TITLE_MAX = 200;
export const SITE_PAGE_NOTE_MAX = 200;

export const sitePageSchema = v.object({
	title: v.pipe(formText(SITE_PAGE_TITLE_MAX), v.nonEmpty(key('form.required'))),
	markdown: v.pipe(
		formMarkdown(SITE_PAGE_MAX),
		v.check((s) => s.trim() !== '', key('form.required'))
	),
	note: formText(SITE_PAGE_NOTE_MAX),
	// The version the admin started from; 0 when the page had no text in this language.
	version: v.pipe(
		v.optional(v.string(), ''),
		v.regex(/^\d{1,9}$/, key('form.invalid')),
		v.transform(Number)
	)
});

export type SitePageInput = v.InferOutput<typeof sitePageSchema>;
