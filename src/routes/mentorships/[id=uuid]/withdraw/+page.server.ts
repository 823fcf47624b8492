import { error, fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { requireUser } from '$lib/server/auth/guards';
import { safeRedirectTarget } from '$lib/server/redirect';
import { requestSummary, withdrawFromForm } from '$lib/server/mentorship/request-page';
import type { Actions, PageServerLoad } from './$types';

/** The request in brief and, for its city's officers or an admin, the form that withdraws it. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const user = await requireUser();
	const request = await requestSummary(user, params.id);
	if (!request) error(404, translate(locals.locale, 'error.notFound.title'));
	return { request };
};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const user = await requireUser();
		const form = await request.formData();
		const outcome = await withdrawFromForm(user, params.id, form);
		if (outcome.kind === 'not_found') error(404, translate(locals.locale, 'error.notFound.title'));
		if (outcome.kind === 'refused') return fail(outcome.status, { withdraw: outcome.feedback });
		// Back where the button was (the list of open requests), or to the mentorship.
		const back = form.get('back');
		redirect(303, back ? safeRedirectTarget(back) : `/mentorships/${params.id}`);
	}
};
