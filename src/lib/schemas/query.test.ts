import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { day, oneOf, parseQuery, positiveInt, text } from './query';

const schema = v.object({
	zone: oneOf(['northern', 'western'] as const),
	q: text(5),
	from: day(),
	page: positiveInt(1),
	per_page: positiveInt(20, 100)
});
const parse = (query: string) => parseQuery(schema, new URLSearchParams(query));

describe('parseQuery', () => {
	it('reads valid values and gives defaults for absent and empty ones', () => {
		expect(parse('zone=western&q=%20library%20&page=3&per_page=')).toEqual({
			ok: true,
			data: { zone: 'western', q: 'libra', from: undefined, page: 3, per_page: 20 }
		});
	});

	it('names an unknown parameter', () => {
		const result = parse('zone=western&sort=name');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({ sort: 'unknown parameter “sort”' });
		expect(result.data.zone).toBe('western');
	});

	it('names a parameter given twice', () => {
		const result = parse('zone=western&zone=northern');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors)).toEqual(['zone']);
	});

	it('names invalid values and falls back to the default for each', () => {
		const result = parse('zone=atlantis&page=0&per_page=500&from=2026-13-45');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['from', 'page', 'per_page', 'zone']);
		expect(result.errors.per_page).toContain('from 1 to 100');
		expect(result.invalid).toContainEqual({ field: 'page', value: '0' });
		expect(result.data).toEqual({
			zone: undefined,
			q: undefined,
			from: undefined,
			page: 1,
			per_page: 20
		});
	});

	it('refuses a day the calendar does not have, which Date.parse would roll over', () => {
		const result = parse('from=2025-02-30');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.from).toContain('real date');
		expect(parse('from=2024-02-29').ok).toBe(true);
		expect(parse('from=2025-02-29').ok).toBe(false);
	});

	it('refuses numbers that are not plain whole numbers', () => {
		for (const page of ['1.5', '-2', '1e3', 'two', '0x10']) {
			expect(parse(`page=${page}`).ok, page).toBe(false);
		}
	});
});
