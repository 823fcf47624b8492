// The reach report's tables as files: one table as CSV (through the assessment views' one CSV
// writer: byte-order mark, CRLF, formula-like text kept as text), or any number of tables as one
// Excel workbook with a first sheet that says what the figures are (filters, period, date).
import { error } from '@sveltejs/kit';
import ExcelJS from 'exceljs';
import { formatDateTime } from '$lib/i18n';
import type { Locale, MessageKey, Translate } from '$lib/i18n';
import { csvResponse, csvText } from '../assessment/csv-download';
import type { DbUser } from '../db';
import { reachRequest, readReachReport } from './report';
import type { NamePlace } from '$lib/places/names';
import type { ReachTable } from '$lib/reach/tables';
import type { ReachReport } from '$lib/reach/types';

/** One table as CSV text: its column labels, then its rows, cells as the table holds them. */
export function tableCsv(table: ReachTable): string {
	return csvText(
		table.columns.map((c) => c.label),
		table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null))
	);
}

/** What the first sheet says about the report. */
export interface WorkbookMeta {
	/** The first sheet's name ("Report"). */
	sheet: string;
	title: string;
	/** Label and value: the filters, the period, the date generated. */
	facts: { label: string; value: string }[];
}

// Excel refuses these in sheet names, and names longer than 31 characters.
const FORBIDDEN = /[*?:\\/[\]]/g;
const MAX_SHEET = 31;

/** Sheet names from titles: allowed characters, at most 31, unique (Excel ignores case). */
export function sheetNames(titles: readonly string[]): string[] {
	const taken = new Set<string>();
	return titles.map((title, index) => {
		const base =
			title
				.replace(FORBIDDEN, ' ')
				.replace(/\s+/g, ' ')
				.trim()
				.replace(/^'+|'+$/g, '') || `Sheet ${index + 1}`;
		let name = [...base].slice(0, MAX_SHEET).join('').trim();
		for (let n = 2; taken.has(name.toLocaleLowerCase('en')); n++) {
			const suffix = ` (${n})`;
			name =
				[...base]
					.slice(0, MAX_SHEET - suffix.length)
					.join('')
					.trim() + suffix;
		}
		taken.add(name.toLocaleLowerCase('en'));
		return name;
	});
}

/** A workbook of the tables, one sheet each after a first "Report" sheet, as xlsx bytes. */
export async function workbook(
	tables: readonly ReachTable[],
	meta: WorkbookMeta
): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	book.creator = 'CitySetu';
	const [reportName, ...names] = sheetNames([meta.sheet, ...tables.map((t) => t.title)]);

	const report = book.addWorksheet(reportName);
	report.addRow([meta.title]).font = { bold: true, size: 14 };
	report.addRow([]);
	for (const fact of meta.facts) report.addRow([fact.label, fact.value]).getCell(1).font = BOLD;
	report.getColumn(1).width = 28;
	report.getColumn(2).width = 48;

	tables.forEach((table, index) => {
		const sheet = book.addWorksheet(names[index], {
			views: [{ state: 'frozen', ySplit: 2 }]
		});
		sheet.addRow([table.caption]).font = { italic: true };
		sheet.addRow(table.columns.map((c) => c.label)).font = BOLD;
		for (const row of table.rows) {
			sheet.addRow(table.columns.map((c) => cellValue(row[c.key])));
		}
		table.columns.forEach((column, i) => {
			const widest = Math.max(
				column.label.length,
				...table.rows.map((row) => String(row[column.key] ?? '').length)
			);
			sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, widest + 2));
			if (column.numeric) sheet.getColumn(i + 1).alignment = { horizontal: 'right' };
		});
		if (table.note) {
			sheet.addRow([]);
			sheet.addRow([table.note]).font = { italic: true };
		}
	});

	const buffer = await book.xlsx.writeBuffer();
	return new Uint8Array(buffer);
}

const BOLD = { bold: true };

/**
 * Numbers stay numbers. A string is written as a string cell, never a formula (exceljs makes
 * formulas only from { formula } objects), so text beginning with "=" cannot run.
 */
function cellValue(value: string | number | null | undefined): string | number | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	return value;
}

