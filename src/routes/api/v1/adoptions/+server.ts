import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { getAdoption, listAdoptions } from '$lib/server/adoption/adoptions';
import { adoptionBodySchema, parseApiListQuery, refusal } from '$lib/server/adoption/api';
import { adoptionDetailJson, adoptionJson } from '$lib/server/adoption/api-json';
import { createAdoption } from '$lib/server/adoption/writes';
import { apiError, badRequest } from '$lib/server/api';
import { translate } from '$lib/i18n';
import { readJson } from '$lib/server/practice-api';
import type { RequestHandler } from './$types';

/**
 * The adoptions the caller may see, latest stage change first, each whole: the public sees
 * those at implemented or scaled whose city made the evidence public; officers also their own
 * city's and the ones their city mentors; admins all.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const query = await parseApiListQuery(url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const { page, per_page: perPage, ...filters } = query.data;
	const db = dbFor(locals.user);
	const { total, adoptions } = await listAdoptions(db, { ...filters, page, perPage });
	const details = await Promise.all(adoptions.map((a) => getAdoption(db, a.id, locals.user)));
	return json({
		total,
		page,
		per_page: perPage,
		// (One made private between the two reads is left out.)
		adoptions: details.flatMap((detail) => (detail ? [adoptionJson(detail)] : []))
	});
};

/** Records the caller's city taking up a published practice, with its first stage. */
export const POST: RequestHandler = async ({ request, url }) => {
	const user = await requireUser();
	const parsed = await readJson(request, adoptionBodySchema);
	if (!parsed.ok) return parsed.response;
	const result = await createAdoption(user, parsed.data);
	if (result.status === 'saved') {
		const detail = await getAdoption(dbFor(user), result.id, user);
		if (!detail) throw new Error(`adoption ${result.id} is not readable by its own city`);
		return json(adoptionDetailJson(detail), {
			status: 201,
			headers: { location: `${url.origin}/api/v1/adoptions/${result.id}` }
		});
	}
	if (result.status === 'invalid' && result.errors.practice === 'adoption.error.alreadyRecorded') {
		return apiError(409, translate('en', 'adoption.error.alreadyRecorded'), {
			reason: 'already_recorded',
			...('existing' in result && result.existing ? { existing: result.existing } : {})
		});
	}
	return refusal(result);
};
