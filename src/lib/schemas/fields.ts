// Field schemas the mentorship forms and the JSON API share. Form fields arrive as strings
// (absent ones as ''); API fields arrive typed. Messages are i18n keys, translated where shown.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';

const key = (k: MessageKey) => k;
const nfcTrim = v.transform((s: string) => s.normalize('NFC').trim());

/** A form's text field: NFC, trimmed, at most `max` characters; '' when left empty. */
export const formText = (max: number) =>
	v.pipe(v.optional(v.string(), ''), nfcTrim, v.maxLength(max, key('form.tooLong')));

/** A form's text field that must be filled in. */
export const formRequired = (max: number) =>
	v.pipe(formText(max), v.nonEmpty(key('form.required')));

/** An API text field: a string, NFC, trimmed, `min` to `max` characters. */
export const apiText = (min: number, max: number) =>
	v.pipe(
		v.string(key('form.required')),
		nfcTrim,
		v.minLength(min, key('form.required')),
		v.maxLength(max, key('form.tooLong'))
	);

/** Markdown as typed: NFC, not trimmed (indentation matters), at most `max` characters. */
export const markdown = (max: number) =>
	v.pipe(
		v.string(key('form.invalid')),
		v.transform((s: string) => s.normalize('NFC')),
		v.maxLength(max, key('form.tooLong'))
	);

/** A form's Markdown field; '' when absent. */
export const formMarkdown = (max: number) => v.pipe(v.optional(v.string(), ''), markdown(max));

export const uuid = v.pipe(v.string(key('form.invalid')), v.uuid(key('form.invalid')));

/** The version an edit starts from, as the API sends it. */
export const version = v.pipe(
	v.number(key('practice.versionRequired')),
	v.integer(key('practice.versionRequired')),
	v.minValue(1, key('practice.versionRequired')),
	// Postgres stores versions as int: a larger number is no version, not a database fault.
	v.maxValue(2_147_483_647, key('practice.versionRequired'))
);

/** The version an edit starts from, as a form's hidden field sends it. */
export const formVersion = v.pipe(
	v.optional(v.string(), ''),
	v.regex(/^\d{1,10}$/, key('practice.versionRequired')),
	v.transform(Number),
	version
);

/** A version a form may leave out (empty): undefined then. */
export const formOptionalVersion = v.pipe(
	v.optional(v.string(), ''),
	v.regex(/^(\d{1,10})?$/, key('practice.versionRequired')),
	v.transform((s) => (s === '' ? undefined : Number(s))),
	v.optional(version)
);

/** A date (YYYY-MM-DD) that exists, as a date input and the API send it. */
export const isoDate = v.pipe(
	v.string(key('form.required')),
	v.trim(),
	v.nonEmpty(key('form.required')),
	v.isoDate(key('action.dueInvalid')),
	v.check((s) => {
		const [y, m, d] = s.split('-').map(Number);
		const date = new Date(Date.UTC(y, m - 1, d));
		return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
	}, key('action.dueInvalid'))
);

/**
 * What a form sends back to fill itself again: the named fields as typed (longer than any field
 * may be is cut, the schema has refused it already).
 */
export function typed(form: FormData, ...fields: string[]): Record<string, string> {
	return Object.fromEntries(
		fields.map((field) => [field, formString(form, field).slice(0, 25_000)])
	);
}

/** Reads a form's field as a string, '' when it is absent or a file. */
export function formString(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}
