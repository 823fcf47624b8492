// Writes on adoptions, each as the caller (the policies and functions decide who may): record an
// adoption with its first step, add a step, verify a claim, comment, keep categories, record
// progress and make the evidence public. Each answers with an Outcome (outcomes.ts).
import type {
	CategoryInput,
	CommentInput,
	NewAdoptionInput,
	ProgressInput,
	StepInput
} from '$lib/schemas/adoption';
import { textLanguage } from '$lib/text-language';
import type { DbUser } from '../db';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { forbidden, invalid, notFound, refusalOf, stepOutcome, verifyOutcome } from './outcomes';
import type { Forbidden, Invalid, NotFound, Outcome, Saved, Stale } from './outcomes';

export type * from './outcomes';

/** Whether the caller can see the adoption: a write it may not make then is forbidden, not 404. */
async function visible(db: Db, id: string): Promise<boolean> {
	const { data, error } = await db.from('adoptions').select('id').eq('id', id).maybeSingle();
	if (error) throw new DatabaseError(`reading adoption ${id}`, error);
	return data !== null;
}

async function refusedOrMissing(db: Db, id: string, refusal: Forbidden | Invalid) {
	return refusal.status === 'forbidden' && !(await visible(db, id)) ? notFound : refusal;
}

/**
 * Records the caller's city taking up a published practice, with its first step. A city records
 * a practice once: a second time is invalid, with the id of the one it has.
 */
export async function createAdoption(
	user: DbUser,
	input: NewAdoptionInput
): Promise<Saved<{ id: string }> | Forbidden | (Invalid & { existing?: string })> {
	const db = userDb(user);
	const { data, error } = await db.rpc('create_adoption', { p: input });
	if (!error) return { status: 'saved', id: data };
	const refusal = refusalOf(error, 'recording an adoption', [
		'practice',
		'adoption.error.alreadyRecorded'
	]);
	if (refusal.status !== 'invalid' || error.code !== '23505' || !user.cityId) return refusal;
	const { data: practice } = await db
		.from('practices')
		.select('id')
		.eq('slug', input.practice)
		.maybeSingle();
	const { data: existing } = practice
		? await db
				.from('adoptions')
				.select('id')
				.eq('city_id', user.cityId)
				.eq('practice_id', practice.id)
				.maybeSingle()
		: { data: null };
	return existing ? { ...refusal, existing: existing.id } : refusal;
}

/**
 * Adds a step (any stage: a stage may be skipped or gone back to) if the adoption is still at
 * `version`; null skips that check.
 */
export async function addStep(
	user: DbUser,
	adoptionId: string,
	version: number | null,
	input: StepInput
): Promise<Outcome<{ step: string; version: number }>> {
	const db = userDb(user);
	const { data, error } = await db.rpc('add_adoption_step', {
		p_id: adoptionId,
		// The function reads null as "no check"; the generated types cannot say it may be null.
		p_version: version ?? (null as never),
		p: input
	});
	if (error) {
		return refusedOrMissing(db, adoptionId, refusalOf(error, `adding a step to ${adoptionId}`));
	}
	const outcome = stepOutcome(data);
	// The function locks the adoption for update, which the policies allow its city only: an
	// adoption the caller can read but not change is then not found to it, and is forbidden.
	if (outcome.status === 'not_found' && (await visible(db, adoptionId))) return forbidden;
	return outcome;
}

/** Verifies a claim of implemented or scaled, as a mentor of the linked mentorship or an admin. */
export async function verifyStep(
	user: DbUser,
	adoptionId: string,
	stepId: string
): Promise<Saved | Stale | NotFound | Forbidden | Invalid> {
	const db = userDb(user);
	const { data: step, error: readError } = await db
		.from('adoption_steps')
		.select('adoption_id')
		.eq('id', stepId)
		.maybeSingle();
	if (readError) throw new DatabaseError(`reading step ${stepId}`, readError);
	if (!step || step.adoption_id !== adoptionId) return notFound;
	const { data, error } = await db.rpc('verify_adoption_step', { p_step_id: stepId });
	if (error) return refusalOf(error, `verifying step ${stepId}`);
	return verifyOutcome(data);
}

/** Comments on an adoption, as its city, a mentor of its mentorship or an admin. */
export async function addComment(
	user: DbUser,
	adoptionId: string,
	input: CommentInput
): Promise<Saved<{ id: string }> | NotFound | Forbidden | Invalid> {
	const db = userDb(user);
	const { data, error } = await db
		.from('adoption_comments')
		.insert({ adoption_id: adoptionId, body_markdown: input.body })
		.select('id')
		.single();
	if (!error) return { status: 'saved', id: data.id };
	return refusedOrMissing(db, adoptionId, refusalOf(error, `commenting on ${adoptionId}`));
}

