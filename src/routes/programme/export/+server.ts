import { translator } from '$lib/i18n';
import { placeNamer } from '$lib/server/reference/place-names';
import {
	exportFileName,
	exportReport,
	workbook,
	workbookMeta,
	xlsxDownload
} from '$lib/server/reach/export';
import { reachTables } from '$lib/reach/tables';
import type { RequestHandler } from './$types';

/**
 * The whole reach report as one Excel workbook, with the page's filters, read as the caller:
 * admins get the admin tables too.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const { report } = await exportReport(url.searchParams, locals.user, {
		allowed: ['xlsx'],
		detail: locals.user?.role === 'mission_admin'
	});
	const t = translator(locals.locale);
	// Places in the reader's language, as the page names them.
	const place = await placeNamer(locals.locale);
	const tables = reachTables(report, t, locals.locale, place);
	const meta = workbookMeta(report, t, locals.locale, new Date(), place);
	const fileName = exportFileName(null, report.summary.period, 'xlsx');
	return xlsxDownload(await workbook(tables, meta), fileName);
};
