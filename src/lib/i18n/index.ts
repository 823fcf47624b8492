import { dateFormat, numberFormat } from './formats';
import type { Message, MessageKey } from './en';

export const locales = ['en', 'hi', 'gu', 'mr'] as const;
export type Locale = (typeof locales)[number];
export type { MessageKey };
export const defaultLocale: Locale = 'en';

/** The cookie that keeps a reader's language choice. */
export const LOCALE_COOKIE = 'locale';

type Catalogue = Record<MessageKey, Message>;

// Each language's messages are a module of their own, loaded when first needed: a page in the
// browser loads only its reader's language (the root layout's load waits for it), and the server
// loads all of them before it answers (hooks' init).
const loaders: Record<Locale, () => Promise<Catalogue>> = {
	en: () => import('./en').then((m) => m.en),
	hi: () => import('./hi').then((m) => m.hi),
	gu: () => import('./gu').then((m) => m.gu),
	mr: () => import('./mr').then((m) => m.mr)
};
const catalogues: Partial<Record<Locale, Catalogue>> = {};

/** Loads a language's messages, once; `translate` needs them loaded. */
export async function loadCatalogue(locale: Locale): Promise<void> {
	catalogues[locale] ??= await loaders[locale]();
}

/** Loads every language's messages: the server's start, and tests. */
export async function loadAllCatalogues(): Promise<void> {
	await Promise.all(locales.map(loadCatalogue));
}

/** Whether a string is a message key (every catalogue has the same keys: any loaded one says). */
export function isMessageKey(value: string): value is MessageKey {
	const catalogue = catalogues[defaultLocale] ?? Object.values(catalogues)[0];
	return catalogue !== undefined && Object.hasOwn(catalogue, value);
}

/** The BCP 47 tag Intl formats each language with (Indian digit grouping: 1,00,000). */
export const intlTags: Record<Locale, string> = {
	en: 'en-IN',
	hi: 'hi-IN',
	gu: 'gu-IN',
	mr: 'mr-IN'
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header, honouring q-values.
 * `hi-IN;q=0.9, en;q=0.8` → 'hi'.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
	if (!header) return defaultLocale;
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return {
				base: tag.trim().toLowerCase().split('-')[0],
				weight: Number.isFinite(weight) ? weight : 0,
				index
			};
		})
		.filter((entry) => entry.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.index - b.index);
	return (
		(ranked.find((entry) => isLocale(entry.base))?.base as Locale | undefined) ?? defaultLocale
	);
}

export type Params = Record<string, string | number>;

/** Formats a number for the locale (Indian digit grouping). */
export function formatNumber(locale: Locale, value: number): string {
	return numberFormat(intlTags[locale]).format(value);
}

// One plural rule set per locale: building one costs more than the rest of a translation.
const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Looks a message up and fills in `{name}` placeholders. Numbers are formatted for the locale;
 * a message with `one`/`other` forms picks by the `count` parameter.
 */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
	const catalogue = catalogues[locale];
	const message = catalogue?.[key];
	// A key computed from data the type checker could not see (an unknown kind, say), or a
	// catalogue not loaded: show the key rather than fail the whole page.
	if (message === undefined) {
		console.error(
			catalogue ? `i18n: no message for “${key}”` : `i18n: the ${locale} messages are not loaded`
		);
		return key;
	}
	let text: string;
	if (typeof message === 'string') text = message;
	else {
		let rules = pluralRules.get(locale);
		if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTags[locale])));
		const rule = rules.select(Number(params.count ?? 0));
		text = rule === 'one' ? message.one : message.other;
	}
	if (!text.includes('{')) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(locale, value) : value;
	});
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
	return (key, params) => translate(locale, key, params);
}

/** Each language's name in its own script, as a language switch shows it. */
export const localeNames: Record<Locale, string> = {
	en: 'English',
	hi: 'हिन्दी',
	gu: 'ગુજરાતી',
	mr: 'मराठी'
};

/** A date and time in India Standard Time, as the Mission works, in the reader's language. */
export function formatDateTime(locale: Locale, iso: string): string {
	return dateFormat(intlTags[locale], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Kolkata'
	}).format(new Date(iso));
}
