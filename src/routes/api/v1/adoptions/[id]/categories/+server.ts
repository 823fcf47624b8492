import { json } from '@sveltejs/kit';
import { categorySchema } from '$lib/schemas/adoption';
import { getAdoption } from '$lib/server/adoption/adoptions';
import { adoptionNotFound, refusal } from '$lib/server/adoption/api';
import { categoriesJson } from '$lib/server/adoption/api-json';
import { saveCategory } from '$lib/server/adoption/writes';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { readJson } from '$lib/server/practice-api';
import { match as isUuid } from '../../../../../../params/uuid';
import type { RequestHandler } from './$types';

/**
 * Adds a category of targets (a target and unit, and its nodal officer: a user of the city, or
 * an officer named with a designation), for an officer of the adopting city.
 */
export const POST: RequestHandler = async ({ params, request }) => {
	const user = await requireUser();
	if (!isUuid(params.id)) return adoptionNotFound();
	const parsed = await readJson(request, categorySchema);
	if (!parsed.ok) return parsed.response;
	const result = await saveCategory(user, params.id, parsed.data);
	if (result.status !== 'saved') return refusal(result);
	const detail = await getAdoption(dbFor(user), params.id, user);
	const index = detail?.categories.findIndex((c) => c.id === result.id) ?? -1;
	if (!detail || index < 0) throw new Error(`category ${result.id} is not readable by its city`);
	return json(categoriesJson(detail.categories)[index], { status: 201 });
};
