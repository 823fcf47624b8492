// A file of assessment scores, as an admin uploads it: CSV or Excel (.xlsx) with the columns
// city, parameter and value. Reading the file and checking its rows are pure functions (what the
// database knows comes in as arguments), so every rule is tested on its own
// (score-file.test.ts). Problems come back as codes with parameters, by row and column;
// import.ts translates them into the admin's language.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import * as v from 'valibot';
import type { Enums } from '$lib/database.types';

type Scheme = Enums<'score_scheme'>;

/**
 * At most this many data rows: the largest round known (CSCAF 2.0, 126 cities × 28 indicators)
 * is under 4,000, and a round of all 100 cities on 100 parameters still fits twice over. Each
 * row is checked and shown, so the cap also bounds the work and the report.
 */
export const MAX_ROWS = 20_000;
/**
 * At most this many bytes. The app server refuses request bodies over 512 KB (adapter-node's
 * default BODY_SIZE_LIMIT), and the file travels inside a form; 500 KB holds some 7,000 CSV rows
 * with long slugs, and far more as .xlsx, which is compressed.
 */
export const MAX_BYTES = 500 * 1024;

export type FileKind = 'csv' | 'xlsx';
export const COLUMNS = ['city', 'parameter', 'value'] as const;
export type Column = (typeof COLUMNS)[number];

/** What can be wrong, as a code; the message lives in the i18n catalogue under this name. */
export type ProblemCode =
	// The file as a whole: no row is checked then.
	| 'empty'
	| 'tooLarge'
	| 'tooManyRows'
	| 'notUtf8'
	| 'malformedCsv'
	| 'unreadableXlsx'
	// The header row.
	| 'missingColumn'
	| 'unknownColumn'
	| 'repeatedColumn'
	| 'unnamedColumn'
	// One row.
	| 'extraCells'
	| 'cityMissing'
	| 'cityUnknown'
	| 'cityUnknownSuggest'
	| 'parameterMissing'
	| 'parameterUnknown'
	| 'parameterUnknownSuggest'
	| 'valueMissing'
	| 'valueNotNumber'
	| 'valueRangePercentage'
	| 'valueRangeLevel'
	| 'valueRangeStars'
	| 'duplicate';

/** One problem: the file row it is on (null: the whole file) and the column (null: the row). */
export interface ScoreProblem {
	row: number | null;
	column: string | null;
	code: ProblemCode;
	params: Record<string, string | number>;
}

/** A data row as read: cells trimmed; the value a number where the spreadsheet held one. */
export interface RawScoreRow {
	/** The row of the file: a CSV line (the header is 1) or a worksheet's row number. */
	row: number;
	city: string;
	parameter: string;
	value: string | number;
	/** Cells with text beyond the header's columns. */
	extraCells: boolean;
}

/** A checked row, ready for import_assessment_scores. */
export interface ScoreRow {
	row: number;
	city: string;
	parameter: string;
	value: number;
}

export type ReadResult =
	{ ok: true; rows: RawScoreRow[] } | { ok: false; problems: ScoreProblem[] };

const fileProblem = (code: ProblemCode, params: ScoreProblem['params'] = {}): ScoreProblem => ({
	row: null,
	column: null,
	code,
	params
});

/** Reads an uploaded file into rows with their row numbers, or says what keeps it from being read. */
export async function readScoreFile(bytes: Uint8Array, kind: FileKind): Promise<ReadResult> {
	if (bytes.byteLength > MAX_BYTES) {
		return { ok: false, problems: [fileProblem('tooLarge', { size: MAX_BYTES / 1024 })] };
	}
	if (bytes.byteLength === 0) return { ok: false, problems: [fileProblem('empty')] };
	const records = kind === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
	if ('problem' in records) return { ok: false, problems: [records.problem] };
	return fromRecords(records.list);
}

/** A record of cells with its row number, as either reader gives it. */
interface CellRecord {
	row: number;
	cells: (string | number)[];
}

const recordsSchema = v.array(
	v.object({ record: v.array(v.string()), info: v.object({ lines: v.number() }) })
);

