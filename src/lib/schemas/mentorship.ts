// Mentorship schemas, shared by the request and decision forms and the JSON API. Messages are
// i18n keys, translated where they are shown (the API answers in English).
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';

const key = (k: MessageKey) => k;

/** The need: long enough to act on, short enough to read in one sitting. */
export const NEED_MIN = 20;
export const NEED_MAX = 8000;
/** A decision's reason and a status change's note, as the database keeps them. */
export const REASON_MAX = 2000;

const slug = v.pipe(
	v.string(key('form.invalid')),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, key('form.invalid')),
	v.maxLength(80, key('form.invalid'))
);
const slugs = (max: number) =>
	v.optional(
		v.pipe(
			v.array(slug, key('form.invalid')),
			v.maxLength(max, key('form.tooLong')),
			v.transform((list: string[]) => [...new Set(list)])
		),
		[]
	);

const need = v.pipe(
	v.string(key('form.required')),
	v.transform((s: string) => s.normalize('NFC').trim()),
	v.nonEmpty(key('form.required')),
	v.minLength(NEED_MIN, key('mentorship.request.needTooShort')),
	v.maxLength(NEED_MAX, key('mentorship.request.needTooLong'))
);

const reason = v.pipe(
	v.optional(v.nullable(v.string(key('form.invalid'))), ''),
	v.transform((s) => (s ?? '').normalize('NFC').trim()),
	v.maxLength(REASON_MAX, key('form.tooLong'))
);

const topicEntries = { sectors: slugs(20), components: slugs(40) };

// At least one sector or component: the suggestions and the mentor need to know the subject.
// (A partial check, so it is reported even while other fields are wrong.)
const hasTopic = (input: { sectors: string[]; components: string[] }) =>
	input.sectors.length + input.components.length > 0;

/** The topics a mentee city needs help on: what the suggestions rank mentors against. */
export const topicsSchema = v.pipe(
	v.object(topicEntries),
	v.forward(
		v.partialCheck(
			[['sectors'], ['components']],
			hasTopic,
			key('mentorship.request.topicsRequired')
		),
		['sectors']
	)
);

/**
 * A request (or, from an admin, a proposal): the mentee city, the mentor asked, the topics and
 * the need in Markdown. The API's body; the form's, with the mentee city filled in.
 */
export const mentorshipRequestSchema = v.pipe(
	v.object({
		mentee_city: v.pipe(v.string(key('form.required')), v.nonEmpty(key('form.required')), slug),
		mentor_id: v.pipe(
			v.string(key('mentorship.request.mentorRequired')),
			v.nonEmpty(key('mentorship.request.mentorRequired')),
			v.uuid(key('mentorship.request.mentorRequired'))
		),
		...topicEntries,
		need,
		programme: v.optional(slug)
	}),
	v.forward(
		v.partialCheck(
			[['sectors'], ['components']],
			hasTopic,
			key('mentorship.request.topicsRequired')
		),
		['sectors']
	)
);

export const decisions = ['accept', 'decline'] as const;

/** A mentor's answer: accept, or decline with a reason. */
export const decisionSchema = v.pipe(
	v.object({
		decision: v.picklist(decisions, key('mentorship.decision.choose')),
		reason
	}),
	v.forward(
		v.partialCheck(
			[['decision'], ['reason']],
			(input) => input.decision === 'accept' || input.reason.length > 0,
			key('mentorship.decision.reasonRequired')
		),
		['reason']
	)
);

/** The moves change_mentorship_status makes, by the name the forms and the API give them. */
export const statusMoves = {
	withdraw: 'withdrawn',
	pause: 'paused',
	resume: 'active',
	complete: 'completed'
} as const;
export type StatusMove = keyof typeof statusMoves;

/** A status change: the move, an optional note, and for completing, a closing summary. */
export const statusChangeSchema = v.object({
	move: v.picklist(Object.keys(statusMoves) as StatusMove[], key('mentorship.status.moveRequired')),
	note: reason,
	closing_summary: v.pipe(
		v.optional(v.nullable(v.string(key('form.invalid'))), ''),
		v.transform((s) => (s ?? '').normalize('NFC').trim()),
		v.maxLength(NEED_MAX, key('form.tooLong'))
	)
});

export type MentorshipRequestInput = v.InferOutput<typeof mentorshipRequestSchema>;
export type Topics = v.InferOutput<typeof topicsSchema>;
export type DecisionInput = v.InferOutput<typeof decisionSchema>;
export type StatusChangeInput = v.InferOutput<typeof statusChangeSchema>;

/** The request form's fields as the schema reads them: topics are checkboxes. */
export function requestFromForm(form: FormData): Record<string, unknown> {
	const str = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	return {
		mentee_city: str('mentee_city'),
		mentor_id: str('mentor_id'),
		sectors: form.getAll('sectors').map(String),
		components: form.getAll('components').map(String),
		need: str('need')
	};
}
