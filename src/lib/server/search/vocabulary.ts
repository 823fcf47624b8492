// The values each search filter may take, with their names in English and Hindi: read from the
// sector, component and city reference data and the practices' languages.
import { memo } from '../changes';
import { cityChoices, cityFilterOptions } from '../cities';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';
import { componentCatalogue, sectorCatalogue } from '../reference/catalogues';
import type { CatalogueEntry } from '../reference/catalogues';

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

// Kept in memory until a change notice names a table they come from (see changes.ts). The
// languages come from the practices, which change far more often than the catalogues: they are
// kept apart, so an edited practice does not make the rest be read again.
const languages = memo(['practices'], async (): Promise<string[]> => {
	const { data, error } = await publicDb()
		.from('practices')
		.select('language')
		.eq('status', 'published');
	if (error) throw new DatabaseError('reading the languages of practices', error);
	return [...new Set(['en', ...data.map((p) => p.language)])].sort();
});

const catalogues = memo(
	['sectors', 'iccc_components', 'cities'],
	async (): Promise<Omit<SearchVocabulary, 'languages'>> => {
		const [sectors, components, cities, cityOptions] = await Promise.all([
			sectorCatalogue(),
			componentCatalogue(),
			cityChoices(),
			cityFilterOptions()
		]);
		const bilingual = (items: CatalogueEntry[]) =>
			Object.fromEntries(items.map((i) => [i.slug, { en: i.name_en, hi: i.name_hi }]));
		return {
			sectors: sectors.map((s) => s.slug),
			components: components.map((c) => c.slug),
			states: cityOptions.states.map((s) => s.value).sort(),
			cities: cities.map((c) => c.slug),
			names: {
				sectors: bilingual(sectors),
				components: bilingual(components),
				cities: Object.fromEntries(cities.map((c) => [c.slug, c.name]))
			}
		};
	}
);

let kept: { parts: [object, string[]]; value: SearchVocabulary } | undefined;

/** The values each filter may take, with their names (kept in memory). */
export async function searchVocabulary(): Promise<SearchVocabulary> {
	const [rest, langs] = await Promise.all([catalogues.get(), languages.get()]);
	// The same object while neither part changed, so callers may keep things derived from it.
	if (kept?.parts[0] !== rest || kept.parts[1] !== langs) {
		kept = { parts: [rest, langs], value: { ...rest, languages: langs } };
	}
	return kept.value;
}
