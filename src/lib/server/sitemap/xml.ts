// The sitemap's XML, as the sitemaps.org 0.9 schema has it: a <urlset> in the schema's namespace
// of at most 50,000 <url> entries, each with an absolute <loc> (12 to 2,048 characters) and
// optionally a <lastmod> in the W3C date format. Node-safe and pure, so the tests check it whole.

export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** The schema's limit on entries in one file (and 50 MB, which 50,000 short entries stay under). */
export const MAX_URLS = 50_000;

export interface SitemapEntry {
	/** The page's path on the public origin, with its query when it has one: `/cities/rajkot`. */
	path: string;
	/** When the page's data last changed: an ISO timestamp or a YYYY-MM-DD day. */
	lastmod?: string | null;
}

/** Text for an XML element: the five characters XML reserves, escaped. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`
	);
}

/**
 * A timestamp in the W3C date format (a profile of ISO 8601): `2026-12-03T09:30:00+00:00`,
 * to the second, in UTC. A bare day stays a day. Postgres gives microseconds and `+00:00`;
 * anything unreadable is null (the entry goes without a date rather than with a wrong one).
 */
export function w3cDate(value: string): string | null {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
	const time = Date.parse(value);
	if (Number.isNaN(time)) return null;
	return new Date(time).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The newest of some timestamps (null when none is given). */
export function newest(values: readonly (string | null | undefined)[]): string | null {
	let best: string | null = null;
	let bestTime = -Infinity;
	for (const value of values) {
		const time = value ? Date.parse(value) : NaN;
		if (!Number.isNaN(time) && time > bestTime) [best, bestTime] = [value!, time];
	}
	return best;
}

/**
 * The sitemap of `entries` on `origin` (the configured public origin), one entry per distinct
 * address, in the order given. Throws past the schema's 50,000 entries: a site that large needs
 * a sitemap index, not a silently shortened list.
 */
export function sitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
	const seen = new Set<string>();
	const urls: string[] = [];
	for (const entry of entries) {
		const loc = new URL(entry.path, origin).href;
		if (seen.has(loc)) continue;
		seen.add(loc);
		const lastmod = entry.lastmod ? w3cDate(entry.lastmod) : null;
		urls.push(
			`<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`
		);
	}
	if (urls.length > MAX_URLS) {
		throw new Error(
			`the sitemap has ${urls.length} entries, over the ${MAX_URLS} one file may hold`
		);
	}
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<urlset xmlns="${SITEMAP_NAMESPACE}">`,
		...urls,
		'</urlset>',
		''
	].join('\n');
}
