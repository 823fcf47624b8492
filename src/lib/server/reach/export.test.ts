import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { readCsvRecords } from '../csv';
import {
	csvDownload,
	exportFileName,
	exportRequest,
	sheetNames,
	tableCsv,
	workbook,
	workbookMeta,
	xlsxDownload
} from './export';
import { reachTable, reachTables } from '$lib/reach/tables';
import { sampleReport } from '$lib/reach/tables.fixture';

const en = translator('en');
const hi = translator('hi');

describe('tableCsv', () => {
	it('starts with the byte-order mark and holds the table’s header and rows', () => {
		const table = reachTable(sampleReport(), 'practices', hi, 'hi')!;
		const text = tableCsv(table);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(readCsvRecords(text).map((r) => r.cells)).toEqual([
			['महीना', 'भाषा', 'संख्या'],
			['2026-02', 'ગુજરાતી', '2'],
			['2026-02', 'हिन्दी', '1']
		]);
	});

	it('keeps formula-like text as text and leaves empty cells empty', () => {
		const mentors = tableCsv(reachTable(sampleReport(), 'mentors-capacity', en, 'en')!);
		expect(mentors).toContain(`"'=HYPERLINK(""x"")",Rajkot,3,1,2\r\n`);
		const medians = readCsvRecords(tableCsv(reachTable(sampleReport(), 'median-days', en, 'en')!));
		expect(medians[2].cells).toEqual(['From acceptance to first session', '', '0']);
	});

	it('is sent with its length and a file name', async () => {
		const table = reachTable(sampleReport(), 'sessions', en, 'en')!;
		const name = exportFileName('sessions', { from: '2026-01-01', to: '2026-03-31' }, 'csv');
		expect(name).toBe('citysetu-reach-sessions-2026-01-01-2026-03-31.csv');
		const response = csvDownload(table, name);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
		expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});
});

describe('sheetNames', () => {
	it('keeps names Excel accepts: no forbidden characters, at most 31, unique', () => {
		const names = sheetNames([
			'Report',
			'a/b: c?',
			'A very long caption that goes well past thirty-one characters',
			'A very long caption that goes well past thirty-one characters',
			'report',
			''
		]);
		expect(names[0]).toBe('Report');
		expect(names[1]).toBe('a b c');
		for (const name of names) expect([...name].length).toBeLessThanOrEqual(31);
		expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
		expect(names[3].endsWith(' (2)')).toBe(true);
		expect(names[5]).toBe('Sheet 6');
	});
});

async function readBack(bytes: Uint8Array) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes.buffer as ArrayBuffer);
	return book;
}

describe('workbook', () => {
	const report = sampleReport(true);
	const meta = workbookMeta(
		{ ...report, filters: { ...report.filters, zone: 'western' } },
		en,
		'en',
		new Date('2026-04-01T06:30:00Z')
	);

	it('has a first sheet with the filters, the period and the date generated', async () => {
		const book = await readBack(await workbook([], meta));
		const sheet = book.worksheets[0];
		expect(sheet.name).toBe('Report');
		const facts = Object.fromEntries(
			sheet
				.getSheetValues()
				.slice(3)
				.filter(Boolean)
				.map((row) => [(row as string[])[1], (row as string[])[2]])
		);
		expect(facts).toMatchObject({
			Programme: 'All',
			'Zonal council': 'Western',
			State: 'All',
			Period: '2026-01-01 to 2026-03-31',
			'Compared with': '2025-10-03 to 2025-12-31'
		});
		expect(facts.Generated).toMatch(/2026/);
		expect(facts.Generated).toMatch(/12:00/);
	});

	it('holds every table on a sheet of its own, numbers as numbers, header bold', async () => {
		const tables = reachTables(report, hi, 'hi');
		const bytes = await workbook(tables, workbookMeta(report, hi, 'hi', new Date()));
		const book = await readBack(bytes);
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'रिपोर्ट',
			...sheetNames(tables.map((t) => t.title))
		]);
		tables.forEach((table, index) => {
			const sheet = book.worksheets[index + 1];
			expect(sheet.getCell(1, 1).value).toBe(table.caption);
			const header = sheet.getRow(2);
			expect(table.columns.map((_, i) => header.getCell(i + 1).value)).toEqual(
				table.columns.map((c) => c.label)
			);
			expect(header.font?.bold).toBe(true);
			table.rows.forEach((row, r) => {
				const cells = sheet.getRow(r + 3);
				expect(table.columns.map((c, i) => cells.getCell(i + 1).value ?? null)).toEqual(
					table.columns.map((c) => row[c.key] ?? null)
				);
			});
		});
		const headline = book.worksheets[1].getRow(3);
		expect(typeof headline.getCell(2).value).toBe('number');
		const assessment = book.worksheets[1 + tables.findIndex((t) => t.id === 'assessment')];
		expect(assessment.getRow(4).getCell(3).value).toBe(-1);
	});

	it('keeps formula-like text as text', async () => {
		const table = reachTable(report, 'mentors-capacity', en, 'en')!;
		const book = await readBack(await workbook([table], meta));
		const cell = book.worksheets[1].getCell(3, 1);
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.value).toBe('=HYPERLINK("x")');
	});

	it('is sent with its length and type', () => {
		const bytes = new Uint8Array([1, 2, 3]);
		const response = xlsxDownload(bytes, 'citysetu-reach-2026-01-01-2026-03-31.xlsx');
		expect(response.headers.get('content-length')).toBe('3');
		expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
	});
});

describe('exportRequest', () => {
	it('takes the format apart from the filters', () => {
		const request = exportRequest(new URLSearchParams('format=xlsx&zone=western&from=2026-01-01'));
		expect(request.kind).toBe('ok');
		if (request.kind !== 'ok') return;
		expect(request.format).toBe('xlsx');
		expect(request.params.toString()).toBe('zone=western&from=2026-01-01');
		const plain = exportRequest(new URLSearchParams('zone=western'));
		expect(plain.kind === 'ok' && plain.format).toBe('csv');
	});

	it('refuses another format, or two', () => {
		expect(exportRequest(new URLSearchParams('format=pdf'))).toEqual({
			kind: 'bad_format',
			message: 'format: must be csv or xlsx.'
		});
		expect(exportRequest(new URLSearchParams('format=csv&format=xlsx')).kind).toBe('bad_format');
		expect(exportRequest(new URLSearchParams('format=csv'), ['xlsx'])).toEqual({
			kind: 'bad_format',
			message: 'format: must be xlsx.'
		});
	});
});
