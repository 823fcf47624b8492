import { getContext, setContext } from 'svelte';
import { translator } from './index';
import type { Locale, Translate } from './index';

const key = Symbol('i18n');

interface I18n {
	readonly locale: Locale;
	readonly t: Translate;
}

/** Called once by the root layout; `getLocale` is read on every use so a switch takes effect. */
export function provideI18n(getLocale: () => Locale): void {
	setContext<I18n>(key, {
		get locale() {
			return getLocale();
		},
		get t() {
			return translator(getLocale());
		}
	});
}

/** The current locale and its message lookup, for any component below the root layout. */
export function useI18n(): I18n {
	return getContext<I18n>(key);
}
