// Names of places in the reader's language: the cities, the states and union territories, the
// zonal councils and the ICCC components in Hindi, Gujarati and Marathi (the place_names table,
// seeded from supabase/data/place-names.csv with the source of each). Kept in memory until the
// table's change notice.
import type { Locale } from '$lib/i18n';
import { placeName, type NamePlace, type PlaceNames } from '$lib/places/names';
import { memo } from '../changes';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';

const names = memo(['place_names'], async (): Promise<Map<string, PlaceNames>> => {
	const { data, error } = await publicDb().from('place_names').select('kind, key, lang, name');
	if (error) throw new DatabaseError('reading the names of places', error);
	const byLocale = new Map<string, PlaceNames>();
	for (const row of data) {
		let own = byLocale.get(row.lang);
		if (!own) byLocale.set(row.lang, (own = {}));
		own[`${row.kind}:${row.key}`] = row.name;
	}
	return byLocale;
});

const none: PlaceNames = {};

/** Every place name known in a language, by `kind:key` (none for English: names are English). */
export async function placeNamesFor(locale: Locale): Promise<PlaceNames> {
	if (locale === 'en') return none;
	try {
		return (await names.get()).get(locale) ?? none;
	} catch (error) {
		// Pages still render, with the places' English names.
		console.error(`place names: ${(error as Error).message}`);
		return none;
	}
}

/** Names places in a language as a page's i18n context does (`place`): for files made on the server. */
export async function placeNamer(locale: Locale): Promise<NamePlace> {
	const own = await placeNamesFor(locale);
	return (kind, key, english) => placeName(own, kind, key, english);
}
