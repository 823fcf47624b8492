import { rounds, zones } from '$lib/cities';
import type { Round, Zone } from '$lib/cities';
import { publicDb } from './db';
import { DatabaseError } from './errors';

export interface CityFilters {
	state?: string;
	zone?: Zone;
	round?: Round;
}

export interface FilterOption<T extends string = string> {
	value: T;
	count: number;
}

export interface CityFilterOptions {
	states: FilterOption[];
	zones: FilterOption<Zone>[];
	rounds: FilterOption<Round>[];
}

export interface CitySummary {
	slug: string;
	name: string;
	name_local: string | null;
	name_local_lang: string | null;
	state: string;
	zonal_council: Zone;
	selection_round: Round;
	mission_status: 'active' | 'withdrawn';
}

export interface IcccComponent {
	slug: string;
	name_en: string;
	name_hi: string;
}

export interface CityDetail extends CitySummary {
	latitude: number | null;
	longitude: number | null;
	spv_name: string | null;
	note_en: string | null;
	iccc: {
		operational_since: number | null;
		location_en: string | null;
		location_hi: string | null;
		summary_en: string | null;
		summary_hi: string | null;
		components: IcccComponent[];
	};
}

export interface InvalidFilter {
	field: 'state' | 'zone' | 'round' | 'page' | 'per_page';
	value: string;
}

const summaryColumns =
	'slug, name, name_local, name_local_lang, state, zonal_council, selection_round, mission_status';

/**
 * Reads city filters from a query string, checking each value against what exists. Unknown
 * values are reported (the API answers 400, the page shows a notice) rather than silently
 * matching nothing. State names match case-insensitively and come back in their stored form.
 */
export function parseCityFilters(
	params: URLSearchParams,
	options: CityFilterOptions
): { filters: CityFilters; invalid: InvalidFilter[] } {
	const filters: CityFilters = {};
	const invalid: InvalidFilter[] = [];
	const state = params.get('state')?.trim();
	if (state) {
		const known = options.states.find((s) => s.value.toLowerCase() === state.toLowerCase());
		if (known) filters.state = known.value;
		else invalid.push({ field: 'state', value: state });
	}
	const zone = params.get('zone')?.trim();
	if (zone) {
		if ((zones as readonly string[]).includes(zone)) filters.zone = zone as Zone;
		else invalid.push({ field: 'zone', value: zone });
	}
	const round = params.get('round')?.trim();
	if (round) {
		if ((rounds as readonly string[]).includes(round)) filters.round = round as Round;
		else invalid.push({ field: 'round', value: round });
	}
	return { filters, invalid };
}

/**
 * Reads a positive whole number from the query string: absent gives the fallback, anything
 * else that is not a whole number from 1 to `max` is invalid.
 */
export function parsePositiveInt(
	value: string | null,
	fallback: number,
	max = Number.MAX_SAFE_INTEGER
): number | null {
	if (value === null || value.trim() === '') return fallback;
	if (!/^\d{1,9}$/.test(value.trim())) return null;
	const n = Number(value);
	return n >= 1 && n <= max ? n : null;
}

let optionsCache: { at: number; value: CityFilterOptions } | undefined;
const OPTIONS_TTL_MS = 60_000;

/** The values each directory filter can take, with how many cities have each (cached a minute). */
export async function cityFilterOptions(): Promise<CityFilterOptions> {
	if (optionsCache && Date.now() - optionsCache.at < OPTIONS_TTL_MS) return optionsCache.value;
	const { data, error } = await publicDb().rpc('city_filter_options');
	if (error) throw new DatabaseError('reading city filter options', error);
	// jsonb comes back typed as Json; its shape is fixed by the SQL function above.
	const value = data as unknown as CityFilterOptions;
	value.zones.sort((a, b) => zones.indexOf(a.value) - zones.indexOf(b.value));
	value.rounds.sort((a, b) => rounds.indexOf(a.value) - rounds.indexOf(b.value));
	optionsCache = { at: Date.now(), value };
	return value;
}

/** One page of the city directory, in alphabetical order, with the total that match. */
export async function listCities(
	filters: CityFilters,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; cities: CitySummary[] }> {
	let query = publicDb().from('cities').select(summaryColumns, { count: 'exact' });
	if (filters.state) query = query.eq('state', filters.state);
	if (filters.zone) query = query.eq('zonal_council', filters.zone);
	if (filters.round) query = query.eq('selection_round', filters.round);
	const from = (page - 1) * perPage;
	const { data, count, error } = await query.order('name').range(from, from + perPage - 1);
	// PostgREST answers 416 when the page lies past the end: that is an empty page, not a fault.
	if (error && error.code !== 'PGRST103') throw new DatabaseError('listing cities', error);
	return { total: count ?? 0, cities: (data ?? []) as CitySummary[] };
}

/** A city with its ICCC and the components it runs, or null when no city has that slug. */
export async function getCity(slug: string): Promise<CityDetail | null> {
	const { data, error } = await publicDb()
		.from('cities')
		.select(
			`${summaryColumns}, latitude, longitude, spv_name, note_en, iccc_operational_since,
			iccc_location_en, iccc_location_hi, iccc_summary_en, iccc_summary_hi,
			iccc_components (slug, name_en, name_hi, sort_order)`
		)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading city ${slug}`, error);
	if (!data) return null;
	const row = data as unknown as CitySummary & Record<string, unknown>;
	const components = ((row.iccc_components ?? []) as (IcccComponent & { sort_order: number })[])
		.sort((a, b) => a.sort_order - b.sort_order)
		.map(({ slug, name_en, name_hi }) => ({ slug, name_en, name_hi }));
	return {
		slug: row.slug,
		name: row.name,
		name_local: row.name_local,
		name_local_lang: row.name_local_lang,
		state: row.state,
		zonal_council: row.zonal_council,
		selection_round: row.selection_round,
		mission_status: row.mission_status,
		latitude: row.latitude === null ? null : Number(row.latitude),
		longitude: row.longitude === null ? null : Number(row.longitude),
		spv_name: row.spv_name as string | null,
		note_en: row.note_en as string | null,
		iccc: {
			operational_since: row.iccc_operational_since as number | null,
			location_en: row.iccc_location_en as string | null,
			location_hi: row.iccc_location_hi as string | null,
			summary_en: row.iccc_summary_en as string | null,
			summary_hi: row.iccc_summary_hi as string | null,
			components
		}
	};
}

export interface ProgrammeHeadlines {
	cities: number;
	states: number;
	icccs_documented: number;
	components: number;
}

/** The home page's headline figures, computed in one database call. */
export async function programmeHeadlines(): Promise<ProgrammeHeadlines> {
	const { data, error } = await publicDb().rpc('programme_headlines');
	if (error) throw new DatabaseError('reading programme headlines', error);
	return data as unknown as ProgrammeHeadlines;
}

export interface CityChoice {
	id: string;
	slug: string;
	name: string;
}

/** Every city as a choice for a form, by name. */
export async function cityChoices(): Promise<CityChoice[]> {
	const { data, error } = await publicDb().from('cities').select('id, slug, name').order('name');
	if (error) throw new DatabaseError('listing city choices', error);
	return data ?? [];
}
