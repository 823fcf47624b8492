import * as v from 'valibot';
import { rounds, zones } from '$lib/cities';
import type { Round, Zone } from '$lib/cities';
import { oneOf, positiveInt } from '$lib/schemas/query';
import { memo } from './changes';
import { publicDb } from './db';
import { DatabaseError } from './errors';

export interface FilterOption<T extends string = string> {
	value: T;
	count: number;
}

export interface CityFilterOptions {
	states: FilterOption[];
	zones: FilterOption<Zone>[];
	rounds: FilterOption<Round>[];
}

// Zones, rounds and status are check constraints, so PostgREST types them as plain text:
// city rows are parsed here, once, into the closed lists the pages and the API use.
const citySummarySchema = v.object({
	slug: v.string(),
	name: v.string(),
	name_local: v.nullable(v.string()),
	name_local_lang: v.nullable(v.string()),
	state: v.string(),
	zonal_council: v.picklist(zones),
	selection_round: v.picklist(rounds),
	mission_status: v.picklist(['active', 'withdrawn'])
});

export type CitySummary = v.InferOutput<typeof citySummarySchema>;

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

/** The most cities one page of the API lists (also its default). */
export const MAX_PER_PAGE = 100;

const summaryColumns =
	'slug, name, name_local, name_local_lang, state, zonal_council, selection_round, mission_status';

/**
 * The directory's query string (the page and `GET /api/v1/cities`). `states` are those that have
 * cities, matched without regard to case and given back in their stored form. The OpenAPI
 * document, built without them, describes a state as text.
 */
export function cityQuery(states: readonly string[] = []) {
	return v.object({
		state: v.optional(
			v.pipe(
				v.string(),
				v.description("A state's name, in any case. Only states with cities are accepted."),
				v.rawTransform(({ dataset, addIssue, NEVER }) => {
					const wanted = dataset.value.toLowerCase();
					const known = states.find((s) => s.toLowerCase() === wanted);
					if (known) return known;
					addIssue({ message: `“${dataset.value.slice(0, 80)}” is not a state with cities` });
					return NEVER;
				})
			)
		),
		zone: oneOf(zones),
		round: oneOf(rounds),
		page: positiveInt(1),
		per_page: positiveInt(MAX_PER_PAGE, MAX_PER_PAGE)
	});
}

export type CityFilters = Pick<
	v.InferOutput<ReturnType<typeof cityQuery>>,
	'state' | 'zone' | 'round'
>;

/** The shape of city_filter_options()'s jsonb. */
export const filterOptionsSchema = v.object({
	states: v.array(v.object({ value: v.string(), count: v.number() })),
	zones: v.array(v.object({ value: v.picklist(zones), count: v.number() })),
	rounds: v.array(v.object({ value: v.picklist(rounds), count: v.number() }))
});

// Cities, their ICCCs and the component catalogue are reference data: about a hundred rows
// that change a few times a year. Every instance keeps them in memory and forgets them when a
// change notice names one of these tables (see changes.ts), so the directory and a city's page
// need no database round trip. They are read with the anon client: what is kept is only what
// anyone may see.
const CITY_TABLES = ['cities', 'city_components', 'iccc_components'] as const;

/** A city as kept in memory: its page data and its id. */
export interface CityRecord extends CityDetail {
	id: string;
}

interface KeptCities {
	/** By name, as Postgres orders them. */
	all: CityRecord[];
	summaries: CitySummary[];
	bySlug: Map<string, CityDetail>;
	idBySlug: Map<string, string>;
}

