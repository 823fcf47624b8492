import { describe, expect, it } from 'vitest';
import { directoryFilters } from './mentors';

describe('directoryFilters', () => {
	it('turns each filter into a filter on the directory view', () => {
		expect(
			directoryFilters(
				{
					sector: 'water-sanitation',
					component: 'drainage-scada',
					language: 'en-IN',
					zone: 'western'
				},
				['c1', 'c2']
			)
		).toEqual([
			{ column: 'sectors', operator: 'cs', value: '{"water-sanitation"}' },
			{ column: 'components', operator: 'cs', value: '{"drainage-scada"}' },
			{ column: 'languages', operator: 'cs', value: '{"en-IN"}' },
			{ column: 'city_id', operator: 'in', value: '(c1,c2)' }
		]);
	});

	it('needs no filter for no filters, and none for free places (counted after the query)', () => {
		expect(directoryFilters({})).toEqual([]);
		expect(directoryFilters({ free: true })).toEqual([]);
	});

	it('says nothing can match a zone without cities', () => {
		expect(directoryFilters({ zone: 'central' }, [])).toBeNull();
		expect(directoryFilters({ zone: 'central' })).toBeNull();
	});

	it('keeps a value one array item whatever it holds', () => {
		expect(directoryFilters({ sector: 'a","b' })).toEqual([
			{ column: 'sectors', operator: 'cs', value: '{"a,b"}' }
		]);
	});
});
