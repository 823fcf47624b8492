// A mentorship's life, as the caller: a member of the mentee city requests (or an admin
// proposes), a mentor of the mentor city accepts or declines, the mentee city withdraws, either
// side pauses, resumes and completes. Each move is one Postgres function (the functions and the
// policies decide who may make it; the audit log records the rows it writes), and mail goes
// through the outbox.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { Enums } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import { statusMoves } from '$lib/schemas/mentorship';
import type { MentorshipRequestInput, StatusMove } from '$lib/schemas/mentorship';
import type { DbUser } from '../db';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import { queueDecisionMail, queueRequestMail } from './mentorship-mail';

type MentorshipStatus = Enums<'mentorship_status'>;
const statusSchema = v.picklist(Constants.public.Enums.mentorship_status);

/** A write the database refused: not allowed, or a value it checks (the field it names). */
export type Refusal =
	{ kind: 'forbidden' } | { kind: 'invalid'; field: string; message: MessageKey };

// Postgres's answers to a refused write, by the field its hint names.
const invalidMessages: Record<string, MessageKey> = {
	mentee_city: 'mentorship.request.unknownCity',
	mentor_id: 'mentorship.request.mentorUnavailable',
	sectors: 'mentorship.request.unknownTopic',
	components: 'mentorship.request.unknownTopic',
	programme: 'mentorship.request.noProgramme',
	reason: 'mentorship.decision.reasonRequired',
	status: 'mentorship.status.notAllowed'
};

/** What a refused write means for the user; an error that is not a refusal is thrown. */
export function refusalOf(
	error: { code?: string; message: string; hint?: string | null },
	what: string
): Refusal {
	// 42501: row-level security or the rules of a mentorship's life refused the write.
	if (error.code === '42501') return { kind: 'forbidden' };
	if (error.code === '22023') {
		const field = error.hint ?? 'form';
		return { kind: 'invalid', field, message: invalidMessages[field] ?? 'form.invalid' };
	}
	if (error.code === '23514') {
		// A check constraint's message names the table: log it, answer in general.
		console.warn(`${what}: refused by a check constraint: ${error.message}`);
		return { kind: 'invalid', field: 'form', message: 'form.invalid' };
	}
	throw new DatabaseError(what, error);
}

export type RequestResult =
	| { kind: 'created'; id: string }
	/** The two cities already have an open request or a running mentorship. */
	| { kind: 'duplicate' }
	| Refusal;

/**
 * A member (or mentor) of the mentee city asks a mentor for help, or an admin proposes the
 * pairing (`propose`). The mentor is mailed through the outbox.
 */
export async function requestMentorship(
	user: DbUser,
	input: MentorshipRequestInput,
	{ propose = false }: { propose?: boolean } = {}
): Promise<RequestResult> {
	const { data, error } = await userDb(user).rpc('request_mentorship', {
		p: input,
		p_propose: propose
	});
	if (error?.code === '23505') return { kind: 'duplicate' };
	if (error) return refusalOf(error, propose ? 'proposing a pairing' : 'requesting a mentorship');
	await queueRequestMail(data, { propose });
	return { kind: 'created', id: data };
}

// decide_mentorship and change_mentorship_status answer in JSON the generated types cannot
// describe: read here, once.
const decideAnswerSchema = v.variant('status', [
	v.object({ status: v.literal('saved') }),
	v.object({ status: v.literal('full'), capacity: v.number() }),
	v.object({ status: v.literal('not_found') }),
	v.object({ status: v.literal('forbidden') }),
	v.object({ status: v.literal('not_open'), current: statusSchema })
]);
const statusAnswerSchema = v.variant('status', [
	v.object({ status: v.literal('saved') }),
	v.object({ status: v.literal('not_found') }),
	v.object({ status: v.literal('forbidden') })
]);

export type DecisionResult =
	| { kind: 'saved'; status: 'active' | 'declined' }
	/** Accepting would take the lead mentor beyond their capacity. */
	| { kind: 'full'; capacity: number }
	| { kind: 'not_found' }
	/** Answered, withdrawn or expired already. */
	| { kind: 'not_open'; current: MentorshipStatus }
	| Refusal;

/**
 * A mentor of the mentor city (or an admin, for the mentor the request names) accepts or
 * declines, with a reason (required to decline). The requester is mailed the answer.
 */
export async function decideMentorship(
	user: DbUser,
	id: string,
	accept: boolean,
	reason: string
): Promise<DecisionResult> {
	const { data, error } = await userDb(user).rpc('decide_mentorship', {
		p_id: id,
		p_accept: accept,
		p_reason: reason
	});
	if (error) return refusalOf(error, `answering mentorship ${id}`);
	const result = decisionResult(data, accept);
	if (result.kind === 'saved') await queueDecisionMail(id);
	return result;
}

/** decide_mentorship's answer, read. */
export function decisionResult(data: unknown, accept: boolean): DecisionResult {
	const answer = v.parse(decideAnswerSchema, data);
	switch (answer.status) {
		case 'saved':
			return { kind: 'saved', status: accept ? 'active' : 'declined' };
		case 'full':
			return { kind: 'full', capacity: answer.capacity };
		case 'not_open':
			return { kind: 'not_open', current: answer.current };
		default:
			return { kind: answer.status };
	}
}

export type StatusResult = { kind: 'saved' } | { kind: 'not_found' } | Refusal;

/**
 * Withdraws a request (the mentee city), pauses, resumes or completes a mentorship (either side;
 * completing with a closing summary). A move the rules do not allow this user is `forbidden`.
 */
export async function changeMentorshipStatus(
	user: DbUser,
	id: string,
	move: StatusMove,
	{ note = '', closingSummary = '' }: { note?: string; closingSummary?: string } = {}
): Promise<StatusResult> {
	const { data, error } = await userDb(user).rpc('change_mentorship_status', {
		p_id: id,
		p_status: statusMoves[move],
		p_note: note,
		p_closing_summary: closingSummary
	});
	if (error) return refusalOf(error, `changing the status of mentorship ${id}`);
	const answer = v.parse(statusAnswerSchema, data);
	return { kind: answer.status };
}
