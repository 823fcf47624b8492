// The cities as rankings show them: name, state and zone, by id (scores name cities by id).
// Read from the cities kept in memory (cities.ts), which change notices keep current.
import type { Zone } from '$lib/cities';
import { allCities } from '../cities';

export interface RankedCity {
	id: string;
	slug: string;
	name: string;
	name_local: string | null;
	name_local_lang: string | null;
	state: string;
	zonal_council: Zone;
}

/** Every city, by name. */
export async function assessmentCities(): Promise<RankedCity[]> {
	return (await allCities()).map(
		({ id, slug, name, name_local, name_local_lang, state, zonal_council }) => ({
			id,
			slug,
			name,
			name_local,
			name_local_lang,
			state,
			zonal_council
		})
	);
}

/** The states that have cities, by name. */
export function statesOf(cities: readonly RankedCity[]): string[] {
	return [...new Set(cities.map((c) => c.state))].sort((a, b) => a.localeCompare(b));
}
