import { json } from '@sveltejs/kit';
import { apiError, badRequest } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { userDb } from '$lib/server/db';
import { suggestionJson } from '$lib/server/mentorship/mentorship-json';
import { mentorshipVocabulary, parseSuggestionsQuery } from '$lib/server/mentorship/queries';
import { suggestMentors } from '$lib/server/mentorship/suggestion-inputs';
import type { RequestHandler } from './$types';

/**
 * The mentors who fit a city's topics best, each with the reasons for the score in the caller's
 * language. Only for the officers of that city, and the admins.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const user = await requireUser();
	const query = parseSuggestionsQuery(url.searchParams, await mentorshipVocabulary());
	if (!query.ok) return badRequest(query.errors);
	const { city, sectors, components } = query.data;
	if (user.role !== 'mission_admin' && user.city?.slug !== city) {
		return apiError(403, 'Suggestions are for the officers of that city and the admins.');
	}
	if (sectors.length + components.length === 0) {
		return badRequest({ sectors: 'name at least one sector or component' });
	}
	const suggestions = await suggestMentors(
		userDb(user),
		city,
		{ sectors, components },
		locals.locale
	);
	return json({ suggestions: (suggestions ?? []).map(suggestionJson) });
};
