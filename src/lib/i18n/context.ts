import { getContext, setContext } from 'svelte';
import { placeName, type PlaceKind, type PlaceNames } from '$lib/places/names';
import { translator } from './index';
import type { Locale, Translate } from './index';

const key = Symbol('i18n');

interface I18n {
	readonly locale: Locale;
	readonly t: Translate;
	/** A place's name in the reader's language, or `english` when it has none. */
	place(kind: PlaceKind, key: string, english: string): string;
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
		}
	});
}

/** The current locale and its message lookup, for any component below the root layout. */
export function useI18n(): I18n {
	return getContext<I18n>(key);
}
