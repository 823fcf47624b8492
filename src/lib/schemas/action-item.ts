// Action items: added with an owner (an officer of either city) and a due date; closed as done
// or dropped with a comment. The page's forms and the JSON API check them here.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import {
	apiText,
	formOptionalVersion,
	formRequired,
	formText,
	isoDate,
	uuid,
	version
} from './fields';

const key = (k: MessageKey) => k;

export const actionStatuses = Constants.public.Enums.action_status;

export const ACTION_LIMITS = { title: 300, comment: 2000 } as const;

const ownerField = v.pipe(
	v.optional(v.string(), ''),
	v.nonEmpty(key('action.ownerRequired')),
	v.uuid(key('action.ownerRequired'))
);

/** The form that adds an action item. */
export const actionFormSchema = v.object({
	title: formRequired(ACTION_LIMITS.title),
	owner_id: ownerField,
	due_on: v.pipe(v.optional(v.string(), ''), isoDate),
	session_id: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s || null),
		v.nullable(uuid)
	)
});

/** The form that closes (or reopens) an action item, with a comment. */
export const actionCloseFormSchema = v.object({
	id: uuid,
	status: v.picklist(actionStatuses, key('form.required')),
	closing_comment: formText(ACTION_LIMITS.comment),
	// Optional: without it the change applies to the item as it is now.
	version: formOptionalVersion
});

/** POST /api/v1/mentorships/{id}/action-items. */
export const actionInputSchema = v.object({
	title: apiText(1, ACTION_LIMITS.title),
	owner_id: v.pipe(uuid, v.description('An active officer of either city.')),
	due_on: v.pipe(isoDate, v.description('The date it is due, YYYY-MM-DD (India time).')),
	session_id: v.optional(
		v.pipe(v.nullable(uuid), v.description('The session it came from, if any.'))
	)
});

/** PATCH /api/v1/action-items/{id}. */
export const actionPatchSchema = v.object({
	...v.partial(actionInputSchema).entries,
	status: v.optional(v.picklist(actionStatuses, key('form.invalid'))),
	closing_comment: v.optional(v.nullable(apiText(0, ACTION_LIMITS.comment))),
	version: v.optional(
		v.pipe(
			version,
			v.description('If given, the change is refused (409) when someone saved since.')
		)
	)
});

export type ActionInput = v.InferOutput<typeof actionInputSchema>;
export type ActionPatch = v.InferOutput<typeof actionPatchSchema>;
