// How assessment values read, in the reader's language: 95%, 4 stars, level 3 of 5; a mean with
// one decimal; a change with its sign. Shared by the pages, the charts and the CSV files.
import { numberFormat } from '$lib/i18n/formats';
import { intlTags, translate } from '$lib/i18n';
import type { Locale, MessageKey } from '$lib/i18n';
import type { Enums } from '$lib/database.types';

type Scheme = Enums<'score_scheme'>;

/** The top of each scheme's scale (the charts' axis ends there). */
export const schemeMax: Record<Scheme, number> = { percentage: 100, level: 5, stars: 5 };

/** A number with at most `digits` decimals, in the locale's digits and grouping. */
export function formatDecimal(locale: Locale, value: number, digits: number): string {
	return numberFormat(intlTags[locale], { maximumFractionDigits: digits }).format(value);
}

/** Decimals shown: a stored percentage keeps its two, a mean or a change gets one. */
function digitsFor(scheme: Scheme, stored: boolean): number {
	if (stored) return scheme === 'percentage' ? 2 : 0;
	return 1;
}

/** A value as words: "95%", "4 stars", "level 3 of 5" (a mean: "3.4 stars"). */
export function scoreText(locale: Locale, scheme: Scheme, value: number, stored = true): string {
	const rounded = Number(value.toFixed(digitsFor(scheme, stored)));
	const text = formatDecimal(locale, rounded, digitsFor(scheme, stored));
	const key: MessageKey = `assessment.value.${scheme}`;
	return translate(locale, key, { value: text, count: rounded });
}

/** Stars as glyphs (★★★★☆) for a whole number of stars, else null. */
export function starGlyphs(value: number): string | null {
	if (!Number.isInteger(value) || value < 0 || value > 5) return null;
	return '★'.repeat(value) + '☆'.repeat(5 - value);
}

/** A change with its sign in the scheme's units: "+5 points", "−1 star". */
export function changeText(locale: Locale, scheme: Scheme, change: number): string {
	const rounded = Number(change.toFixed(1));
	const text = numberFormat(intlTags[locale], {
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(rounded);
	const key: MessageKey = `assessment.change.${scheme}`;
	return translate(locale, key, { value: text, count: Math.abs(rounded) });
}

/** A name in the reader's language where the data has it, with the language it is in. */
export function localName(
	item: { name_en: string; name_hi: string | null },
	locale: Locale
): { text: string; lang: Locale } {
	if (locale === 'hi' && item.name_hi) return { text: item.name_hi, lang: 'hi' };
	return { text: item.name_en, lang: 'en' };
}

/** A framework's description in the reader's language where the data has it. */
export function localDescription(
	item: { description_en: string; description_hi: string },
	locale: Locale
): { text: string; lang: Locale } | null {
	if (locale === 'hi' && item.description_hi) return { text: item.description_hi, lang: 'hi' };
	if (item.description_en) return { text: item.description_en, lang: 'en' };
	return item.description_hi ? { text: item.description_hi, lang: 'hi' } : null;
}
