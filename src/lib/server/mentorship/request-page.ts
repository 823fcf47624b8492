// What the decision and withdraw pages show and do: the request in brief, who may answer or
// withdraw it, and each form's outcome as the page (or the component posting to it) shows it.
import * as v from 'valibot';
import { parseForm } from '$lib/schemas/forms';
import { issuesByField } from '$lib/schemas/practice';
import { decisionSchema, statusChangeSchema } from '$lib/schemas/mentorship';
import type { FormFeedback } from '$lib/mentorships';
import { textLanguage } from '$lib/text-language';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { renderMarkdown } from '../markdown';
import { listComponents, listSectors } from '../practices';
import {
	changeMentorshipStatus,
	decideMentorship,
	mentorshipDetail,
	OPEN_STATUSES
} from './mentorships';
import type { MentorshipDetail, MentorshipStatus } from './mentorships';

const isOpen = (status: MentorshipStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

/** A mentor of the mentor city, or an admin, answers an open request. */
export const canAnswer = (user: SessionUser, m: Pick<MentorshipDetail, 'status' | 'mentor_city'>) =>
	isOpen(m.status) &&
	(user.role === 'mission_admin' || (user.role === 'mentor' && user.cityId === m.mentor_city.id));

/** The mentee city's officers, or an admin, withdraw an open request. */
export const canWithdraw = (
	user: SessionUser,
	m: Pick<MentorshipDetail, 'status' | 'mentee_city'>
) => isOpen(m.status) && (user.role === 'mission_admin' || user.cityId === m.mentee_city.id);

/**
 * A request as its two cities (and the admins) read it, or null when the caller may not: the
 * need rendered, the topics named, who asked and when.
 */
export async function requestSummary(user: SessionUser, id: string) {
	const detail = await mentorshipDetail(userDb(user), id);
	if (!detail?.private) return null;
	const [sectors, components] = await Promise.all([listSectors(), listComponents()]);
	const p = detail.private;
	const asker =
		p.officers.find((o) => o.side === 'mentee' && o.is_lead)?.name ?? p.events[0]?.actor_name;
	return {
		id: detail.id,
		status: detail.status,
		mentorCity: detail.mentor_city,
		menteeCity: detail.mentee_city,
		mentor: detail.mentor,
		need: { html: renderMarkdown(p.need_markdown).html, lang: textLanguage(p.need_markdown) },
		decisionReason: p.decision_reason,
		sectors: sectors.filter((s) => detail.sectors.includes(s.slug)),
		components: components.filter((c) => detail.components.includes(c.slug)),
		askedBy: asker ?? null,
		askedAt: p.requested_at,
		canAnswer: canAnswer(user, detail),
		canWithdraw: canWithdraw(user, detail)
	};
}

export type FormOutcome =
	| { kind: 'done'; status: MentorshipStatus }
	| { kind: 'not_found' }
	| { kind: 'refused'; status: 400 | 403 | 409; feedback: FormFeedback };

/** Reads and sends the mentor's answer. */
export async function answerFromForm(
	user: SessionUser,
	id: string,
	form: FormData
): Promise<FormOutcome> {
	const reason = form.get('reason');
	const values = { reason: typeof reason === 'string' ? reason.slice(0, 4000) : '' };
	const parsed = parseForm(decisionSchema, form);
	if (!parsed.ok) {
		return { kind: 'refused', status: 400, feedback: { values, errors: parsed.errors } };
	}
	const { decision } = parsed.data;
	const result = await decideMentorship(user, id, decision === 'accept', parsed.data.reason);
	switch (result.kind) {
		case 'saved':
			return { kind: 'done', status: result.status };
		case 'not_found':
			return result;
		case 'full':
			return {
				kind: 'refused',
				status: 409,
				feedback: {
					values,
					errors: {},
					notice: {
						key:
							user.role === 'mission_admin'
								? 'mentorship.decision.fullFor'
								: 'mentorship.decision.full',
						params: { count: result.capacity }
					}
				}
			};
		case 'not_open':
			return {
				kind: 'refused',
				status: 409,
				feedback: {
					values,
					errors: {},
					notice: { key: 'mentorship.decision.notOpen', status: result.current }
				}
			};
		case 'forbidden':
			return {
				kind: 'refused',
				status: 403,
				feedback: { values, errors: { form: 'auth.forbidden' } }
			};
		case 'invalid':
			return {
				kind: 'refused',
				status: 400,
				feedback: { values, errors: { [result.field]: result.message } }
			};
	}
}

/** Withdraws the request, with an optional note. */
export async function withdrawFromForm(
	user: SessionUser,
	id: string,
	form: FormData
): Promise<FormOutcome> {
	const note = form.get('note');
	const values = { note: typeof note === 'string' ? note.slice(0, 4000) : '' };
	const parsed = v.safeParse(statusChangeSchema, { move: 'withdraw', note: values.note });
	if (!parsed.success) {
		return {
			kind: 'refused',
			status: 400,
			feedback: { values, errors: issuesByField(parsed.issues) }
		};
	}
	const result = await changeMentorshipStatus(user, id, 'withdraw', { note: parsed.output.note });
	switch (result.kind) {
		case 'saved':
			return { kind: 'done', status: 'withdrawn' };
		case 'not_found':
			return result;
		case 'forbidden': {
			// The rules refuse a request that is no longer open as they refuse another city.
			const current = await mentorshipDetail(userDb(user), id);
			const notice =
				current && !isOpen(current.status)
					? { key: 'mentorship.request.notOpen' as const, status: current.status }
					: { key: 'mentorship.request.withdrawForbidden' as const };
			return { kind: 'refused', status: 403, feedback: { values, errors: {}, notice } };
		}
		case 'invalid':
			return {
				kind: 'refused',
				status: 400,
				feedback: { values, errors: { [result.field]: result.message } }
			};
	}
}
