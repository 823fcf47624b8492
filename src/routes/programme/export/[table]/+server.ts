import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { dbFor } from '$lib/server/db';
import {
	csvDownload,
	exportFileName,
	exportRequest,
	workbook,
	workbookMeta,
	xlsxDownload
} from '$lib/server/reach/export';
import { reachRequest, readReachReport } from '$lib/server/reach/report';
import { isAdminTableId, isReachTableId, reachTable } from '$lib/reach/tables';
import type { RequestHandler } from './$types';

/** One table of the reach report as CSV or Excel, with the page's filters, read as the caller. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const admin = locals.user?.role === 'mission_admin';
	// The admin tables are not there for anyone else, not even as a refusal.
	if (!isReachTableId(params.table) || (isAdminTableId(params.table) && !admin)) {
		error(404, 'No reach table has this name.');
	}
	const request = exportRequest(url.searchParams);
	if (request.kind === 'bad_format') error(400, request.message);
	const filters = reachRequest(request.params);
	// A file must not quietly hold other figures than the ones asked for.
	if (filters.invalid.length > 0) {
		error(400, `Not valid: ${filters.invalid.map((p) => p.field).join(', ')}.`);
	}
	const report = await readReachReport(dbFor(locals.user), filters, {
		detail: isAdminTableId(params.table)
	});
	if (report.request.invalid.length > 0) {
		error(400, `Not valid: ${report.request.invalid.map((p) => p.field).join(', ')}.`);
	}
	const t = translator(locals.locale);
	const table = reachTable(report, params.table, t, locals.locale);
	if (!table) error(404, 'No reach table has this name.');
	const fileName = exportFileName(table.id, report.summary.period, request.format);
	if (request.format === 'csv') return csvDownload(table, fileName);
	const meta = workbookMeta(report, t, locals.locale, new Date());
	return xlsxDownload(await workbook([table], meta), fileName);
};
