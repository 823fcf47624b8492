import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { dbFor } from '$lib/server/db';
import { compareRequest } from '$lib/server/assessment/compare';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	// As the caller: a private round is compared only by those who may read it (admins).
	const request = await compareRequest(dbFor(locals.user), params.framework, url.searchParams);
	if (request.kind === 'not_found') error(404, translate(locals.locale, 'error.notFound.title'));
	const { framework, cities, filters, invalid, round, comparison } = request;
	const search = new URLSearchParams();
	if (comparison) {
		search.set('a', comparison.a.slug);
		search.set('b', comparison.b.slug);
		search.set('round', comparison.round.slug);
	}
	return {
		framework,
		cities: cities.map(({ slug, name }) => ({ slug, name })),
		filters: { ...filters, round: round?.slug },
		invalid,
		round,
		comparison,
		csvHref: comparison ? `/assessments/${framework.slug}/compare.csv?${search}` : null
	};
};
