import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { requireUser } from '$lib/server/auth/guards';
import {
	directoryMentor,
	emptyValues,
	requestFormOptions,
	requestValues,
	sendRequest,
	suggestionsFor
} from '$lib/server/mentorship/request-form';
import type { Actions, PageServerLoad } from './$types';

// `?mentor=<id>`: a mentor chosen in the mentor directory.
const querySchema = v.object({
	mentor: v.optional(v.pipe(v.string(), v.uuid('must be a mentor’s id')))
});

/** A city's officers ask for a mentor; admins, who have no city, propose pairings instead. */
async function requireCityOfficer() {
	const user = await requireUser();
	if (user.role === 'mission_admin') redirect(303, '/admin/mentorships/propose');
	return user;
}

export const load: PageServerLoad = async ({ url }) => {
	const user = await requireCityOfficer();
	const query = parseQuery(querySchema, url.searchParams);
	const preselected = query.data.mentor ? await directoryMentor(user, query.data.mentor) : null;
	return {
		options: await requestFormOptions({ chooseCity: false }),
		values: emptyValues(user.city?.slug ?? '', preselected?.id ?? ''),
		preselected,
		invalid: query.ok ? [] : query.invalid
	};
};

export const actions: Actions = {
	suggest: async ({ request, locals }) => {
		const user = await requireCityOfficer();
		const values = requestValues(await request.formData(), user);
		const { suggestions, errors } = await suggestionsFor(user, values, locals.locale);
		if (!suggestions) return fail(400, { values, errors, suggestions: null });
		return { values, errors, suggestions };
	},
	request: async ({ request, locals }) => {
		const user = await requireCityOfficer();
		const values = requestValues(await request.formData(), user);
		const result = await sendRequest(user, values, { propose: false });
		if (result.kind === 'created') redirect(303, `/mentorships/${result.id}`);
		// The suggestions stay in view beside the errors, so the choice can be made again.
		const { suggestions } = await suggestionsFor(user, values, locals.locale);
		return fail(result.status, { values, errors: result.errors, suggestions });
	}
};
