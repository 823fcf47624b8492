// The practice schema, shared by the editor's form action and the JSON API.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { isMessageKey } from '$lib/i18n';
import { kinds, statuses } from '$lib/practices';

const key = (k: MessageKey) => k;
const nfc = v.transform((s: string) => s.normalize('NFC').trim());
const text = (min: number, max: number) =>
	v.pipe(
		v.string(key('form.required')),
		nfc,
		v.minLength(min, key('form.required')),
		v.maxLength(max, key('form.tooLong'))
	);

export const MARKDOWN_MAX_BYTES = 200 * 1024;

export const outcomeSchema = v.object({
	label: text(1, 100),
	value: v.pipe(v.number(key('practice.outcomeNumber')), v.finite(key('practice.outcomeNumber'))),
	unit: v.optional(text(0, 30), '')
});

export const practiceSchema = v.object({
	kind: v.picklist(kinds, key('form.required')),
	// Empty or left out: the author's own city.
	city: v.optional(
		v.pipe(
			v.string(key('form.invalid')),
			v.regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, key('form.invalid'))
		),
		''
	),
	language: v.pipe(
		v.string(key('form.required')),
		v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, key('practice.languageInvalid'))
	),
	title: text(1, 200),
	title_en: text(1, 200),
	summary_en: text(1, 1000),
	markdown: v.pipe(
		v.string(key('form.required')),
		v.transform((s: string) => s.normalize('NFC')),
		v.check((s) => s.trim().length > 0, key('form.required')),
		v.check((s) => new TextEncoder().encode(s).length <= MARKDOWN_MAX_BYTES, key('practice.tooBig'))
	),
	sectors: v.optional(v.array(v.string(key('form.invalid')), key('form.invalid')), []),
	components: v.optional(v.array(v.string(key('form.invalid')), key('form.invalid')), []),
	outcomes: v.optional(
		v.pipe(v.array(outcomeSchema, key('form.invalid')), v.maxLength(20, key('form.tooLong'))),
		[]
	),
	status: v.optional(v.picklist(statuses, key('form.required')), 'draft')
});

/** For PATCH: every field optional, plus the version the edit started from. */
export const practicePatchSchema = v.object({
	...v.partial(v.omit(practiceSchema, ['status'])).entries,
	status: v.optional(v.picklist(statuses, key('form.required'))),
	version: v.pipe(
		v.number(key('practice.versionRequired')),
		v.integer(key('practice.versionRequired')),
		v.minValue(1, key('practice.versionRequired')),
		// Postgres stores versions as int: a larger number is no version, not a database fault.
		v.maxValue(2_147_483_647, key('practice.versionRequired'))
	)
});

export type PracticeInput = v.InferOutput<typeof practiceSchema>;
export type PracticePatch = v.InferOutput<typeof practicePatchSchema>;

/**
 * The first message per field of a failed parse, keyed by the field's path. Messages the schema
 * does not name itself (a missing key, a body of the wrong shape) become general ones.
 */
export function issuesByField(issues: v.BaseIssue<unknown>[]): Record<string, MessageKey> {
	const errors: Record<string, MessageKey> = {};
	for (const issue of issues) {
		const field = v.getDotPath(issue) ?? 'form';
		const known = isMessageKey(issue.message);
		const general = issue.received === 'undefined' ? 'form.required' : 'form.invalid';
		errors[field] ??= known ? (issue.message as MessageKey) : general;
	}
	return errors;
}

/**
 * Reads the editor form into the shape of the schema: sectors and components are checkboxes,
 * outcomes come as rows of label / value / unit, where empty rows are left out.
 */
export function practiceFromForm(form: FormData): Record<string, unknown> {
	const str = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	const labels = form.getAll('outcome_label').map(String);
	const values = form.getAll('outcome_value').map(String);
	const units = form.getAll('outcome_unit').map(String);
	const outcomes = labels
		.map((label, i) => ({ label, value: values[i] ?? '', unit: units[i] ?? '' }))
		.filter((row) => row.label.trim() || row.value.trim())
		.map((row) => ({
			label: row.label,
			value: row.value.trim() === '' ? NaN : Number(row.value.replace(/,/g, '')),
			unit: row.unit
		}));
	return {
		kind: str('kind'),
		city: str('city'),
		language: str('language'),
		title: str('title'),
		title_en: str('title_en'),
		summary_en: str('summary_en'),
		markdown: str('markdown'),
		sectors: form.getAll('sectors').map(String),
		components: form.getAll('components').map(String),
		outcomes,
		status: str('status') || undefined
	};
}
