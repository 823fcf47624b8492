// Names of places in the reader's language. The root layout's data carries the names of the
// reader's language (none for English, whose names are the data's own); pages name a place
// through the i18n context's `place`, which falls back to the English name, and list places
// (filters, selects) in the order of the names shown, as the reader's language sorts them.

export type PlaceKind = 'city' | 'state' | 'zone' | 'component';

/** Names by `kind:key`: `city:kanpur` → कानपुर. */
export type PlaceNames = Record<string, string>;

/** Names a place in the reader's language, else by its English name (the context's `place`). */
export type NamePlace = (kind: PlaceKind, key: string, english: string) => string;

/** A name as a page shows it: `lang` is 'en' for an English name on a page in another language. */
export interface ShownName {
	name: string;
	lang: 'en' | undefined;
}

/** A city as data carries it for a page to name: its slug (the key) and English name. */
export interface CityName {
	slug: string;
	name: string;
}

/** An ICCC component as the data carries it, with its own English and Hindi names. */
export interface ComponentNames {
	slug: string;
	name_en: string;
	name_hi: string;
}

/** A choice in a list the reader sees: its key (what a form submits) and its shown name. */
export interface ListedName extends ShownName {
	key: string;
}

/** A place in a list the reader sees, with the item it names. */
export interface ListedPlace<T> extends ListedName {
	item: T;
}

/** A place's name from `names`, or its English name when the language has none. */
export function placeName(
	names: PlaceNames,
	kind: PlaceKind,
	key: string,
	english: string
): string {
	return names[`${kind}:${key}`] ?? english;
}

/** A place's name for a page in `locale`, marking an English name left as it is. */
export function shownPlaceName(
	names: PlaceNames,
	locale: string,
	kind: PlaceKind,
	key: string,
	english: string
): ShownName {
	const name = placeName(names, kind, key, english);
	// Screen readers read an English name on a Hindi page with English sounds only when told.
	return { name, lang: locale !== 'en' && name === english ? 'en' : undefined };
}

// Making a collator costs far more than comparing with it: one per language, reused.
const collators = new Map<string, Intl.Collator>();

/**
 * Items in the order of the names the reader sees, as the reader's language sorts them (not by
 * their English names, nor code point by code point).
 */
export function sortByName<T extends { name: string }>(items: readonly T[], locale: string): T[] {
	let collator = collators.get(locale);
	if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
	return [...items].sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Places for a list or a select: named for a page in `locale` and sorted by those names. A
 * place's English name is its key unless `english` says otherwise (states are keyed so).
 */
export function listPlaces<T>(
	names: PlaceNames,
	locale: string,
	kind: PlaceKind,
	items: readonly T[],
	key: (item: T) => string,
	english: (item: T) => string = key
): ListedPlace<T>[] {
	return sortByName(
		items.map((item) => ({
			key: key(item),
			...shownPlaceName(names, locale, kind, key(item), english(item)),
			item
		})),
		locale
	);
}

/**
 * An ICCC component's name for a page in `locale`: in Hindi its record's own name, in the other
 * languages the place names (which hold no Hindi for components).
 */
export function shownComponentName(
	names: PlaceNames,
	locale: string,
	component: ComponentNames
): ShownName {
	return locale === 'hi'
		? { name: component.name_hi, lang: undefined }
		: shownPlaceName(names, locale, 'component', component.slug, component.name_en);
}

/** ICCC components for a list or a select: named for a page in `locale` and sorted by those names. */
export function listComponents<T extends ComponentNames>(
	names: PlaceNames,
	locale: string,
	items: readonly T[]
): ListedPlace<T>[] {
	return sortByName(
		items.map((item) => ({
			key: item.slug,
			...shownComponentName(names, locale, item),
			item
		})),
		locale
	);
}

/** Cities for a list or a select: named for a page in `locale` and sorted by those names. */
export function listCities<T extends CityName>(
	names: PlaceNames,
	locale: string,
	items: readonly T[]
): ListedPlace<T>[] {
	return listPlaces(
		names,
		locale,
		'city',
		items,
		(city) => city.slug,
		(city) => city.name
	);
}
