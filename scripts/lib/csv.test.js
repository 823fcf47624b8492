import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
	it('reads quoted fields with commas, doubled quotes and newlines', () => {
		const rows = parseCsv('name,note\n"Pune","a, b"\n"Say ""hi""","line\none"\n');
		expect(rows).toEqual([
			{ name: 'Pune', note: 'a, b' },
			{ name: 'Say "hi"', note: 'line\none' }
		]);
	});

	it('turns empty fields into null and normalises text to NFC', () => {
		const decomposed = 'क\u093C'; // क + nukta, composes to क़
		const [row] = parseCsv(`a,b\r\n${decomposed},\r\n`);
		expect(row.a).toBe('\u0958'.normalize('NFC'));
		expect(row.a).toBe(decomposed.normalize('NFC'));
		expect(row.b).toBeNull();
	});

	it('refuses rows with the wrong number of fields and unterminated quotes', () => {
		expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields/);
		expect(() => parseCsv('a\n"open\n')).toThrow(/quoted field/);
	});
});
