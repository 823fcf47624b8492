// What search engines and link previews read of a page: its canonical address and the address
// of each of its language versions. The language is normally the reader's cookie, which a crawler
// or a shared link does not carry, so each version also has an address of its own: the page with
// `?lang=xx`, which shows that one request in that language and saves nothing.
import { isLocale, locales } from '$lib/i18n';
import type { Locale } from '$lib/i18n';

/** The query parameter that asks for one request in a language. */
export const LANG_PARAM = 'lang';

/** Open Graph's locale for each language (language_TERRITORY). */
export const ogLocales: Record<Locale, string> = {
	en: 'en_IN',
	hi: 'hi_IN',
	gu: 'gu_IN',
	mr: 'mr_IN'
};

/** The language a URL asks for with `?lang=`, or null when it names none we have. */
export function requestedLocale(url: URL): Locale | null {
	const value = url.searchParams.get(LANG_PARAM);
	return isLocale(value) ? value : null;
}

export interface PageUrls {
	/** The page's own address: the language parameter kept only when the URL gave one. */
	canonical: string;
	/** One address per language, and `x-default` (no parameter: the reader's own language). */
	alternates: { hreflang: Locale | 'x-default'; href: string }[];
}

/**
 * A page's canonical and language addresses on `origin` (the configured public origin, never the
 * request's Host). Other query parameters (filters, paging) are kept: they choose what the page
 * shows.
 */
export function pageUrls(origin: string, url: URL): PageUrls {
	const withLang = (locale: Locale | null) => {
		const address = new URL(url.pathname, origin);
		for (const [name, value] of url.searchParams) {
			if (name !== LANG_PARAM) address.searchParams.append(name, value);
		}
		if (locale) address.searchParams.set(LANG_PARAM, locale);
		return address.href;
	};
	return {
		canonical: withLang(requestedLocale(url)),
		alternates: [
			...locales.map((locale) => ({ hreflang: locale, href: withLang(locale) })),
			{ hreflang: 'x-default' as const, href: withLang(null) }
		]
	};
}

/** A URL's path and query without the language parameter (where a language switch returns to). */
export function withoutLang(url: URL): string {
	const params = new URLSearchParams(url.search);
	params.delete(LANG_PARAM);
	const query = params.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}
