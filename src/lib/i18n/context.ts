import { getContext, setContext } from 'svelte';
import {
	listCities,
	listComponents,
	listPlaces,
	placeName,
	shownComponentName,
	shownPlaceName,
	type CityName,
	type ComponentNames,
	type ListedPlace,
	type PlaceKind,
	type PlaceNames,
	type ShownName
} from '$lib/places/names';
import { translator } from './index';
import type { Locale, Translate } from './index';

const key = Symbol('i18n');

interface I18n {
	readonly locale: Locale;
	readonly t: Translate;
	/** A place's name in the reader's language, or `english` when it has none. */
	place(kind: PlaceKind, key: string, english: string): string;
	/** As `place`, with the `lang` to give an element that holds nothing but the name. */
	shownPlace(kind: PlaceKind, key: string, english: string): ShownName;
	/** Places for a list or a select, named in the reader's language and sorted by those names. */
	places<T>(
		kind: PlaceKind,
		items: readonly T[],
		key: (item: T) => string,
		english?: (item: T) => string
	): ListedPlace<T>[];
	/** Cities for a list or a select, named in the reader's language and sorted by those names. */
	cities<T extends CityName>(items: readonly T[]): ListedPlace<T>[];
	/** An ICCC component's name in the reader's language. */
	componentName(component: ComponentNames): string;
	/** ICCC components for a list or a select, named in the reader's language and so sorted. */
	components<T extends ComponentNames>(items: readonly T[]): ListedPlace<T>[];
}

/**
 * Called once by the root layout; the getters are read on every use so a switch takes effect.
 * `getNames` gives the place names of the reader's language (the root layout's data).
 */
export function provideI18n(
	getLocale: () => Locale,
	getNames: () => PlaceNames = () => ({})
): void {
	setContext<I18n>(key, {
		get locale() {
			return getLocale();
		},
		get t() {
			return translator(getLocale());
		},
		place(kind, slug, english) {
			return placeName(getNames(), kind, slug, english);
		},
		shownPlace(kind, slug, english) {
			return shownPlaceName(getNames(), getLocale(), kind, slug, english);
		},
		places(kind, items, slug, english) {
			return listPlaces(getNames(), getLocale(), kind, items, slug, english);
		},
		cities(items) {
			return listCities(getNames(), getLocale(), items);
		},
		componentName(component) {
			return shownComponentName(getNames(), getLocale(), component).name;
		},
		components(items) {
			return listComponents(getNames(), getLocale(), items);
		}
	});
}

/** The current locale and its message lookup, for any component below the root layout. */
export function useI18n(): I18n {
	return getContext<I18n>(key);
}
