// Mentorship goals: a line of text, the practices it leads to (by slug) and a status.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import { apiText, formRequired, formString, uuid } from './fields';

const key = (k: MessageKey) => k;

export const goalStatuses = Constants.public.Enums.goal_status;

export const GOAL_LIMITS = { text: 500, practices: 20 } as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The practices a goal links, as typed: slugs or the addresses of practice pages, separated by
 * commas, spaces or lines. `https://…/practices/drainage-scada` gives `drainage-scada`.
 */
export function practiceSlugsFrom(text: string): string[] {
	const slugs = text
		.split(/[\s,]+/)
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => /\/practices\/([^/?#]+)/.exec(part)?.[1] ?? part)
		.map((part) => part.toLowerCase());
	return [...new Set(slugs)];
}

const slugList = v.pipe(
	v.array(
		v.pipe(v.string(key('goal.practiceUnknown')), v.regex(SLUG, key('goal.practiceUnknown')))
	),
	v.maxLength(GOAL_LIMITS.practices, key('form.tooLong'))
);

/** The form that adds a goal. */
export const goalFormSchema = v.object({
	text: formRequired(GOAL_LIMITS.text),
	practices: v.pipe(v.optional(v.string(), ''), v.transform(practiceSlugsFrom), slugList)
});

/** The form that changes a goal's status and linked practices. */
export const goalUpdateFormSchema = v.object({
	id: uuid,
	status: v.picklist(goalStatuses, key('form.required')),
	practices: v.pipe(v.optional(v.string(), ''), v.transform(practiceSlugsFrom), slugList)
});

/** A goal as the API would take it (the page's forms read into the same shape). */
export const goalInputSchema = v.object({
	text: apiText(1, GOAL_LIMITS.text),
	practices: v.optional(slugList, [])
});

export type GoalInput = v.InferOutput<typeof goalFormSchema>;
export type GoalUpdate = v.InferOutput<typeof goalUpdateFormSchema>;

/** Reads a goal form's fields. */
export function goalFromForm(form: FormData) {
	return {
		id: formString(form, 'id'),
		text: formString(form, 'text'),
		status: formString(form, 'status'),
		practices: formString(form, 'practices')
	};
}
