// An assessment round as an admin creates it, on the page or through the JSON API. Messages
// are i18n keys, translated where they are shown (the API answers in English).
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';

const key = (k: MessageKey) => k;

/** The years a round may carry, as the database allows them. */
export const YEAR_MIN = 2015;
export const YEAR_MAX = 2100;

const text = (max: number) =>
	v.pipe(
		v.string(key('form.invalid')),
		v.transform((s: string) => s.normalize('NFC').trim()),
		v.maxLength(max, key('form.tooLong'))
	);
const required = (max: number) => v.pipe(text(max), v.nonEmpty(key('form.required')));
const optionalText = (max: number) =>
	v.pipe(
		v.optional(v.nullable(text(max))),
		v.transform((s) => s || undefined)
	);

/** Whether YYYY-MM-DD names a day that exists (2024-02-30 does not). */
function realDay(s: string): boolean {
	const day = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
}

/** A round's slug, as in its address: lower-case letters and digits joined by single hyphens. */
export const roundSlugSchema = v.pipe(
	v.string(key('form.invalid')),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, key('assessmentAdmin.round.slugInvalid')),
	v.maxLength(60, key('form.tooLong'))
);

export const roundInputSchema = v.object({
	slug: v.pipe(
		v.optional(v.nullable(v.string(key('form.invalid')))),
		v.transform((s) => s?.trim() || undefined),
		v.optional(roundSlugSchema)
	),
	name: v.pipe(
		v.string(key('form.required')),
		v.description('The name in English, such as IMAF 2.0.'),
		required(200)
	),
	name_hi: v.pipe(optionalText(200), v.description('The name in Hindi, if it differs.')),
	year: v.pipe(
		v.number(key('assessmentAdmin.round.yearRange')),
		v.integer(key('assessmentAdmin.round.yearRange')),
		v.minValue(YEAR_MIN, key('assessmentAdmin.round.yearRange')),
		v.maxValue(YEAR_MAX, key('assessmentAdmin.round.yearRange'))
	),
	assessing_body: v.pipe(
		v.string(key('form.required')),
		v.description('Who assessed, such as the Quality Council of India.'),
		required(200)
	),
	public: v.pipe(
		v.optional(v.boolean(key('form.invalid')), false),
		v.description('Whether everyone may see the round and its scores; false keeps it to admins.')
	),
	results_on: v.pipe(
		v.optional(v.nullable(v.string(key('form.invalid')))),
		v.transform((s) => s?.trim() || undefined),
		v.optional(
			v.pipe(
				v.string(),
				v.isoDate(key('assessmentAdmin.round.dateInvalid')),
				v.check(realDay, key('assessmentAdmin.round.dateInvalid'))
			)
		),
		v.description('The day the results were announced, YYYY-MM-DD.')
	)
});

export type RoundInput = v.InferOutput<typeof roundInputSchema>;

/** The round form's fields in the shape of the schema: the year a number, the box a boolean. */
export function roundFromForm(form: FormData): Record<string, unknown> {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	const year = text('year').trim();
	return {
		slug: text('slug'),
		name: text('name'),
		name_hi: text('name_hi'),
		// Not a whole number: passed on as text, so that the year's own message is shown.
		year: /^\d{1,6}$/.test(year) ? Number(year) : year,
		assessing_body: text('assessing_body'),
		public: form.get('public') === 'on',
		results_on: text('results_on')
	};
}

/** A slug made from a round's name (IMAF 2.0 → imaf-2-0), or '' when the name has no Latin letters. */
export function slugFromName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** Turning a round public or private. */
export const visibilitySchema = v.object({
	framework: v.string(key('form.invalid')),
	round: v.string(key('form.invalid')),
	public: v.picklist(['true', 'false'], key('form.invalid'))
});
