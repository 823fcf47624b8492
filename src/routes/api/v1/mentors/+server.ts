import { json } from '@sveltejs/kit';
import { filtersOf, mentorApiQuery } from '$lib/schemas/mentor';
import { parseQuery } from '$lib/schemas/query';
import { badRequest } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { expertiseChoices, listMentors } from '$lib/server/mentorship/mentors';
import type { RequestHandler } from './$types';

/**
 * The mentor directory, filtered and paged: public profiles for anyone, every active mentor for
 * a signed-in officer (row-level security decides). Never an email.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const choices = await expertiseChoices();
	const query = parseQuery(
		mentorApiQuery({
			sectors: choices.sectors.map((s) => s.slug),
			components: choices.components.map((c) => c.slug)
		}),
		url.searchParams
	);
	if (!query.ok) return badRequest(query.errors);
	const { page, per_page: perPage } = query.data;
	const { total, mentors } = await listMentors(dbFor(locals.user), filtersOf(query.data), {
		page,
		perPage
	});
	return json({
		total,
		page,
		per_page: perPage,
		mentors: mentors.map((m) => ({
			id: m.id,
			name: m.name,
			designation: m.designation,
			city: m.city ? { slug: m.city.slug, name: m.city.name } : null,
			sectors: m.sectors,
			components: m.components,
			languages: m.languages,
			capacity: m.capacity,
			active_mentorships: m.active_mentorships
		}))
	});
};
