import { error, fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { requireUser } from '$lib/server/auth/guards';
import { answerFromForm, requestSummary } from '$lib/server/mentorship/request-page';
import type { Actions, PageServerLoad } from './$types';

/** The request in brief and, for a mentor of the mentor city or an admin, the answer's form. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const user = await requireUser();
	const request = await requestSummary(user, params.id);
	// A request is its two cities' business: to anyone else it does not exist.
	if (!request) error(404, translate(locals.locale, 'error.notFound.title'));
	return { request };
};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const user = await requireUser();
		const outcome = await answerFromForm(user, params.id, await request.formData());
		if (outcome.kind === 'not_found') error(404, translate(locals.locale, 'error.notFound.title'));
		if (outcome.kind === 'refused') return fail(outcome.status, { decision: outcome.feedback });
		redirect(303, `/mentorships/${params.id}`);
	}
};
