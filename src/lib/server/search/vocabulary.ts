// The values each search filter may take, with their names in English and Hindi: read from the
// sector, component and city helpers and cached for a minute.
import { cityChoices, cityFilterOptions } from '../cities';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';
import { listComponents, listSectors } from '../practices';

export interface SearchVocabulary {
	sectors: string[];
	components: string[];
	states: string[];
	cities: string[];
	languages: string[];
	/** Names to show for facet values: sectors and components in English and Hindi. */
	names: {
		sectors: Record<string, { en: string; hi: string }>;
		components: Record<string, { en: string; hi: string }>;
		cities: Record<string, string>;
	};
}

const TTL_MS = 60_000;
let cache: { at: number; value: SearchVocabulary } | undefined;

/** The values each filter may take, with their names (cached a minute). */
export async function searchVocabulary(): Promise<SearchVocabulary> {
	if (cache && Date.now() - cache.at < TTL_MS) return cache.value;
	const [sectors, components, cities, cityOptions, languages] = await Promise.all([
		listSectors(),
		listComponents(),
		cityChoices(),
		cityFilterOptions(),
		publicDb().from('practices').select('language').eq('status', 'published')
	]);
	if (languages.error) {
		throw new DatabaseError('reading the languages of practices', languages.error);
	}
	const bilingual = (items: { slug: string; name_en: string; name_hi: string }[]) =>
		Object.fromEntries(items.map((i) => [i.slug, { en: i.name_en, hi: i.name_hi }]));
	const value: SearchVocabulary = {
		sectors: sectors.map((s) => s.slug),
		components: components.map((c) => c.slug),
		states: cityOptions.states.map((s) => s.value).sort(),
		cities: cities.map((c) => c.slug),
		languages: [...new Set(['en', ...languages.data.map((p) => p.language)])].sort(),
		names: {
			sectors: bilingual(sectors),
			components: bilingual(components),
			cities: Object.fromEntries(cities.map((c) => [c.slug, c.name]))
		}
	};
	cache = { at: Date.now(), value };
	return value;
}
