import { describe, expect, it } from 'vitest';
import { parseQuery } from '$lib/schemas/query';
import { cityQuery } from './cities';

const parse = (query: string) =>
	parseQuery(cityQuery(['Gujarat', 'Madhya Pradesh']), new URLSearchParams(query));

describe('cityQuery', () => {
	it('accepts known values, matching states without regard to case', () => {
		expect(parse('state=madhya%20pradesh&zone=central&round=fast-track&page=2')).toEqual({
			ok: true,
			data: {
				state: 'Madhya Pradesh',
				zone: 'central',
				round: 'fast-track',
				page: 2,
				per_page: 100
			}
		});
	});

	it('treats empty values as no filter', () => {
		expect(parse('state=&zone=&round=')).toEqual({
			ok: true,
			data: { state: undefined, zone: undefined, round: undefined, page: 1, per_page: 100 }
		});
	});

	it('names each unknown value or parameter instead of matching nothing', () => {
		const result = parse("state=Atlantis&zone=north&round=round-9'&per_page=101&colour=red");
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual([
			'colour',
			'per_page',
			'round',
			'state',
			'zone'
		]);
		expect(result.errors.state).toContain('Atlantis');
		expect(result.errors.zone).toMatch(/one of: northern, western/);
		expect(result.errors.per_page).toMatch(/1 to 100/);
		// What could be read is still there, for a page that shows results anyway.
		expect(result.data).toMatchObject({ state: undefined, page: 1, per_page: 100 });
	});
});
