// Highlights: Meilisearch marks matches with private-use markers, and the Postgres fallback marks
// the query's terms itself; both become escaped text with <mark> only here.
import { MARK_END, MARK_START } from './documents.ts';

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Escapes text and turns the highlight markers into <mark> elements. */
export function markedHtml(text: string): string {
	const escaped = text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
	// Balanced by construction: each start marker written has its end marker.
	return escaped.replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** Text from the database may not carry highlight markers of its own. */
export const withoutMarkers = (text: string) => text.replace(/[\uE000\uE001]/g, '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wraps each occurrence of the terms in highlight markers (case-insensitive). */
export function markTerms(text: string, terms: string[]): string {
	const usable = [...new Set(terms.filter((t) => t.length >= 2))].sort(
		(a, b) => b.length - a.length
	);
	if (usable.length === 0) return text;
	const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
	return text.replace(pattern, (found) => `${MARK_START}${found}${MARK_END}`);
}

/** About thirty words of the text around the first term found, with … where it was cut. */
export function crop(text: string, terms: string[], words = 30): string {
	const all = text.split(/\s+/).filter(Boolean);
	if (all.length <= words) return text;
	const lower = all.map((w) => w.toLowerCase());
	const at = lower.findIndex((w) => terms.some((t) => w.includes(t.toLowerCase())));
	const start = Math.max(0, Math.min(at < 0 ? 0 : at - Math.floor(words / 3), all.length - words));
	const cut = all.slice(start, start + words).join(' ');
	return `${start > 0 ? '…' : ''}${cut}${start + words < all.length ? '…' : ''}`;
}
