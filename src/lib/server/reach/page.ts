// What /programme and /programme/reach load: the report read as the viewer, and the filter
// options. The map and the tables are made from the report while the page renders
// (ReachView): SvelteKit serialises whatever a load returns, even for a page it does not
// hydrate, and the map's path data alone would cost more to serialise than to draw.
import { dbFor } from '../db';
import type { DbUser } from '../db';
import { listProgrammes } from '../mentorship/programmes';
import { readReachReport, reachRequest, reachSearch } from './report';

/** `detail`: the admin's page, with the per-city panel (only for an admin viewer). */
export async function reachPage(viewer: DbUser | null, url: URL, options: { detail: boolean }) {
	const request = reachRequest(url.searchParams);
	const [report, programmes] = await Promise.all([
		readReachReport(viewer, request, { detail: options.detail }),
		listProgrammes(dbFor(viewer))
	]);
	return {
		admin: options.detail,
		report,
		programmes: programmes.map((p) => ({ slug: p.slug, name_en: p.name_en, name_hi: p.name_hi })),
		states: report.map.states.map((s) => s.state),
		/** The filters as a query string, for the export links (the period made explicit). */
		search: reachSearch({
			...report.request.query,
			from: report.filters.from,
			to: report.filters.to
		}),
		generatedAt: new Date().toISOString()
	};
}

export type ReachPageData = Awaited<ReturnType<typeof reachPage>>;