function readCsv(bytes: Uint8Array): { list: CellRecord[] } | { problem: ScoreProblem } {
	let text: string;
	try {
		// The decoder drops a byte order mark (Excel's "CSV UTF-8" writes one).
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { problem: fileProblem('notUtf8') };
	}
	try {
		// With `info`, each record comes with where it ended; csv-parse's types do not say so.
		const records: unknown = parse(text, {
			bom: true,
			info: true,
			relax_column_count: true,
			skip_empty_lines: true,
			// A file edited on several machines may mix line ends.
			record_delimiter: ['\r\n', '\n', '\r']
		});
		return {
			list: v.parse(recordsSchema, records).map(({ record, info }) => ({
				// `lines` counts to the record's end: a quoted cell may span lines.
				row: info.lines - record.reduce((n, cell) => n + lineBreaks(cell), 0),
				cells: record
			}))
		};
	} catch (cause) {
		const line = typeof cause === 'object' && cause && 'lines' in cause ? cause.lines : null;
		return {
			problem: { ...fileProblem('malformedCsv'), row: typeof line === 'number' ? line : null }
		};
	}
}

function lineBreaks(text: string): number {
	return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}

async function readXlsx(
	bytes: Uint8Array
): Promise<{ list: CellRecord[] } | { problem: ScoreProblem }> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.slice().buffer);
	} catch {
		return { problem: fileProblem('unreadableXlsx') };
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return { list: [] };
	const list: CellRecord[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		// `values` is 1-based: index 0 is always empty.
		const values = Array.isArray(row.values) ? row.values.slice(1) : [];
		const cells = Array.from(values, (value) => cellContent(value as ExcelJS.CellValue));
		if (cells.some((c) => c !== '')) list.push({ row: rowNumber, cells });
	});
	return { list };
}

/** A worksheet cell as text, or as the number it holds. */
function cellContent(value: ExcelJS.CellValue): string | number {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return value;
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('hyperlink' in value) return value.text;
	if ('formula' in value || 'sharedFormula' in value) {
		return cellContent(value.result ?? null);
	}
	if ('error' in value) return value.error;
	return '';
}

const clean = (cell: string | number | undefined): string | number =>
	typeof cell === 'number' ? cell : (cell ?? '').normalize('NFC').trim();

/** A header cell as a column name: any case and spacing. */
const columnName = (cell: string | number) => String(cell).normalize('NFC').trim().toLowerCase();

function fromRecords(records: CellRecord[]): ReadResult {
	const [header, ...body] = records;
	if (!header || body.length === 0) return { ok: false, problems: [fileProblem('empty')] };
	if (body.length > MAX_ROWS) {
		return { ok: false, problems: [fileProblem('tooManyRows', { rows: MAX_ROWS })] };
	}
	const names = header.cells.map(columnName);
	const problems: ScoreProblem[] = [];
	const at = (column: string | null, code: ProblemCode, params = {}) =>
		problems.push({ row: header.row, column, code, params });
	const index = {} as Record<Column, number>;
	names.forEach((name, i) => {
		if (name === '') {
			// A column without a name is fine while it is empty (a spreadsheet's stray comma).
			if (body.some((r) => clean(r.cells[i]) !== '')) at(null, 'unnamedColumn', { number: i + 1 });
		} else if (!(COLUMNS as readonly string[]).includes(name)) {
			at(name, 'unknownColumn', { name: String(header.cells[i]).trim() });
		} else if (index[name as Column] !== undefined) {
			at(name, 'repeatedColumn', { name });
		} else index[name as Column] = i;
	});
	for (const column of COLUMNS) if (index[column] === undefined) at(column, 'missingColumn');
	if (problems.length > 0) return { ok: false, problems };
	const known = new Set(Object.values(index));
	return {
		ok: true,
		rows: body.map(({ row, cells }) => ({
			row,
			city: String(clean(cells[index.city])),
			parameter: String(clean(cells[index.parameter])),
			value: clean(cells[index.value]),
			extraCells: cells.some((cell, i) => !known.has(i) && clean(cell) !== '')
		}))
	};
}

