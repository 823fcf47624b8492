import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
	MAX_BYTES,
	MAX_ROWS,
	checkScores,
	readScoreFile,
	readValue,
	scoreInRange
} from './score-file';
import type { RawScoreRow, ScoreContext } from './score-file';

const bytes = (text: string) => new TextEncoder().encode(text);

const context: ScoreContext = {
	cities: [
		{ slug: 'rajkot', names: ['Rajkot', 'રાજકોટ'] },
		{ slug: 'bilaspur', names: ['Bilaspur', 'बिलासपुर'] },
		{ slug: 'pimpri-chinchwad', names: ['Pimpri Chinchwad'] }
	],
	nodes: new Map([
		['team-management', { scheme: 'percentage', name: 'Team management' }],
		['cyber-security', { scheme: 'percentage', name: 'Cyber Security' }],
		['people', { scheme: 'level', name: 'People' }],
		['waste', { scheme: 'stars', name: 'Waste Management' }]
	])
};

async function xlsx(rows: unknown[][], sheets = 1): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Scores');
	for (const row of rows) sheet.addRow(row);
	for (let i = 1; i < sheets; i++) workbook.addWorksheet(`Other ${i}`).addRow(['x', 'y']);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function read(text: string) {
	const result = await readScoreFile(bytes(text), 'csv');
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.rows;
}

async function problems(text: string) {
	const result = await readScoreFile(bytes(text), 'csv');
	if (result.ok) throw new Error('expected problems');
	return result.problems;
}

const row = (over: Partial<RawScoreRow>): RawScoreRow => ({
	row: 2,
	city: 'rajkot',
	parameter: 'team-management',
	value: '80',
	extraCells: false,
	...over
});

describe('reading a CSV file', () => {
	it('reads the rows with their line numbers, the columns in any order', async () => {
		expect(
			await read('value,city,parameter\n95,bilaspur,team-management\n80.5,rajkot,people\n')
		).toEqual([
			{ row: 2, city: 'bilaspur', parameter: 'team-management', value: '95', extraCells: false },
			{ row: 3, city: 'rajkot', parameter: 'people', value: '80.5', extraCells: false }
		]);
	});

	it('tolerates a byte order mark, CRLF line ends, blank lines and header case', async () => {
		const rows = await read(
			'\uFEFFCity , Parameter,VALUE\r\n\r\nrajkot,people,3\r\n\r\nbilaspur,people,4\r\n'
		);
		expect(rows.map((r) => [r.row, r.city, r.value])).toEqual([
			[3, 'rajkot', '3'],
			[5, 'bilaspur', '4']
		]);
	});

	it('reads quoted fields with commas, quotes and line breaks, and trims cells', async () => {
		const rows = await read(
			'city,parameter,value\n"  rajkot ","people","4"\n"बिलासपुर","team ""x""\nmanagement"," 5 "\nsurat,people,1\n'
		);
		expect(rows).toEqual([
			{ row: 2, city: 'rajkot', parameter: 'people', value: '4', extraCells: false },
			{
				row: 3,
				city: 'बिलासपुर',
				parameter: 'team "x"\nmanagement',
				value: '5',
				extraCells: false
			},
			// The quoted cell spans two lines: the next row starts on line 5.
			{ row: 5, city: 'surat', parameter: 'people', value: '1', extraCells: false }
		]);
	});

	it('marks rows with cells beyond the header and leaves short rows empty', async () => {
		expect(await read('city,parameter,value\nrajkot,people,4,extra\nrajkot,people\n')).toEqual([
			{ row: 2, city: 'rajkot', parameter: 'people', value: '4', extraCells: true },
			{ row: 3, city: 'rajkot', parameter: 'people', value: '', extraCells: false }
		]);
	});

	it('ignores a column without a name while it is empty', async () => {
		expect(await read('city,parameter,value,\nrajkot,people,4,\n')).toHaveLength(1);
		expect(await problems('city,parameter,value,\nrajkot,people,4,x\n')).toEqual([
			{ row: 1, column: null, code: 'unnamedColumn', params: { number: 4 } }
		]);
	});

	it('reports a wrong header: missing, unknown and repeated columns', async () => {
		expect(await problems('town,parameter,score,value,Value\nrajkot,people,4,4,4\n')).toEqual([
			{ row: 1, column: 'town', code: 'unknownColumn', params: { name: 'town' } },
			{ row: 1, column: 'score', code: 'unknownColumn', params: { name: 'score' } },
			{ row: 1, column: 'value', code: 'repeatedColumn', params: { name: 'value' } },
			{ row: 1, column: 'city', code: 'missingColumn', params: {} }
		]);
	});

	it('reports an empty file, a header without rows, and a file of blank lines', async () => {
		const empty = [{ row: null, column: null, code: 'empty', params: {} }];
		expect(await problems('')).toEqual(empty);
		expect(await problems('city,parameter,value\n')).toEqual(empty);
		expect(await problems('\n\r\n\n')).toEqual(empty);
	});

	it('refuses text that is not UTF-8, with the advice to save as CSV UTF-8', async () => {
		const latin1 = new Uint8Array([
			...bytes('city,parameter,value\nm'),
			0xfc,
			...bytes('nchen,x,1\n')
		]);
		const result = await readScoreFile(latin1, 'csv');
		expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'notUtf8' })] });
	});

	it('reports a quote that is never closed, with its line', async () => {
		expect(await problems('city,parameter,value\nrajkot,"people,4\n')).toEqual([
			{ row: 2, column: null, code: 'malformedCsv', params: {} }
		]);
	});

	it('refuses a file over the size or row limits', async () => {
		const big = new Uint8Array(MAX_BYTES + 1).fill(0x61);
		expect((await readScoreFile(big, 'csv')).ok).toBe(false);
		expect(await readScoreFile(big, 'csv')).toMatchObject({ problems: [{ code: 'tooLarge' }] });
		const lines = 'city,parameter,value\n' + 'a,b,1\n'.repeat(MAX_ROWS + 1);
		expect(await problems(lines)).toEqual([
			{ row: null, column: null, code: 'tooManyRows', params: { rows: MAX_ROWS } }
		]);
		expect(await read('city,parameter,value\n' + 'a,b,1\n'.repeat(MAX_ROWS))).toHaveLength(
			MAX_ROWS
		);
	});
});

