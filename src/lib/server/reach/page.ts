// What /programme and /programme/reach load: the report read as the viewer, and the filter
// options. The map and the tables are made from the report while the page renders
// (ReachView): SvelteKit serialises whatever a load returns, even for a page it does not
// hydrate, and the map's path data alone would cost more to serialise than to draw.
import { zones } from '$lib/cities';
import type { Locale } from '$lib/i18n';
import { listProgrammes } from '../mentorship/programmes';
import type { Db } from '../supabase';
import { readReachReport, reachRequest, reachSearch } from './report';

export async function reachPage(
	db: Db,
	url: URL,
	locale: Locale,
	options: { admin: boolean; viewerIsAdmin: boolean }
) {
	const request = reachRequest(url.searchParams);
	const [report, programmes] = await Promise.all([
		readReachReport(db, request, { detail: options.admin, admin: options.viewerIsAdmin }),
		listProgrammes(db)
	]);
	const { query } = report.request;
	return {
		locale,
		admin: options.admin,
		report,
		query,
		invalid: report.request.invalid,
		programmes: programmes.map((p) => ({ slug: p.slug, name_en: p.name_en, name_hi: p.name_hi })),
		zones: [...zones],
		states: report.map.states.map((s) => s.state),
		/** The filters as a query string, for the export links (the period made explicit). */
		search: reachSearch({ ...query, from: report.filters.from, to: report.filters.to }),
		generatedAt: new Date().toISOString()
	};
}

export type ReachPageData = Awaited<ReturnType<typeof reachPage>>;
