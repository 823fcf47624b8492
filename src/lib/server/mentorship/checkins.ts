// Check-ins at the midpoint and at the close: each side rates the mentorship from 1 to 5 and
// says what worked and what did not, once per stage. Only that side and the admins read them
// (the policies see to it; the page shows what they return).
import type { Enums, Tables } from '$lib/database.types';
import type { CheckinInput } from '$lib/schemas/checkin';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { sideOf } from './access';
import type { MentorshipCities } from './access';
import { refusalOf } from './write-result';
import type { Refusal } from './write-result';

export type Checkin = Pick<
	Tables<'mentorship_checkins'>,
	'id' | 'side' | 'stage' | 'rating' | 'worked' | 'did_not_work' | 'author_id' | 'created_at'
>;

/** The check-ins the reader may see: their own side's, or every one for an admin. */
export async function listCheckins(db: Db, mentorshipId: string): Promise<Checkin[]> {
	const { data, error } = await db
		.from('mentorship_checkins')
		.select('id, side, stage, rating, worked, did_not_work, author_id, created_at')
		.eq('mentorship_id', mentorshipId)
		.order('created_at');
	if (error) throw new DatabaseError(`listing the check-ins of ${mentorshipId}`, error);
	return data ?? [];
}

/** The stages open to a mentorship in this status: the midpoint while it runs, the close until it is over. */
export function openStages(status: Enums<'mentorship_status'>): Enums<'checkin_stage'>[] {
	if (status === 'active' || status === 'paused') return ['midpoint', 'close'];
	if (status === 'completed') return ['close'];
	return [];
}

export type CheckinResult = { kind: 'saved' } | { kind: 'answered' } | Refusal;

/** The user's side answers a check-in; a side answers each stage once. */
export async function answerCheckin(
	user: SessionUser,
	mentorship: MentorshipCities & { id: string },
	input: CheckinInput
): Promise<CheckinResult> {
	const side = sideOf(user, mentorship);
	if (!side || !openStages(mentorship.status).includes(input.stage)) return { kind: 'forbidden' };
	const { error } = await userDb(user).from('mentorship_checkins').insert({
		mentorship_id: mentorship.id,
		side,
		stage: input.stage,
		rating: input.rating,
		worked: input.worked,
		did_not_work: input.did_not_work,
		author_id: user.id
	});
	if (error?.code === '23505') return { kind: 'answered' };
	if (error) return refusalOf(error, `answering a check-in on ${mentorship.id}`);
	return { kind: 'saved' };
}
