import { describe, expect, it } from 'vitest';
import { csvResponse, csvText } from './csv-download';

describe('CSV downloads', () => {
	it('start with a byte-order mark and end lines with CRLF', () => {
		const text = csvText(
			['city', 'value'],
			[
				['Sagar', 60],
				['सागर', 12.5]
			]
		);
		expect(text).toBe('\uFEFFcity,value\r\nSagar,60\r\nसागर,12.5\r\n');
		expect([...new TextEncoder().encode(text).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('quote what needs quoting, leave empty cells empty and keep formulas as text', () => {
		const text = csvText(
			['a', 'b', 'c', 'd', 'e'],
			[['Daman, Diu', 'say "hi"', null, true, '=HYPERLINK("x")']]
		);
		expect(text.split('\r\n')[1]).toBe('"Daman, Diu","say ""hi""",,true,"\'=HYPERLINK(""x"")"');
		// A negative number is a number, not a formula.
		expect(csvText(['change'], [[-5]]).split('\r\n')[1]).toBe('-5');
	});

	it('are served as an attachment, not cached for others', () => {
		const response = csvResponse('\uFEFFa\r\n', 'imaf.csv');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="imaf.csv"');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
	});
});
