import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { filterOptionsSchema, headlinesSchema } from '../../src/lib/server/cities';
import { anon, service, sql } from './clients';

describe('cities through supabase-js', () => {
	it('lets anyone read all 100 cities with their local-script names intact', async () => {
		const { data, count, error } = await anon()
			.from('cities')
			.select('slug, name, name_local, name_local_lang', { count: 'exact' })
			.order('slug');
		expect(error).toBeNull();
		expect(count).toBe(100);
		const rajkot = data?.find((city) => city.slug === 'rajkot');
		expect(rajkot).toMatchObject({ name: 'Rajkot', name_local: 'રાજકોટ', name_local_lang: 'gu' });
		const kanpur = data?.find((city) => city.slug === 'kanpur');
		expect(kanpur?.name_local).toBe('कानपुर');
		for (const city of data ?? []) {
			if (city.name_local) expect(city.name_local).toBe(city.name_local.normalize('NFC'));
		}
	});

	it('stores text as UTF-8 with ICU collation, so Indic scripts survive', async () => {
		const [settings] = await sql<{ encoding: string; provider: string }>(
			`select pg_encoding_to_char(encoding) as encoding, datlocprovider as provider
			 from pg_database where datname = current_database()`
		);
		expect(settings).toEqual({ encoding: 'UTF8', provider: 'i' });
		const [{ match }] = await sql<{ match: boolean }>(
			`select name_local = $1 as match from cities where slug = 'sagar'`,
			['सागर']
		);
		expect(match).toBe(true);
	});

	it('returns a city with its ICCC components through the join table', async () => {
		const { data, error } = await anon()
			.from('cities')
			.select('slug, iccc_operational_since, iccc_location_en, iccc_components (slug)')
			.eq('slug', 'rajkot')
			.single();
		expect(error).toBeNull();
		expect(data?.iccc_operational_since).toBe(2017);
		expect(data?.iccc_location_en).toMatch(/Nana Mava/);
		const components = (data?.iccc_components as { slug: string }[]).map((c) => c.slug).sort();
		expect(components).toEqual(
			[
				'anti-hawking',
				'atcs',
				'cctv-surveillance',
				'drainage-scada',
				'gis',
				'itms',
				'optical-fibre-network',
				'public-address',
				'underground-utility-survey',
				'water-scada'
			].sort()
		);
	});

	it('computes filter options whose counts add up to every city', async () => {
		const result = await anon().rpc('city_filter_options');
		expect(result.error).toBeNull();
		// Parsed with the schema the app reads it with: the SQL function and the app agree.
		const data = v.parse(filterOptionsSchema, result.data);
		const sum = (options: { count: number }[]) => options.reduce((n, o) => n + o.count, 0);
		expect(sum(data.states)).toBe(100);
		expect(sum(data.zones)).toBe(100);
		expect(sum(data.rounds)).toBe(100);
		expect(data.rounds).toContainEqual({ value: 'round-1', count: 20 });
		expect(data.rounds).toContainEqual({ value: 'fast-track', count: 13 });
		expect(data.states).toContainEqual({ value: 'Gujarat', count: 6 });
	});

	it('computes the headline figures, not counting a withdrawn city', async () => {
		const result = await anon().rpc('programme_headlines');
		expect(result.error).toBeNull();
		const data = v.parse(headlinesSchema, result.data);
		expect(data.cities).toBe(99);
		expect(data.components).toBeGreaterThanOrEqual(10);
		expect(data.icccs_documented).toBeGreaterThanOrEqual(1);
	});
});

describe('row-level security', () => {
	it('is enabled on every table in the public schema', async () => {
		const rows = await sql<{ table: string; rls: boolean }>(
			`select c.relname as table, c.relrowsecurity as rls from pg_class c
			 join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind in ('r', 'p')`
		);
		expect(rows.length).toBeGreaterThanOrEqual(3);
		expect(rows.filter((row) => !row.rls).map((row) => row.table)).toEqual([]);
	});

	it('refuses writes by the public to reference data', async () => {
		const db = anon();
		const insert = await db.from('cities').insert({
			slug: 'atlantis',
			name: 'Atlantis',
			state: 'Nowhere',
			zonal_council: 'central',
			selection_round: 'round-1'
		});
		expect(insert.error?.code).toBe('42501');

		const update = await db.from('cities').update({ name: 'Hacked' }).eq('slug', 'pune').select();
		expect(update.data ?? []).toEqual([]);
		const del = await db.from('city_components').delete().neq('component_slug', '').select();
		expect(del.data ?? []).toEqual([]);
		const component = await db
			.from('iccc_components')
			.insert({ slug: 'x', name_en: 'x', name_hi: 'x' });
		expect(component.error?.code).toBe('42501');

		const { data: pune } = await service()
			.from('cities')
			.select('name')
			.eq('slug', 'pune')
			.single();
		expect(pune?.name).toBe('Pune');
		const { count } = await service()
			.from('city_components')
			.select('*', { count: 'exact', head: true });
		expect(count).toBeGreaterThan(0);
	});

	it('keeps the seeding function for the service role only', async () => {
		const refused = await anon().rpc('seed_reference_data', {
			components: [],
			cities: [],
			city_components: []
		});
		expect(refused.error).not.toBeNull();
		const allowed = await service().rpc('seed_reference_data', {
			components: [],
			cities: [],
			city_components: []
		});
		expect(allowed.error).toBeNull();
		expect(allowed.data).toEqual({ components: 0, cities: 0, city_components: 0 });
	});

	it('rejects rows that break the checks, whoever writes them', async () => {
		const { error } = await service().from('cities').insert({
			slug: 'Bad Slug',
			name: 'x',
			state: 'x',
			zonal_council: 'x',
			selection_round: 'x'
		});
		expect(error?.code).toBe('23514');
	});
});
