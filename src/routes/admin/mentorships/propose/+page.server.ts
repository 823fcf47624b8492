import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import {
	emptyValues,
	requestFormOptions,
	requestValues,
	sendRequest,
	suggestionsFor
} from '$lib/server/mentorship/request-form';
import type { Actions, PageServerLoad } from './$types';

/** An admin chooses the mentee city and the topics, sees the ranking a city would, proposes. */
export const load: PageServerLoad = async () => {
	await requireUser('mission_admin');
	return { options: await requestFormOptions({ chooseCity: true }), values: emptyValues() };
};

export const actions: Actions = {
	suggest: async ({ request, locals }) => {
		const admin = await requireUser('mission_admin');
		const values = requestValues(await request.formData(), admin);
		const { suggestions, errors } = await suggestionsFor(admin, values, locals.locale);
		if (!suggestions) return fail(400, { values, errors, suggestions: null });
		return { values, errors, suggestions };
	},
	propose: async ({ request, locals }) => {
		const admin = await requireUser('mission_admin');
		const values = requestValues(await request.formData(), admin);
		const result = await sendRequest(admin, values, { propose: true });
		if (result.kind === 'created') redirect(303, `/mentorships/${result.id}`);
		const { suggestions } = await suggestionsFor(admin, values, locals.locale);
		return fail(result.status, { values, errors: result.errors, suggestions });
	}
};
