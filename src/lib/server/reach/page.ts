// What /programme and /programme/reach render: the report read as the viewer, the filter
// options, and the report's tables and map model built on the server once (the browser gets
// them as data: it does not load the boundaries or d3-geo).
import { zones } from '$lib/cities';
import { translator } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import { listProgrammes } from '../mentorship/programmes';
import type { Db } from '../supabase';
import { indiaMap } from './map';
import { reachTables } from './tables';
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
		programmeNames: Object.fromEntries(
			programmes.map((p) => [p.slug, locale === 'hi' ? p.name_hi : p.name_en])
		),
		map: indiaMap(report.map),
		/** Every table of the report, by id: the page, its CSV and its Excel file read the same. */
		tables: Object.fromEntries(
			reachTables(report, translator(locale), locale).map((table) => [table.id, table])
		),
		zones: [...zones],
		states: report.map.states.map((s) => s.state),
		/** The filters as a query string, for the export links (the period made explicit). */
		search: reachSearch({ ...query, from: report.filters.from, to: report.filters.to }),
		generatedAt: new Date().toISOString()
	};
}

export type ReachPageData = Awaited<ReturnType<typeof reachPage>>;
