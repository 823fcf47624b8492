import { json } from '@sveltejs/kit';
import { practicePatchSchema } from '$lib/schemas/practice';
import { badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { forbidden, practiceJson, readJson } from '$lib/server/practice-api';
import { dbFor } from '$lib/server/db';
import { getPractice, updatePractice } from '$lib/server/practices';
import { match as isSlug } from '../../../../../params/slug';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
	const practice = isSlug(params.slug) ? await getPractice(dbFor(locals.user), params.slug) : null;
	if (!practice) return notFound(`no practice has the slug “${params.slug.slice(0, 80)}”`);
	return json(practiceJson(practice));
};

/**
 * Changes a practice. The body carries the `version` the change starts from; if someone saved
 * since, the answer is 409 with the current practice and nothing is overwritten. A `status`
 * change publishes or archives.
 */
export const PATCH: RequestHandler = async ({ params, request }) => {
	const user = await requireUser();
	if (!isSlug(params.slug)) {
		return notFound(`no practice has the slug “${params.slug.slice(0, 80)}”`);
	}
	const parsed = await readJson(request, practicePatchSchema);
	if (!parsed.ok) return parsed.response;
	const { version, ...patch } = parsed.data;
	if (patch.status === 'published' || patch.status === 'archived') {
		if (user.role === 'city_member') return forbidden();
	}
	const result = await updatePractice(user, params.slug, patch, version);
	switch (result.kind) {
		case 'saved': {
			const practice = await getPractice(dbFor(user), result.slug);
			return practice ? json(practiceJson(practice)) : forbidden();
		}
		case 'conflict':
			return json(
				{
					error: 'conflict',
					message: `the practice is at version ${result.current.version}, not ${version}`,
					current: practiceJson(result.current)
				},
				{ status: 409 }
			);
		case 'forbidden':
			return forbidden();
		case 'invalid':
			return badRequest({ [result.field]: result.message });
		case 'not_found':
			return notFound(`no practice has the slug “${params.slug}”`);
	}
};
