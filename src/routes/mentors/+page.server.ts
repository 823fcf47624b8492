import { zones } from '$lib/cities';
import { mentorLanguages } from '$lib/mentors';
import { filtersOf, mentorPageQuery } from '$lib/schemas/mentor';
import { parseQuery } from '$lib/schemas/query';
import { dbFor } from '$lib/server/db';
import { expertiseChoices, listMentors } from '$lib/server/mentorship/mentors';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ url, locals }) => {
	const choices = await expertiseChoices();
	// Anything the query names that cannot be used is shown as a notice, and left out.
	const query = parseQuery(
		mentorPageQuery({
			sectors: choices.sectors.map((s) => s.slug),
			components: choices.components.map((c) => c.slug)
		}),
		url.searchParams
	);
	const filters = filtersOf(query.data);
	const { page } = query.data;
	// As the reader: the public sees public profiles; signed-in officers every active mentor.
	const { total, mentors } = await listMentors(dbFor(locals.user), filters, {
		page,
		perPage: PER_PAGE
	});
	const bySlug = <T extends { slug: string }>(list: T[]) => new Map(list.map((i) => [i.slug, i]));
	const sectors = bySlug(choices.sectors);
	const components = bySlug(choices.components);
	const named = <T>(slugs: string[], names: Map<string, T>) =>
		slugs.flatMap((slug) => names.get(slug) ?? []);
	const languages: string[] = [...mentorLanguages];
	if (filters.language && !languages.includes(filters.language)) languages.push(filters.language);
	return {
		filters,
		invalid: query.ok ? [] : query.invalid,
		mentors: mentors.map((m) => ({
			...m,
			sectors: named(m.sectors, sectors),
			components: named(m.components, components)
		})),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE)),
		options: { ...choices, languages, zones },
		signedIn: Boolean(locals.user)
	};
};