/** What the database knows that the rows are checked against. */
export interface ScoreContext {
	/** Every city slug, with the city's names (English and local) for suggestions. */
	cities: { slug: string; names: string[] }[];
	/** The framework's nodes by slug, each with the scheme it is scored on and its English name. */
	nodes: Map<string, { scheme: Scheme; name: string }>;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A cell as a number with its count of decimals (trailing zeros aside), or null if it is none. */
export function readValue(cell: string | number): { value: number; decimals: number } | null {
	const text = typeof cell === 'number' ? String(cell) : cell;
	if (typeof cell === 'number' && !Number.isFinite(cell)) return null;
	// A spreadsheet's number may print with an exponent (1e-7, 1e+21): as many decimals as that.
	const exponent = /^([+-]?[\d.]+)e([+-]\d+)$/i.exec(text);
	if (typeof cell === 'number' && exponent) {
		const [, mantissa, power] = exponent;
		const decimals = (mantissa.split('.')[1] ?? '').length - Number(power);
		return { value: cell, decimals: Math.max(0, decimals) };
	}
	if (!NUMBER.test(text)) return null;
	const fraction = (text.split('.')[1] ?? '').replace(/0+$/, '');
	return { value: Number(text), decimals: fraction.length };
}

/**
 * Whether a value fits a scheme: a percentage from 0 to 100 with at most two decimals, a level
 * from 1 to 5, or 0 to 5 stars. The same rule as app.score_in_range in the database.
 */
export function scoreInRange(scheme: Scheme, value: number, decimals: number): boolean {
	switch (scheme) {
		case 'percentage':
			return value >= 0 && value <= 100 && decimals <= 2;
		case 'level':
			return value >= 1 && value <= 5 && decimals === 0;
		case 'stars':
			return value >= 0 && value <= 5 && decimals === 0;
	}
}

const rangeCode: Record<Scheme, ProblemCode> = {
	percentage: 'valueRangePercentage',
	level: 'valueRangeLevel',
	stars: 'valueRangeStars'
};

const simplified = (text: string) =>
	text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\s_]+/g, '-');

/** Checks the rows against the cities and the framework: the rows to import, or every problem. */
export function checkScores(
	rows: RawScoreRow[],
	context: ScoreContext
): { ok: true; rows: ScoreRow[] } | { ok: false; problems: ScoreProblem[] } {
	const slugs = new Set(context.cities.map((c) => c.slug));
	const byName = new Map<string, string>();
	for (const city of context.cities) {
		for (const name of [city.slug, ...city.names]) byName.set(simplified(name), city.slug);
	}
	const nodeByName = new Map<string, string>();
	for (const [slug, node] of context.nodes) {
		nodeByName.set(simplified(slug), slug);
		nodeByName.set(simplified(node.name), slug);
	}
	const problems: ScoreProblem[] = [];
	const checked: ScoreRow[] = [];
	const seen = new Map<string, number>();
	for (const raw of rows) {
		const at = (column: Column | null, code: ProblemCode, params = {}) =>
			problems.push({ row: raw.row, column, code, params });
		const before = problems.length;
		if (raw.extraCells) at(null, 'extraCells');
		if (raw.city === '') at('city', 'cityMissing');
		else if (!slugs.has(raw.city)) {
			const suggestion = byName.get(simplified(raw.city));
			if (suggestion) at('city', 'cityUnknownSuggest', { value: raw.city, suggestion });
			else at('city', 'cityUnknown', { value: raw.city });
		}
		const node = context.nodes.get(raw.parameter);
		if (raw.parameter === '') at('parameter', 'parameterMissing');
		else if (!node) {
			const suggestion = nodeByName.get(simplified(raw.parameter));
			if (suggestion) {
				at('parameter', 'parameterUnknownSuggest', { value: raw.parameter, suggestion });
			} else at('parameter', 'parameterUnknown', { value: raw.parameter });
		}
		const read = raw.value === '' ? null : readValue(raw.value);
		if (raw.value === '') at('value', 'valueMissing');
		else if (!read) at('value', 'valueNotNumber', { value: String(raw.value) });
		else if (node && !scoreInRange(node.scheme, read.value, read.decimals)) {
			at('value', rangeCode[node.scheme], { value: String(raw.value) });
		}
		if (raw.city !== '' && raw.parameter !== '') {
			const key = `${raw.city}\u0000${raw.parameter}`;
			const first = seen.get(key);
			if (first !== undefined) at(null, 'duplicate', { first });
			else seen.set(key, raw.row);
		}
		if (problems.length === before && read) {
			checked.push({ row: raw.row, city: raw.city, parameter: raw.parameter, value: read.value });
		}
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: checked };
}
