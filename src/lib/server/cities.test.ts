import { describe, expect, it } from 'vitest';
import { parseCityFilters, parsePositiveInt } from './cities';
import type { CityFilterOptions } from './cities';

const options: CityFilterOptions = {
	states: [
		{ value: 'Gujarat', count: 6 },
		{ value: 'Madhya Pradesh', count: 7 }
	],
	zones: [{ value: 'western', count: 17 }],
	rounds: [{ value: 'round-1', count: 20 }]
};

const parse = (query: string) => parseCityFilters(new URLSearchParams(query), options);

describe('parseCityFilters', () => {
	it('accepts known values, matching states without regard to case', () => {
		expect(parse('state=madhya%20pradesh&zone=central&round=fast-track')).toEqual({
			filters: { state: 'Madhya Pradesh', zone: 'central', round: 'fast-track' },
			invalid: []
		});
	});

	it('treats empty values as no filter', () => {
		expect(parse('state=&zone=&round=')).toEqual({ filters: {}, invalid: [] });
	});

	it('names each unknown value instead of matching nothing', () => {
		expect(parse("state=Atlantis&zone=north&round=round-9'")).toEqual({
			filters: {},
			invalid: [
				{ field: 'state', value: 'Atlantis' },
				{ field: 'zone', value: 'north' },
				{ field: 'round', value: "round-9'" }
			]
		});
	});
});

describe('parsePositiveInt', () => {
	it('returns the fallback when absent and the number when valid', () => {
		expect(parsePositiveInt(null, 1)).toBe(1);
		expect(parsePositiveInt(' ', 1)).toBe(1);
		expect(parsePositiveInt('3', 1)).toBe(3);
		expect(parsePositiveInt('100', 25, 100)).toBe(100);
	});

	it('rejects zero, negatives, fractions, words and values over the cap', () => {
		for (const bad of ['0', '-1', '1.5', 'two', '1e3', '101', '9999999999']) {
			expect(parsePositiveInt(bad, 1, 100), bad).toBeNull();
		}
	});
});
