// Pausing, resuming and completing a mentorship from its page, through change_mentorship_status
// (the flows' module requests, decides and withdraws; this is what either side does while a
// mentorship runs).
import * as v from 'valibot';
import type { Enums } from '$lib/database.types';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { refusalOf } from './write-result';
import type { Refusal } from './write-result';

const answerSchema = v.object({ status: v.picklist(['saved', 'not_found', 'forbidden']) });

export type StatusResult = { kind: 'saved' } | { kind: 'not_found' } | Refusal;

/** Moves a running mentorship to paused, active (resumed) or completed (with a closing summary). */
export async function changeStatus(
	user: SessionUser,
	id: string,
	status: Extract<Enums<'mentorship_status'>, 'active' | 'paused' | 'completed'>,
	note: string | null,
	closingSummary: string | null = null
): Promise<StatusResult> {
	const { data, error } = await userDb(user).rpc('change_mentorship_status', {
		p_id: id,
		p_status: status,
		// Generated argument types cannot say a SQL argument may be null; these may be.
		p_note: note as string,
		p_closing_summary: closingSummary as string
	});
	if (error) return refusalOf(error, `moving mentorship ${id} to ${status}`);
	const answer = v.parse(answerSchema, data).status;
	return { kind: answer };
}
