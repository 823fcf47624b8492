// Check-ins at the midpoint and at the close: each side rates the mentorship (1 to 5) and says
// what worked and what did not. Closing a mentorship takes a summary.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import { formRequired, formText } from './fields';

const key = (k: MessageKey) => k;

export const checkinStages = Constants.public.Enums.checkin_stage;

export const CHECKIN_LIMITS = { answer: 4000, note: 2000, summary: 8000 } as const;

/** One side's check-in. */
export const checkinFormSchema = v.object({
	stage: v.picklist(checkinStages, key('form.required')),
	rating: v.pipe(
		v.optional(v.string(), ''),
		v.nonEmpty(key('checkin.ratingRequired')),
		v.regex(/^[1-5]$/, key('checkin.ratingRequired')),
		v.transform(Number)
	),
	worked: formText(CHECKIN_LIMITS.answer),
	did_not_work: formText(CHECKIN_LIMITS.answer)
});

/** Pausing or resuming, with an optional note for the timeline. */
export const pauseFormSchema = v.object({
	status: v.picklist(['paused', 'active'] as const, key('form.required')),
	note: formText(CHECKIN_LIMITS.note)
});

/** Completing, with the closing summary the two cities read. */
export const completeFormSchema = v.object({
	closing_summary: formRequired(CHECKIN_LIMITS.summary)
});

export type CheckinInput = v.InferOutput<typeof checkinFormSchema>;