describe('reading an Excel file', () => {
	it('reads the first worksheet: numbers as numbers, text trimmed, row numbers kept', async () => {
		const file = await xlsx(
			[
				['Parameter', 'City', 'Value'],
				['people', ' rajkot ', 4],
				[],
				['team-management', 'बिलासपुर', '95.5']
			],
			2
		);
		const result = await readScoreFile(file, 'xlsx');
		expect(result).toEqual({
			ok: true,
			rows: [
				{ row: 2, city: 'rajkot', parameter: 'people', value: 4, extraCells: false },
				{ row: 4, city: 'बिलासपुर', parameter: 'team-management', value: '95.5', extraCells: false }
			]
		});
	});

	it('reads formulas by their result and rich text by its text', async () => {
		const file = await xlsx([
			['city', 'parameter', 'value'],
			[{ richText: [{ text: 'raj' }, { text: 'kot' }] }, 'people', { formula: '2+2', result: 4 }]
		]);
		expect(await readScoreFile(file, 'xlsx')).toMatchObject({
			ok: true,
			rows: [{ city: 'rajkot', value: 4 }]
		});
	});

	it('reports the same header problems and empty sheets', async () => {
		expect(await readScoreFile(await xlsx([['city', 'value']]), 'xlsx')).toMatchObject({
			ok: false,
			problems: [{ code: 'empty' }]
		});
		expect(
			await readScoreFile(
				await xlsx([
					['city', 'value'],
					['rajkot', 4]
				]),
				'xlsx'
			)
		).toEqual({
			ok: false,
			problems: [{ row: 1, column: 'parameter', code: 'missingColumn', params: {} }]
		});
	});

	it('says when the bytes are not an Excel workbook', async () => {
		expect(await readScoreFile(bytes('city,parameter,value\n'), 'xlsx')).toEqual({
			ok: false,
			problems: [{ row: null, column: null, code: 'unreadableXlsx', params: {} }]
		});
	});
});

