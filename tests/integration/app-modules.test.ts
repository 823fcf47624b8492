import { describe, expect, it, vi } from 'vitest';
import { getCity, listCities } from '../../src/lib/server/cities';
import { checkHealth } from '../../src/lib/server/health';

describe('the city domain module against the stack', () => {
	it('pages through the directory in name order with the total', async () => {
		const first = await listCities({}, { page: 1, perPage: 25 });
		const last = await listCities({}, { page: 4, perPage: 25 });
		expect(first.total).toBe(100);
		expect(first.cities).toHaveLength(25);
		expect(last.cities).toHaveLength(25);
		const names = first.cities.map((c) => c.name);
		expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		expect(first.cities[0].name < last.cities[0].name).toBe(true);
	});

	it('answers a page past the end with no cities rather than an error', async () => {
		const beyond = await listCities({}, { page: 50, perPage: 25 });
		expect(beyond.cities).toEqual([]);
	});

	it('combines filters', async () => {
		const { total, cities } = await listCities(
			{ state: 'Madhya Pradesh', round: 'round-1' },
			{ page: 1, perPage: 100 }
		);
		expect(total).toBe(cities.length);
		expect(cities.map((c) => c.slug).sort()).toEqual(['indore', 'jabalpur', 'bhopal'].sort());
	});

	it('reads a city with its components in catalogue order, or null for an unknown slug', async () => {
		const rajkot = await getCity('rajkot');
		expect(rajkot?.iccc.components[0]).toEqual({
			slug: 'itms',
			name_en: expect.stringMatching(/Traffic/),
			name_hi: expect.stringMatching(/[\u0900-\u097F]/)
		});
		expect(rajkot?.latitude).toBeCloseTo(22.3, 0);
		expect(await getCity('atlantis')).toBeNull();
	});
});

describe('health', () => {
	it('reports ok when the database and search answer', async () => {
		expect(await checkHealth()).toEqual({ status: 'ok', database: 'ok', search: 'ok' });
	});

	it('reports the database down and search degraded when they do not answer', async () => {
		vi.stubEnv('SUPABASE_URL', 'http://127.0.0.1:9');
		vi.stubEnv('MEILISEARCH_URL', 'http://127.0.0.1:9');
		vi.resetModules();
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const { checkHealth: check } = await import('../../src/lib/server/health');
			expect(await check()).toEqual({ status: 'degraded', database: 'down', search: 'down' });
			expect(errors).toHaveBeenCalled();
		} finally {
			errors.mockRestore();
			vi.unstubAllEnvs();
			vi.resetModules();
		}
	});
});
