// City traits (city-traits.json): the kinds of city the 2020 Sister Cities pairing matched on —
// capital with capital, hill with hill, coastal with coastal, pilgrimage with pilgrimage. The
// file says true, false or null (unknown) per trait; only a trait both cities have for certain
// counts as shared, so an unknown trait never reads as false.
import traitsData from './city-traits.json' with { type: 'json' };

export const cityTraitNames = ['capital', 'coastal', 'hill', 'island', 'pilgrimage'] as const;
export type CityTrait = (typeof cityTraitNames)[number];

/** One city's traits: true, false, or null (or absent) when unknown. */
export type CityTraits = { readonly [T in CityTrait]?: boolean | null };

export interface CityTraitsEntry extends CityTraits {
	slug: string;
	/** What the city's values rest on. */
	source: string;
}

/** The entries of the data file, in the order of the cities data file. */
export const cityTraitsEntries: readonly CityTraitsEntry[] = (
	traitsData as { cities: CityTraitsEntry[] }
).cities;

const bySlug = new Map(cityTraitsEntries.map((entry) => [entry.slug, entry]));

/** Looks a city's traits up by slug; an unknown city has every trait unknown. */
export type TraitsLookup = (slug: string) => CityTraits | undefined;

/** The traits the data file records for a city, or undefined for a city it does not list. */
export const traitsOf: TraitsLookup = (slug) => bySlug.get(slug);

/** The traits both cities are known to have, in the order of `cityTraitNames`. */
export function sharedTraits(a: CityTraits | undefined, b: CityTraits | undefined): CityTrait[] {
	return cityTraitNames.filter((trait) => a?.[trait] === true && b?.[trait] === true);
}

/** The traits a city is known to have. */
export function knownTraits(traits: CityTraits | undefined): CityTrait[] {
	return cityTraitNames.filter((trait) => traits?.[trait] === true);
}
