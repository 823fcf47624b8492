import { describe, expect, it } from 'vitest';
import { problemList, reportCsv, toCsv } from './import';
import type { ScoreProblem } from './score-file';

describe('the import report', () => {
	const problems: ScoreProblem[] = [
		{ row: null, column: null, code: 'empty', params: {} },
		{
			row: 12,
			column: 'city',
			code: 'cityUnknownSuggest',
			params: { value: 'Bilaspur, CG', suggestion: 'bilaspur' }
		},
		{ row: 1500, column: null, code: 'duplicate', params: { first: 1200 } }
	];

	it('says each problem in the reader’s language', () => {
		expect(problemList('en', problems)).toEqual([
			{ row: null, column: null, message: 'The file has no rows under a header row.' },
			{
				row: 12,
				column: 'city',
				message: '“Bilaspur, CG” is not a city slug. Did you mean bilaspur?'
			},
			{ row: 1500, column: null, message: 'The same city and parameter are already on row 1,200.' }
		]);
		expect(problemList('hi', problems)[1].message).toBe(
			'“Bilaspur, CG” किसी शहर का स्लग नहीं है। क्या आपका मतलब bilaspur है?'
		);
	});

	it('downloads as CSV with a byte order mark, quoting what needs it', () => {
		expect(reportCsv('en', problems.slice(1, 2))).toBe(
			'\uFEFFrow,column,message\r\n12,city,"“Bilaspur, CG” is not a city slug. Did you mean bilaspur?"\r\n'
		);
		expect(toCsv([['a"b', 'line\nbreak', null, 95.5]])).toBe(
			'\uFEFF"a""b","line\nbreak",,95.5\r\n'
		);
	});
});
