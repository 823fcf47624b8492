import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { canOpenMentorship } from '$lib/mentors';
import { dbFor } from '$lib/server/db';
import { programmeMentors } from '$lib/server/mentorship/mentors';
import { getProgramme } from '$lib/server/mentorship/programmes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = dbFor(locals.user);
	const programme = await getProgramme(db, params.slug);
	if (!programme) error(404, translate(locals.locale, 'error.notFound.title'));
	const { id, pairings, ...rest } = programme;
	return {
		programme: {
			...rest,
			pairings: pairings.map((p) => ({ ...p, canOpen: canOpenMentorship(locals.user, p) }))
		},
		mentors: await programmeMentors(db, id)
	};
};