describe('the value rule, as app.score_in_range', () => {
	it('reads plain decimal numbers only', () => {
		expect(readValue('95')).toEqual({ value: 95, decimals: 0 });
		expect(readValue('95.50')).toEqual({ value: 95.5, decimals: 1 });
		expect(readValue('.25')).toEqual({ value: 0.25, decimals: 2 });
		expect(readValue('3.000')).toEqual({ value: 3, decimals: 0 });
		expect(readValue(33.333)).toEqual({ value: 33.333, decimals: 3 });
		expect(readValue(1e-7)).toEqual({ value: 1e-7, decimals: 7 });
		for (const bad of ['95%', '9 5', 'ninety', '1e2', '95,5', '', '-']) {
			expect(readValue(bad)).toBeNull();
		}
		expect(readValue(Number.NaN)).toBeNull();
	});

	it('accepts percentages 0–100 with two decimals, levels 1–5 and stars 0–5 whole', () => {
		expect(scoreInRange('percentage', 0, 0)).toBe(true);
		expect(scoreInRange('percentage', 100, 0)).toBe(true);
		expect(scoreInRange('percentage', 99.99, 2)).toBe(true);
		expect(scoreInRange('percentage', 99.999, 3)).toBe(false);
		expect(scoreInRange('percentage', 100.01, 2)).toBe(false);
		expect(scoreInRange('percentage', -1, 0)).toBe(false);
		expect(scoreInRange('level', 1, 0)).toBe(true);
		expect(scoreInRange('level', 0, 0)).toBe(false);
		expect(scoreInRange('level', 5, 0)).toBe(true);
		expect(scoreInRange('level', 3.5, 1)).toBe(false);
		expect(scoreInRange('stars', 0, 0)).toBe(true);
		expect(scoreInRange('stars', 6, 0)).toBe(false);
		expect(scoreInRange('stars', 4.5, 1)).toBe(false);
	});
});

describe('checking the rows', () => {
	it('passes good rows on with their numbers', () => {
		expect(
			checkScores([row({ value: '95.5' }), row({ row: 3, parameter: 'waste', value: 4 })], context)
		).toEqual({
			ok: true,
			rows: [
				{ row: 2, city: 'rajkot', parameter: 'team-management', value: 95.5 },
				{ row: 3, city: 'rajkot', parameter: 'waste', value: 4 }
			]
		});
	});

	it('reports every problem by row and column, suggesting slugs for names', () => {
		const result = checkScores(
			[
				row({ row: 2, city: 'Rajkot' }),
				row({ row: 3, city: 'बिलासपुर' }),
				row({ row: 4, city: 'atlantis' }),
				row({ row: 5, city: '', parameter: '', value: '' }),
				row({ row: 6, parameter: 'Cyber Security' }),
				row({ row: 7, parameter: 'cycling' }),
				row({ row: 8, city: 'bilaspur', value: 'high' }),
				row({ row: 9, city: 'pimpri-chinchwad', value: '100.5' }),
				row({ row: 10, city: 'pimpri-chinchwad', parameter: 'people', value: '0' }),
				row({ row: 11, city: 'pimpri-chinchwad', parameter: 'waste', value: '4.5' }),
				row({ row: 12, city: 'pimpri-chinchwad', parameter: 'cyber-security', extraCells: true })
			],
			context
		);
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					row: 2,
					column: 'city',
					code: 'cityUnknownSuggest',
					params: { value: 'Rajkot', suggestion: 'rajkot' }
				},
				{
					row: 3,
					column: 'city',
					code: 'cityUnknownSuggest',
					params: { value: 'बिलासपुर', suggestion: 'bilaspur' }
				},
				{ row: 4, column: 'city', code: 'cityUnknown', params: { value: 'atlantis' } },
				{ row: 5, column: 'city', code: 'cityMissing', params: {} },
				{ row: 5, column: 'parameter', code: 'parameterMissing', params: {} },
				{ row: 5, column: 'value', code: 'valueMissing', params: {} },
				{
					row: 6,
					column: 'parameter',
					code: 'parameterUnknownSuggest',
					params: { value: 'Cyber Security', suggestion: 'cyber-security' }
				},
				{ row: 7, column: 'parameter', code: 'parameterUnknown', params: { value: 'cycling' } },
				{ row: 8, column: 'value', code: 'valueNotNumber', params: { value: 'high' } },
				{ row: 9, column: 'value', code: 'valueRangePercentage', params: { value: '100.5' } },
				{ row: 10, column: 'value', code: 'valueRangeLevel', params: { value: '0' } },
				{ row: 11, column: 'value', code: 'valueRangeStars', params: { value: '4.5' } },
				{ row: 12, column: null, code: 'extraCells', params: {} }
			]
		});
	});

	it('reports a repeated city and parameter on the second row, naming the first', () => {
		const result = checkScores(
			[
				row({ row: 2 }),
				row({ row: 3, parameter: 'people', value: '2' }),
				row({ row: 7, value: '81' })
			],
			context
		);
		expect(result).toEqual({
			ok: false,
			problems: [{ row: 7, column: null, code: 'duplicate', params: { first: 2 } }]
		});
	});

	it('checks a range only where the parameter is known', () => {
		expect(checkScores([row({ parameter: 'unknown', value: '500' })], context)).toMatchObject({
			ok: false,
			problems: [{ code: 'parameterUnknown' }]
		});
	});
});
