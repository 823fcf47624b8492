// The cities as rankings show them: name, state and zone, by id (scores name cities by id).
// Cities are public and change rarely, so the list is kept for a minute.
import * as v from 'valibot';
import { zones } from '$lib/cities';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';

const citySchema = v.object({
	id: v.string(),
	slug: v.string(),
	name: v.string(),
	name_local: v.nullable(v.string()),
	name_local_lang: v.nullable(v.string()),
	state: v.string(),
	zonal_council: v.picklist(zones)
});

export type RankedCity = v.InferOutput<typeof citySchema>;

let cache: { at: number; value: RankedCity[] } | undefined;
const TTL_MS = 60_000;

/** Every city, by name. */
export async function assessmentCities(): Promise<RankedCity[]> {
	if (cache && Date.now() - cache.at < TTL_MS) return cache.value;
	const { data, error } = await publicDb()
		.from('cities')
		.select('id, slug, name, name_local, name_local_lang, state, zonal_council')
		.order('name');
	if (error) throw new DatabaseError('listing cities for assessments', error);
	// zonal_council is a check constraint, typed as text: parsed once here into the closed list.
	const value = v.parse(v.array(citySchema), data ?? []);
	cache = { at: Date.now(), value };
	return value;
}

/** The states that have cities, by name. */
export function statesOf(cities: readonly RankedCity[]): string[] {
	return [...new Set(cities.map((c) => c.state))].sort((a, b) => a.localeCompare(b));
}
