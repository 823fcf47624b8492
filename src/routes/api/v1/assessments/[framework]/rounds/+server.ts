import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { roundInputSchema } from '$lib/schemas/assessment-round';
import { translate } from '$lib/i18n';
import { apiError, badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { userDb } from '$lib/server/db';
import { createRound } from '$lib/server/assessment/rounds';
import { roundJson } from '$lib/server/assessment/round-json';
import { forbidden, readJson } from '$lib/server/practice-api';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/** Creates a round of a framework (admins only). */
export const POST: RequestHandler = async ({ params, request, url }) => {
	const user = await requireUser('mission_admin');
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const parsed = await readJson(request, roundInputSchema);
	if (!parsed.ok) return parsed.response;
	const outcome = await createRound(userDb(user), params.framework, parsed.data);
	switch (outcome.status) {
		case 'created': {
			const { framework, round } = outcome;
			return json(roundJson(framework, round), {
				status: 201,
				headers: {
					location: `${url.origin}/api/v1/assessments/${framework.slug}/${round.slug}/scores`
				}
			});
		}
		case 'duplicate':
			return apiError(
				409,
				translate('en', 'assessmentAdmin.round.duplicate', { slug: outcome.slug }),
				{ reason: 'slug_taken' }
			);
		case 'slug_needed':
			return badRequest({ slug: translate('en', 'assessmentAdmin.round.slugNeeded') });
		case 'not_found':
			return notFound(`no framework has the slug “${params.framework}”`);
		case 'forbidden':
			return forbidden();
	}
};
