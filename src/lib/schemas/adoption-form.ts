// The adoption pages' forms: their fields as typed (to echo back on error), read into the shape of
// the schemas in adoption.ts and parsed with them. Links come one per line; figures as repeated
// rows of label, value and unit, where rows left empty are dropped.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import {
	ADOPTION_LIMITS,
	categorySchema,
	commentSchema,
	newAdoptionSchema,
	progressSchema,
	stepSchema
} from './adoption';
import type {
	CategoryInput,
	CommentInput,
	NewAdoptionInput,
	ProgressInput,
	StepInput
} from './adoption';
import { formString } from './fields';
import { issuesByField } from './practice';

export type Errors = Partial<Record<string, MessageKey>>;

/**
 * The first message per field of a failed parse. A link's message is the links field's (one
 * textarea holds them); a figure's keeps its row (`figures.2.value`).
 */
export function adoptionErrors(issues: v.BaseIssue<unknown>[]): Errors {
	const errors: Errors = {};
	for (const [path, message] of Object.entries(issuesByField(issues))) {
		errors[path.startsWith('links.') ? 'links' : path] ??= message;
	}
	return errors;
}

/** A number as a form field gives it: '' is absent, commas group digits, anything else NaN. */
export function numberFrom(value: string): number | undefined {
	const s = value.trim().replace(/,/g, '');
	if (s === '') return undefined;
	return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? Number(s) : NaN;
}

/** Links as a textarea gives them: one per line. */
export function linksFrom(value: string): string[] {
	return value
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
}

export interface FigureRow {
	label: string;
	value: string;
	unit: string;
}

/** A step form as typed: everything a string, figures as rows. */
export interface StepFormValues {
	stage: string;
	on: string;
	text: string;
	links: string;
	reason: string;
	figures: FigureRow[];
}

/** The new-adoption form as typed. */
export interface AdoptionFormValues extends StepFormValues {
	practice: string;
	mentorship: string;
	evidence_public: boolean;
}

/** Blank figure rows a form offers, so that figures can be given without JavaScript. */
export const BLANK_FIGURE_ROWS = 3;

/** The figure rows a form sent: `figure_label`, `figure_value`, `figure_unit`, repeated. */
function figureRows(form: FormData): FigureRow[] {
	const all = (name: string) => form.getAll(name).map((x) => (typeof x === 'string' ? x : ''));
	const labels = all('figure_label');
	const values = all('figure_value');
	const units = all('figure_unit');
	return labels.map((label, i) => ({ label, value: values[i] ?? '', unit: units[i] ?? '' }));
}

/** Reads a step form's fields as typed. */
export function stepFromForm(form: FormData): StepFormValues {
	return {
		stage: formString(form, 'stage'),
		on: formString(form, 'on'),
		text: formString(form, 'text'),
		links: formString(form, 'links'),
		reason: formString(form, 'reason'),
		// Rows left empty are dropped here, so that a figure's errors name its row as shown again.
		figures: figureRows(form)
			.filter((row) => row.label.trim() || row.value.trim() || row.unit.trim())
			.slice(0, ADOPTION_LIMITS.figures + 1)
	};
}

/** Reads the new-adoption form's fields as typed. */
export function adoptionFromForm(form: FormData): AdoptionFormValues {
	return {
		...stepFromForm(form),
		practice: formString(form, 'practice'),
		mentorship: formString(form, 'mentorship'),
		evidence_public: formString(form, 'evidence_public') === 'on'
	};
}

/** A step form's values in the schema's shape: empty figure rows are left out. */
function stepInputOf(values: StepFormValues) {
	return {
		stage: values.stage || undefined,
		on: values.on,
		text: values.text,
		links: linksFrom(values.links),
		reason: values.reason,
		figures: values.figures.map((row) => ({
			label: row.label,
			value: numberFrom(row.value),
			unit: row.unit
		}))
	};
}

export type FormParse<T, V> =
	{ ok: true; data: T; values: V } | { ok: false; errors: Errors; values: V };

function parseWith<S extends v.GenericSchema, V>(
	schema: S,
	input: unknown,
	values: V
): FormParse<v.InferOutput<S>, V> {
	const result = v.safeParse(schema, input);
	return result.success
		? { ok: true, data: result.output, values }
		: { ok: false, errors: adoptionErrors(result.issues), values };
}

/** Parses the form that records a further step. */
export function parseStepForm(form: FormData): FormParse<StepInput, StepFormValues> {
	const values = stepFromForm(form);
	return parseWith(stepSchema, stepInputOf(values), values);
}

/** Parses the form that records a new adoption. */
export function parseAdoptionForm(form: FormData): FormParse<NewAdoptionInput, AdoptionFormValues> {
	const values = adoptionFromForm(form);
	return parseWith(
		newAdoptionSchema,
		{
			...stepInputOf(values),
			practice: values.practice,
			mentorship: values.mentorship,
			evidence_public: values.evidence_public
		},
		values
	);
}

export interface CategoryFormValues {
	name: string;
	target: string;
	unit: string;
	nodal_user_id: string;
	nodal_name: string;
	nodal_designation: string;
}

/** Parses the category form (add or change). */
export function parseCategoryForm(form: FormData): FormParse<CategoryInput, CategoryFormValues> {
	const values: CategoryFormValues = {
		name: formString(form, 'name'),
		target: formString(form, 'target'),
		unit: formString(form, 'unit'),
		nodal_user_id: formString(form, 'nodal_user_id'),
		nodal_name: formString(form, 'nodal_name'),
		nodal_designation: formString(form, 'nodal_designation')
	};
	const target = numberFrom(values.target);
	return parseWith(categorySchema, { ...values, target: target ?? null }, values);
}

export interface ProgressFormValues {
	on: string;
	value: string;
	note: string;
}

/** Parses the progress form. */
export function parseProgressForm(form: FormData): FormParse<ProgressInput, ProgressFormValues> {
	const values = {
		on: formString(form, 'on'),
		value: formString(form, 'value'),
		note: formString(form, 'note')
	};
	return parseWith(progressSchema, { ...values, value: numberFrom(values.value) }, values);
}

/** Parses the comment form. */
export function parseCommentForm(form: FormData): FormParse<CommentInput, { body: string }> {
	const values = { body: formString(form, 'body') };
	return parseWith(commentSchema, values, values);
}
