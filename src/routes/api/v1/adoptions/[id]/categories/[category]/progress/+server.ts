import { json } from '@sveltejs/kit';
import { progressSchema } from '$lib/schemas/adoption';
import { getAdoption } from '$lib/server/adoption/adoptions';
import { adoptionNotFound, refusal } from '$lib/server/adoption/api';
import { categoriesJson } from '$lib/server/adoption/api-json';
import { addProgress } from '$lib/server/adoption/writes';
import { notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { readJson } from '$lib/server/practice-api';
import { match as isUuid } from '../../../../../../../../params/uuid';
import type { RequestHandler } from './$types';

/**
 * Records the count a category reached on a day (cumulative, not an increment), for an officer
 * of the adopting city. Answers the category with its progress.
 */
export const POST: RequestHandler = async ({ params, request }) => {
	const user = await requireUser();
	if (!isUuid(params.id)) return adoptionNotFound();
	const db = dbFor(user);
	const before = await getAdoption(db, params.id, user);
	if (!before) return adoptionNotFound();
	const category = before.categories.find((c) => c.slug === params.category);
	if (!category) return notFound(`this adoption has no category “${params.category}”`);
	const parsed = await readJson(request, progressSchema);
	if (!parsed.ok) return parsed.response;
	const result = await addProgress(user, params.id, category.id, parsed.data);
	if (result.status !== 'saved') return refusal(result);
	const detail = await getAdoption(db, params.id, user);
	const index = detail?.categories.findIndex((c) => c.id === category.id) ?? -1;
	if (!detail || index < 0) throw new Error(`category ${category.id} is not readable by its city`);
	return json(categoriesJson(detail.categories)[index], { status: 201 });
};