const keptCities = memo(CITY_TABLES, async (): Promise<KeptCities> => {
	const { data, count, error } = await publicDb()
		.from('cities')
		.select(
			`id, ${summaryColumns}, latitude, longitude, spv_name, note_en, iccc_operational_since,
			iccc_location_en, iccc_location_hi, iccc_summary_en, iccc_summary_hi,
			iccc_components (slug, name_en, name_hi, sort_order)`,
			{ count: 'exact' }
		)
		.order('name');
	if (error) throw new DatabaseError('reading the cities', error);
	// PostgREST caps a response (db-max-rows): a directory missing cities must not pass silently.
	if (count !== data.length) {
		throw new Error(`reading the cities: ${data.length} of ${count} arrived in one response`);
	}
	const details = data.map((row): CityDetail => ({
		...v.parse(citySummarySchema, row),
		latitude: row.latitude === null ? null : Number(row.latitude),
		longitude: row.longitude === null ? null : Number(row.longitude),
		spv_name: row.spv_name,
		note_en: row.note_en,
		iccc: {
			operational_since: row.iccc_operational_since,
			location_en: row.iccc_location_en,
			location_hi: row.iccc_location_hi,
			summary_en: row.iccc_summary_en,
			summary_hi: row.iccc_summary_hi,
			components: [...row.iccc_components]
				.sort((a, b) => a.sort_order - b.sort_order)
				.map(({ slug, name_en, name_hi }) => ({ slug, name_en, name_hi }))
		}
	}));
	return {
		all: details.map((city, i) => ({ id: data[i].id, ...city })),
		summaries: details.map((city) => v.parse(citySummarySchema, city)),
		bySlug: new Map(details.map((city) => [city.slug, city])),
		idBySlug: new Map(data.map((row) => [row.slug, row.id]))
	};
});

const keptFilterOptions = memo(['cities'], async (): Promise<CityFilterOptions> => {
	const { data, error } = await publicDb().rpc('city_filter_options');
	if (error) throw new DatabaseError('reading city filter options', error);
	// jsonb comes back typed as Json: its shape is checked here, once.
	const value: CityFilterOptions = v.parse(filterOptionsSchema, data);
	value.zones.sort((a, b) => zones.indexOf(a.value) - zones.indexOf(b.value));
	value.rounds.sort((a, b) => rounds.indexOf(a.value) - rounds.indexOf(b.value));
	return value;
});

/** The values each directory filter can take, with how many cities have each (kept in memory). */
export function cityFilterOptions(): Promise<CityFilterOptions> {
	return keptFilterOptions.get();
}

/** One page of the city directory, in alphabetical order, with the total that match. */
export async function listCities(
	filters: CityFilters,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; cities: CitySummary[] }> {
	const { summaries } = await keptCities.get();
	const matching = summaries.filter(
		(city) =>
			(!filters.state || city.state === filters.state) &&
			(!filters.zone || city.zonal_council === filters.zone) &&
			(!filters.round || city.selection_round === filters.round)
	);
	const from = (page - 1) * perPage;
	return { total: matching.length, cities: matching.slice(from, from + perPage) };
}

/** A city with its ICCC and the components it runs, or null when no city has that slug. */
export async function getCity(slug: string): Promise<CityDetail | null> {
	return (await keptCities.get()).bySlug.get(slug) ?? null;
}

/** The shape of programme_headlines()'s jsonb. */
export const headlinesSchema = v.object({
	cities: v.number(),
	states: v.number(),
	icccs_documented: v.number(),
	components: v.number()
});

export type ProgrammeHeadlines = v.InferOutput<typeof headlinesSchema>;

const keptHeadlines = memo(CITY_TABLES, async (): Promise<ProgrammeHeadlines> => {
	const { data, error } = await publicDb().rpc('programme_headlines');
	if (error) throw new DatabaseError('reading programme headlines', error);
	return v.parse(headlinesSchema, data);
});

/** The home page's headline figures, computed in one database call and kept in memory. */
export function programmeHeadlines(): Promise<ProgrammeHeadlines> {
	return keptHeadlines.get();
}

export interface CityChoice {
	id: string;
	slug: string;
	name: string;
}

/** Every city as a choice for a form, by name. */
export async function cityChoices(): Promise<CityChoice[]> {
	const { all } = await keptCities.get();
	return all.map(({ id, slug, name }) => ({ id, slug, name }));
}

/** Every city with its id, by name, as kept in memory (for modules that join on ids). */
export async function allCities(): Promise<readonly CityRecord[]> {
	return (await keptCities.get()).all;
}

/** A city's id by its slug, from memory, or null when no city has that slug. */
export async function cityIdOf(slug: string): Promise<string | null> {
	return (await keptCities.get()).idBySlug.get(slug) ?? null;
}