/** The first sheet's facts for a report: its filters, its period and when it was generated. */
export function workbookMeta(
	report: Pick<ReachReport, 'filters' | 'summary'>,
	t: Translate,
	locale: Locale,
	generated: Date,
	place: NamePlace = (_kind, _key, english) => english
): WorkbookMeta {
	const { filters, summary } = report;
	const all = t('reachCharts.report.all');
	const range = (from: string, to: string) => t('reachCharts.report.range', { from, to });
	return {
		sheet: t('reachCharts.report.sheet'),
		title: t('reachCharts.report.title'),
		facts: [
			{ label: t('reachCharts.report.programme'), value: filters.programme || all },
			{
				label: t('reachCharts.report.zone'),
				value: filters.zone ? t(`zone.${filters.zone}` as MessageKey) : all
			},
			{
				label: t('reachCharts.report.state'),
				value: filters.state ? place('state', filters.state, filters.state) : all
			},
			{
				label: t('reachCharts.report.period'),
				value: range(summary.period.from, summary.period.to)
			},
			{
				label: t('reachCharts.report.previous'),
				value: range(summary.period.previous_from, summary.period.previous_to)
			},
			{
				label: t('reachCharts.report.generated'),
				value: formatDateTime(locale, generated.toISOString())
			}
		]
	};
}

/** A download's file name: citysetu-reach-{table}-{from}-{to}.{ext} (the table left out for all). */
export function exportFileName(
	table: string | null,
	period: { from: string; to: string },
	extension: 'csv' | 'xlsx'
): string {
	const parts = ['citysetu-reach', table, period.from, period.to].filter(Boolean);
	return `${parts.join('-')}.${extension}`;
}

/** One table as a CSV download, with its length so that a browser can show progress. */
export function csvDownload(table: ReachTable, fileName: string): Response {
	const text = tableCsv(table);
	const response = csvResponse(text, fileName);
	response.headers.set('content-length', String(new TextEncoder().encode(text).byteLength));
	return response;
}

/** An Excel download, with its length. */
export function xlsxDownload(bytes: Uint8Array, fileName: string): Response {
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${fileName}"`,
			'content-length': String(bytes.byteLength),
			// What a reader may see depends on who they are (the admin tables): no shared caching.
			'cache-control': 'private, no-store'
		}
	});
}

export type ExportFormat = 'csv' | 'xlsx';

export type ExportRequest =
	| { kind: 'ok'; format: ExportFormat; params: URLSearchParams }
	| { kind: 'bad_format'; message: string };

/**
 * Splits an export's query string into its format and the page's filters. The format is csv or
 * xlsx (`allowed` narrows it); absent, it is the first allowed.
 */
export function exportRequest(
	params: URLSearchParams,
	allowed: readonly ExportFormat[] = ['csv', 'xlsx']
): ExportRequest {
	const given = params.getAll('format');
	const format = given[0] || allowed[0];
	if (given.length > 1 || !(allowed as readonly string[]).includes(format)) {
		return { kind: 'bad_format', message: `format: must be ${allowed.join(' or ')}.` };
	}
	const filters = new URLSearchParams(params);
	filters.delete('format');
	return { kind: 'ok', format: format as ExportFormat, params: filters };
}

/**
 * What an export answers with: the format asked for and the report read as `viewer` with the
 * page's filters. A bad format, or a filter that is not valid or that the database does not
 * know, is a 400: a file must not quietly hold other figures than the ones asked for.
 */
export async function exportReport(
	params: URLSearchParams,
	viewer: DbUser | null,
	options: { allowed?: readonly ExportFormat[]; detail: boolean }
) {
	const request = exportRequest(params, options.allowed);
	if (request.kind === 'bad_format') error(400, request.message);
	const notValid = (invalid: { field: string }[]) => {
		if (invalid.length > 0) error(400, `Not valid: ${invalid.map((p) => p.field).join(', ')}.`);
	};
	const filters = reachRequest(request.params);
	notValid(filters.invalid);
	const report = await readReachReport(viewer, filters, { detail: options.detail });
	notValid(report.request.invalid);
	return { format: request.format, report };
}
