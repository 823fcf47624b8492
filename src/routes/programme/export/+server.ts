import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { dbFor } from '$lib/server/db';
import {
	exportFileName,
	exportRequest,
	workbook,
	workbookMeta,
	xlsxDownload
} from '$lib/server/reach/export';
import { reachRequest, readReachReport } from '$lib/server/reach/report';
import { reachTables } from '$lib/reach/tables';
import type { RequestHandler } from './$types';

/**
 * The whole reach report as one Excel workbook, with the page's filters, read as the caller:
 * admins get the admin tables too.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const request = exportRequest(url.searchParams, ['xlsx']);
	if (request.kind === 'bad_format') error(400, request.message);
	const filters = reachRequest(request.params);
	// A file must not quietly hold other figures than the ones asked for.
	if (filters.invalid.length > 0) {
		error(400, `Not valid: ${filters.invalid.map((p) => p.field).join(', ')}.`);
	}
	const admin = locals.user?.role === 'mission_admin';
	const report = await readReachReport(dbFor(locals.user), filters, { detail: admin });
	if (report.request.invalid.length > 0) {
		error(400, `Not valid: ${report.request.invalid.map((p) => p.field).join(', ')}.`);
	}
	const t = translator(locals.locale);
	const tables = reachTables(report, t, locals.locale);
	const meta = workbookMeta(report, t, locals.locale, new Date());
	const fileName = exportFileName(null, report.summary.period, 'xlsx');
	return xlsxDownload(await workbook(tables, meta), fileName);
};
