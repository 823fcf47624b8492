import { json } from '@sveltejs/kit';
import { decisionSchema } from '$lib/schemas/mentorship';
import { translate } from '$lib/i18n';
import { apiError, badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { decideMentorship } from '$lib/server/mentorship/mentorships';
import { forbidden, readJson } from '$lib/server/practice-api';
import { match as isUuid } from '../../../../../../params/uuid';
import type { RequestHandler } from './$types';

/**
 * A mentor of the mentor city (or an admin) accepts or declines a request or proposal, with a
 * reason (required to decline). 409 when it is no longer open, or when accepting would take the
 * mentor beyond their capacity; `reason` says which.
 */
export const POST: RequestHandler = async ({ params, request }) => {
	const user = await requireUser();
	const missing = () => notFound('no mentorship has this id, or it is not visible to you');
	if (!isUuid(params.id)) return missing();
	const parsed = await readJson(request, decisionSchema);
	if (!parsed.ok) return parsed.response;
	const { decision, reason } = parsed.data;
	const result = await decideMentorship(user, params.id, decision === 'accept', reason);
	switch (result.kind) {
		case 'saved':
			return json({ id: params.id, status: result.status });
		case 'full':
			return apiError(
				409,
				`The mentor already leads ${result.capacity} mentee cities, their capacity.`,
				{ reason: 'full', capacity: result.capacity }
			);
		case 'not_open':
			return apiError(409, `The request is no longer open: it is ${result.current}.`, {
				reason: 'not_open',
				status: result.current
			});
		case 'not_found':
			return missing();
		case 'forbidden':
			return forbidden();
		case 'invalid':
			return badRequest({ [result.field]: translate('en', result.message) });
	}
};
