import { json } from '@sveltejs/kit';
import { getAdoption } from '$lib/server/adoption/adoptions';
import { adoptionNotFound, fieldErrors, refusal } from '$lib/server/adoption/api';
import { stageJson } from '$lib/server/adoption/api-json';
import { verifyStep } from '$lib/server/adoption/writes';
import { apiError } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { translate } from '$lib/i18n';
import { match as isUuid } from '../../../../../../../../params/uuid';
import type { RequestHandler } from './$types';

/**
 * Verifies a claim of implemented or scaled: a mentor of the linked mentorship's mentor city, or
 * an admin, confirms the evidence. Once only: a second time is 409. Takes no body.
 */
export const POST: RequestHandler = async ({ params }) => {
	const user = await requireUser();
	if (!isUuid(params.id) || !isUuid(params.step)) return adoptionNotFound();
	const result = await verifyStep(user, params.id, params.step);
	switch (result.status) {
		case 'saved': {
			const detail = await getAdoption(dbFor(user), params.id, user);
			const step = detail?.steps.find((s) => s.id === params.step);
			if (!step) throw new Error(`step ${params.step} is not readable by its verifier`);
			return json(stageJson(step));
		}
		case 'stale':
			return apiError(409, translate('en', 'adoption.error.alreadyVerified'), {
				reason: 'already_verified'
			});
		case 'invalid':
			return fieldErrors(result.errors, () => 'step');
		default:
			return refusal(result);
	}
};
