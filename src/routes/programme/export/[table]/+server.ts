import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { placeNamer } from '$lib/server/reference/place-names';
import {
	csvDownload,
	exportFileName,
	exportReport,
	workbook,
	workbookMeta,
	xlsxDownload
} from '$lib/server/reach/export';
import { isAdminTableId, isReachTableId, reachTable } from '$lib/reach/tables';
import type { RequestHandler } from './$types';

/** One table of the reach report as CSV or Excel, with the page's filters, read as the caller. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const admin = locals.user?.role === 'mission_admin';
	// The admin tables are not there for anyone else, not even as a refusal.
	if (!isReachTableId(params.table) || (isAdminTableId(params.table) && !admin)) {
		error(404, 'No reach table has this name.');
	}
	const { format, report } = await exportReport(url.searchParams, locals.user, {
		detail: isAdminTableId(params.table)
	});
	const t = translator(locals.locale);
	// Places in the reader's language, as the page names them.
	const place = await placeNamer(locals.locale);
	const table = reachTable(report, params.table, t, locals.locale, place);
	if (!table) error(404, 'No reach table has this name.');
	const fileName = exportFileName(table.id, report.summary.period, format);
	if (format === 'csv') return csvDownload(table, fileName);
	const meta = workbookMeta(report, t, locals.locale, new Date(), place);
	return xlsxDownload(await workbook([table], meta), fileName);
};
