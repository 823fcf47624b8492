// One adoption in full, as the caller may read it: its head, every step with its evidence,
// figures and verification, its categories with their progress, its comments and the names of
// the people it mentions, and what the caller may do with it. The public parts are read with
// the columns the anon role holds; a signed-in caller's user ids and versions come in a second
// read, so both read the same shapes.
import type { DbUser } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import type { AdoptionDetail, Category, Comment, Person, Step } from './types';

const headColumns = `id, stage, stage_on, current_step_id, evidence_public, is_demo, mentorship_id,
	source_url, confidence, created_at, updated_at,
	city:cities (id, slug, name),
	practice:practices (id, slug, title, title_en, language, city:cities (slug, name)),
	mentorship:mentorships (id, status,
		mentor_city:cities!mentorships_mentor_city_id_fkey (id, slug, name),
		mentee_city:cities!mentorships_mentee_city_id_fkey (id, slug, name))`;
const stepColumns = `id, stage, happened_on, evidence_markdown, links, reason, verified_at,
	created_at, figures:adoption_step_figures (label, value, unit, position)`;
const categoryColumns = `id, slug, name, language, target, unit, nodal_name, nodal_designation,
	position, updated_at, progress:category_progress (id, recorded_on, value, note, created_at)`;

type Failure = { message: string; code?: string } | null;

function fail(what: string, error: Failure): void {
	if (error) throw new DatabaseError(what, error);
}

/** User ids and versions, which only signed-in callers may read. */
async function privateIds(db: Db, id: string, readsComments: boolean) {
	const [head, steps, categories, comments] = await Promise.all([
		db.from('adoptions').select('version').eq('id', id).maybeSingle(),
		db.from('adoption_steps').select('id, author_id, verified_by').eq('adoption_id', id),
		db.from('adoption_categories').select('id, nodal_user_id, version').eq('adoption_id', id),
		readsComments
			? db
					.from('adoption_comments')
					.select('id, body_markdown, author_id, created_at')
					.eq('adoption_id', id)
					.order('created_at')
					.order('id')
			: Promise.resolve({ data: null, error: null })
	]);
	fail(`reading the version of adoption ${id}`, head.error);
	fail(`reading who recorded the steps of ${id}`, steps.error);
	fail(`reading the nodal officers of ${id}`, categories.error);
	fail(`reading the comments of ${id}`, comments.error);
	return {
		version: head.data?.version ?? null,
		steps: new Map((steps.data ?? []).map((s) => [s.id, s])),
		categories: new Map((categories.data ?? []).map((c) => [c.id, c])),
		comments: comments.data
	};
}

/**
 * The adoption with this id as the caller (`viewer`, null for the public) may read it, or null
 * where they may not: the page and the API answer 404, so not even its existence shows.
 */
export async function getAdoption(
	db: Db,
	id: string,
	viewer: DbUser | null
): Promise<AdoptionDetail | null> {
	const { data: head, error } = await db
		.from('adoptions')
		.select(headColumns)
		.eq('id', id)
		.maybeSingle();
	fail(`reading adoption ${id}`, error);
	if (!head) return null;

	const mentorCityId = head.mentorship?.mentor_city.id ?? null;
	const isAdmin = viewer?.role === 'mission_admin';
	const ofCity = viewer?.cityId != null && viewer.cityId === head.city.id;
	const ofMentorCity = viewer?.cityId != null && viewer.cityId === mentorCityId;
	const readsPrivately = isAdmin || ofCity || ofMentorCity;

	const [steps, categories, people, ids] = await Promise.all([
		db
			.from('adoption_steps')
			.select(stepColumns)
			.eq('adoption_id', id)
			.order('happened_on')
			.order('created_at')
			.order('id'),
		db
			.from('adoption_categories')
			.select(categoryColumns)
			.eq('adoption_id', id)
			.order('position')
			.order('created_at'),
		db.rpc('adoption_people', { p_adoption_id: id }),
		viewer ? privateIds(db, id, readsPrivately) : null
	]);
	fail(`reading the steps of adoption ${id}`, steps.error);
	fail(`reading the categories of adoption ${id}`, categories.error);
	fail(`naming the people of adoption ${id}`, people.error);

	const named = new Map<string, Person>(
		(people.data ?? []).map((p) => [p.id, { id: p.id, name: p.name, designation: p.designation }])
	);
	const person = (userId: string | null | undefined) => (userId && named.get(userId)) || null;
	// The public reads no user ids: it may see its verifiers' names (they vouch for the claims),
	// and where one person verified, every verified step is theirs.
	const soleVerifier = !viewer && named.size === 1 ? [...named.values()][0] : null;

	const stepList: Step[] = (steps.data ?? []).map((step) => {
		const who = ids?.steps.get(step.id);
		return {
			id: step.id,
			stage: step.stage,
			happened_on: step.happened_on,
			evidence_markdown: step.evidence_markdown,
			links: step.links,
			reason: step.reason,
			figures: [...step.figures]
				.sort((a, b) => a.position - b.position)
				.map(({ label, value, unit }) => ({ label, value, unit })),
			author: person(who?.author_id),
			verified: step.verified_at
				? { at: step.verified_at, by: who ? person(who.verified_by) : soleVerifier }
				: null,
			current: step.id === head.current_step_id
		};
	});

	const categoryList: Category[] = (categories.data ?? []).map((category) => {
		const more = ids?.categories.get(category.id);
		const nodalUser = person(more?.nodal_user_id);
		const nodal = nodalUser
			? { user_id: nodalUser.id, name: nodalUser.name, designation: nodalUser.designation }
			: category.nodal_name
				? { user_id: null, name: category.nodal_name, designation: category.nodal_designation }
				: null;
		return {
			id: category.id,
			slug: category.slug,
			name: category.name,
			language: category.language,
			target: category.target,
			unit: category.unit,
			nodal,
			position: category.position,
			version: more?.version ?? null,
			updated_at: category.updated_at,
			progress: [...category.progress].sort(
				(a, b) =>
					a.recorded_on.localeCompare(b.recorded_on) || a.created_at.localeCompare(b.created_at)
			)
		};
	});

	const comments: Comment[] | null = ids?.comments
		? ids.comments.map((c) => ({
				id: c.id,
				body_markdown: c.body_markdown,
				author: person(c.author_id),
				created_at: c.created_at
			}))
		: null;

	const canWrite = ofCity && (viewer?.role === 'city_member' || viewer?.role === 'mentor');
	const canVerify = isAdmin || (ofMentorCity && viewer?.role === 'mentor');
	const currentVerified = stepList.find((s) => s.current)?.verified?.at ?? null;
	return {
		id: head.id,
		city: head.city,
		practice: head.practice,
		mentorship: head.mentorship,
		mentorship_id: head.mentorship_id,
		stage: head.stage,
		stage_on: head.stage_on,
		evidence_public: head.evidence_public,
		is_demo: head.is_demo,
		is_origin: head.practice !== null && head.practice.city.slug === head.city.slug,
		source_url: head.source_url,
		confidence: head.confidence,
		created_at: head.created_at,
		updated_at: head.updated_at,
		version: ids?.version ?? null,
		verified_at: currentVerified,
		steps: stepList,
		categories: categoryList,
		comments: readsPrivately ? (comments ?? []) : null,
		people: [...named.values()],
		canWrite,
		canComment: canWrite || canVerify,
		canVerify
	};
}
