import { describe, expect, it } from 'vitest';
import { parseCsv, readCsvRecords } from './csv';

describe('readCsvRecords', () => {
	it('numbers records by the line they start on, across blank lines and quoted line breaks', () => {
		const records = readCsvRecords('a,b\n\n"x\ny",1\r\n2,3\n\n');
		expect(records).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 3, cells: ['x\ny', '1'] },
			{ line: 5, cells: ['2', '3'] }
		]);
	});

	it('drops a byte order mark and keeps rows of any length', () => {
		expect(readCsvRecords('\uFEFFa,b\r\n1\r\n1,2,3')).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['1'] },
			{ line: 3, cells: ['1', '2', '3'] }
		]);
	});

	it('refuses text that ends inside quotes', () => {
		expect(() => readCsvRecords('a\n"open\n')).toThrow(/quoted field/);
	});
});

describe('parseCsv', () => {
	it('names the line of a row with the wrong number of fields', () => {
		expect(() => parseCsv('a,b\n\n1,2,3\n')).toThrow(/row 3 has 3 fields, expected 2/);
	});
});
