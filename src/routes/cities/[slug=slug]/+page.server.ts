import { error } from '@sveltejs/kit';
import { cityAdoptions } from '$lib/server/adoption/sections';
import { getCity } from '$lib/server/cities';
import { dbFor } from '$lib/server/db';
import { cityPractices } from '$lib/server/practices';
import { translate } from '$lib/i18n';
import { canOpenMentorship } from '$lib/mentors';
import { cityPairings } from '$lib/server/mentorship/programmes';
import { cityAssessments } from '$lib/server/assessment/city-scores';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const city = await getCity(params.slug);
	if (!city) error(404, translate(locals.locale, 'error.notFound.title'));
	const db = dbFor(locals.user);
	const [{ total, practices }, pairings, assessments, adoptions] = await Promise.all([
		cityPractices(db, params.slug),
		cityPairings(db, params.slug),
		cityAssessments(db, params.slug),
		cityAdoptions(locals.user, params.slug)
	]);
	// A pairing links to its mentorship's page only for those who may open it.
	const withLinks = (list: typeof pairings.mentors) =>
		list.map((p) => ({ ...p, canOpen: canOpenMentorship(locals.user, p) }));
	return {
		city,
		practices,
		practiceTotal: total,
		adoptions,
		mentorships: {
			mentors: withLinks(pairings.mentors),
			mentoredBy: withLinks(pairings.mentoredBy)
		},
		assessments: assessments?.frameworks ?? []
	};
};
