import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { dbFor } from '$lib/server/db';
import { rankingRequest, rankingSearch } from '$lib/server/assessment/ranking-view';
import type { PageServerLoad } from './$types';

const PER_PAGE = 25;
/** How many cities the chart shows. */
const CHART_TOP = 10;

export const load: PageServerLoad = async ({ params, url, locals }) => {
	// As the caller: row-level security decides which rounds (and so which values) they see.
	const request = await rankingRequest(dbFor(locals.user), params.framework, url.searchParams);
	if (request.kind === 'not_found') error(404, translate(locals.locale, 'error.notFound.title'));
	const { framework, filters, invalid, states, view } = request;
	const pages = Math.max(1, Math.ceil(view.rows.length / PER_PAGE));
	const page = Math.min(filters.page, pages);
	const shownFilters = { ...filters, round: view.round?.slug, pillar: view.node?.slug };
	return {
		framework,
		filters: shownFilters,
		invalid,
		states,
		round: view.round,
		previous: view.previous,
		node: view.node,
		sample: view.sample,
		ranked: view.ranked,
		total: view.rows.length,
		rows: view.rows.slice((page - 1) * PER_PAGE, page * PER_PAGE),
		chart: view.rows.filter((r) => r.value !== null).slice(0, CHART_TOP),
		page,
		pages,
		csvHref: `/assessments/${framework.slug}/rankings.csv${rankingSearch(shownFilters)}`,
		compareHref: `/assessments/${framework.slug}/compare${view.round ? `?round=${view.round.slug}` : ''}`
	};
};
