import { describe, expect, it } from 'vitest';
import { generatePractices } from './generate.js';

describe('generatePractices', () => {
	const cities = [
		{ id: 'a', name: 'Rajkot' },
		{ id: 'b', name: 'Pune' },
		{ id: 'c', name: 'Surat' }
	];

	it('continues a sequence: two calls give the rows of one larger call', () => {
		const whole = generatePractices(50, cities);
		const parts = [...generatePractices(20, cities), ...generatePractices(30, cities, 20)];
		const strip = (rows) => rows.map(({ published_at: _published, ...row }) => row);
		expect(strip(parts)).toEqual(strip(whole));
		expect(parts.at(-1).slug).toBe('bench-50');
	});

	it('publishes every practice, in the four languages', () => {
		const rows = generatePractices(64, cities);
		expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['published']));
		expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['en', 'hi', 'gu', 'mr']));
	});
});
