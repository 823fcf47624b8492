// Mentorship goals: what the two cities aim for, the practices that lead there (linked by slug)
// and whether it was achieved or dropped.
import type { Tables } from '$lib/database.types';
import type { GoalInput, GoalUpdate } from '$lib/schemas/goal';
import type { SessionUser } from '../auth/session';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { refusalOf } from './write-result';
import type { Refusal } from './write-result';

export interface LinkedPractice {
	slug: string;
	title: string;
	language: string;
}

export type Goal = Pick<
	Tables<'mentorship_goals'>,
	'id' | 'mentorship_id' | 'text' | 'status' | 'created_by' | 'created_at' | 'updated_at'
> & { practices: LinkedPractice[] };

const columns = 'id, mentorship_id, text, status, practice_ids, created_by, created_at, updated_at';

/** A mentorship's goals, oldest first, with the linked practices the reader may see. */
export async function listGoals(db: Db, mentorshipId: string): Promise<Goal[]> {
	const { data, error } = await db
		.from('mentorship_goals')
		.select(columns)
		.eq('mentorship_id', mentorshipId)
		.order('created_at')
		.order('id');
	if (error) throw new DatabaseError(`listing the goals of ${mentorshipId}`, error);
	const ids = [...new Set((data ?? []).flatMap((g) => g.practice_ids))];
	const practices = new Map<string, LinkedPractice>();
	if (ids.length) {
		const { data: found, error: practiceError } = await db
			.from('practices')
			.select('id, slug, title, language')
			.in('id', ids);
		if (practiceError) throw new DatabaseError('reading the practices goals link', practiceError);
		for (const p of found ?? []) {
			practices.set(p.id, { slug: p.slug, title: p.title, language: p.language });
		}
	}
	return (data ?? []).map(({ practice_ids, ...goal }) => ({
		...goal,
		practices: practice_ids.flatMap((id) => practices.get(id) ?? [])
	}));
}

/** The ids of the practices with these slugs, or the slugs no practice the user sees has. */
async function practiceIds(
	db: Db,
	slugs: string[]
): Promise<{ ok: true; ids: string[] } | { ok: false; unknown: string[] }> {
	if (slugs.length === 0) return { ok: true, ids: [] };
	const { data, error } = await db.from('practices').select('id, slug').in('slug', slugs);
	if (error) throw new DatabaseError('finding practices by slug', error);
	const bySlug = new Map((data ?? []).map((p) => [p.slug, p.id]));
	const unknown = slugs.filter((s) => !bySlug.has(s));
	return unknown.length
		? { ok: false, unknown }
		: { ok: true, ids: slugs.map((s) => bySlug.get(s) as string) };
}

export type GoalResult =
	| { kind: 'saved'; id: string }
	| { kind: 'not_found' }
	| { kind: 'unknown_practices'; slugs: string[] }
	| Refusal;

/** Adds a goal to a mentorship, as the user, linking the practices named by slug. */
export async function addGoal(
	user: SessionUser,
	mentorshipId: string,
	input: GoalInput
): Promise<GoalResult> {
	const db = userDb(user);
	const linked = await practiceIds(db, input.practices);
	if (!linked.ok) return { kind: 'unknown_practices', slugs: linked.unknown };
	const { data, error } = await db
		.from('mentorship_goals')
		.insert({ mentorship_id: mentorshipId, text: input.text, practice_ids: linked.ids })
		.select('id')
		.single();
	if (error) return refusalOf(error, `adding a goal to ${mentorshipId}`);
	return { kind: 'saved', id: data.id };
}

/** Marks a goal (open, achieved, dropped) and sets the practices it links. */
export async function updateGoal(user: SessionUser, input: GoalUpdate): Promise<GoalResult> {
	const db = userDb(user);
	const linked = await practiceIds(db, input.practices);
	if (!linked.ok) return { kind: 'unknown_practices', slugs: linked.unknown };
	const { data, error } = await db
		.from('mentorship_goals')
		.update({ status: input.status, practice_ids: linked.ids })
		.eq('id', input.id)
		.select('id');
	if (error) return refusalOf(error, `saving goal ${input.id}`);
	if (data.length === 1) return { kind: 'saved', id: input.id };
	const { data: visible, error: readError } = await db
		.from('mentorship_goals')
		.select('id')
		.eq('id', input.id)
		.maybeSingle();
	if (readError) throw new DatabaseError(`reading goal ${input.id}`, readError);
	return visible ? { kind: 'forbidden' } : { kind: 'not_found' };
}