const categoryExists: [string, 'adoption.error.categoryExists'] = [
	'name',
	'adoption.error.categoryExists'
];

/**
 * Adds a category to an adoption or, with `existing`, changes one if it is still at that
 * version. A category keeps its slug.
 */
export async function saveCategory(
	user: DbUser,
	adoptionId: string,
	input: CategoryInput,
	existing?: { id: string; version: number }
): Promise<Outcome<{ id: string; version: number }>> {
	const db = userDb(user);
	const fields = {
		name: input.name,
		language: textLanguage(input.name),
		target: input.target,
		unit: input.unit,
		nodal_user_id: input.nodal_user_id,
		nodal_name: input.nodal_name || null,
		nodal_designation: input.nodal_designation || null
	};
	if (!existing) {
		const { count, error: countError } = await db
			.from('adoption_categories')
			.select('id', { count: 'exact', head: true })
			.eq('adoption_id', adoptionId);
		if (countError) throw new DatabaseError(`counting categories of ${adoptionId}`, countError);
		const { data, error } = await db
			.from('adoption_categories')
			.insert({
				...fields,
				adoption_id: adoptionId,
				slug: input.slug,
				position: Math.min(count ?? 0, 99)
			})
			.select('id, version')
			.single();
		if (!error) return { status: 'saved', ...data };
		const what = `adding a category to ${adoptionId}`;
		return refusedOrMissing(db, adoptionId, refusalOf(error, what, categoryExists));
	}
	// The version in the filter makes the check and the write one step.
	const { data, error } = await db
		.from('adoption_categories')
		.update(fields)
		.eq('id', existing.id)
		.eq('adoption_id', adoptionId)
		.eq('version', existing.version)
		.select('id, version');
	if (error) {
		const what = `saving category ${existing.id}`;
		return refusedOrMissing(db, adoptionId, refusalOf(error, what, categoryExists));
	}
	if (data.length === 1) return { status: 'saved', ...data[0] };
	const { data: now, error: readError } = await db
		.from('adoption_categories')
		.select('version')
		.eq('id', existing.id)
		.eq('adoption_id', adoptionId)
		.maybeSingle();
	if (readError) throw new DatabaseError(`reading category ${existing.id}`, readError);
	if (!now) return notFound;
	return now.version === existing.version ? forbidden : { status: 'stale', version: now.version };
}

/** Records the count a category reached on a day. */
export async function addProgress(
	user: DbUser,
	adoptionId: string,
	categoryId: string,
	input: ProgressInput
): Promise<Saved<{ id: string }> | NotFound | Forbidden | Invalid> {
	const db = userDb(user);
	const { data: category, error: readError } = await db
		.from('adoption_categories')
		.select('adoption_id')
		.eq('id', categoryId)
		.maybeSingle();
	if (readError) throw new DatabaseError(`reading category ${categoryId}`, readError);
	if (!category || category.adoption_id !== adoptionId) {
		return (await visible(db, adoptionId))
			? invalid({ category: 'adoption.error.categoryUnknown' })
			: notFound;
	}
	const { data, error } = await db
		.from('category_progress')
		.insert({
			category_id: categoryId,
			recorded_on: input.on,
			value: input.value,
			note: input.note || null
		})
		.select('id')
		.single();
	if (error) return refusalOf(error, `recording progress of ${categoryId}`);
	return { status: 'saved', id: data.id };
}

/**
 * Marks the city's evidence public or private. Public evidence shows to everyone once the stage
 * is implemented or scaled. With `version`, only if nobody changed the adoption since.
 */
export async function setEvidencePublic(
	user: DbUser,
	adoptionId: string,
	evidencePublic: boolean,
	version?: number
): Promise<Outcome<{ version: number }>> {
	const db = userDb(user);
	let query = db.from('adoptions').update({ evidence_public: evidencePublic }).eq('id', adoptionId);
	if (version !== undefined) query = query.eq('version', version);
	const { data, error } = await query.select('version');
	if (error) return refusedOrMissing(db, adoptionId, refusalOf(error, `publishing ${adoptionId}`));
	if (data.length === 1) return { status: 'saved', version: data[0].version };
	const { data: now, error: readError } = await db
		.from('adoptions')
		.select('version')
		.eq('id', adoptionId)
		.maybeSingle();
	if (readError) throw new DatabaseError(`reading adoption ${adoptionId}`, readError);
	if (!now) return notFound;
	if (version !== undefined && now.version !== version) {
		return { status: 'stale', version: now.version };
	}
	return forbidden;
}
