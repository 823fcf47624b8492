// What a search answers, and helpers the search page shares between the server and the browser.
// Plain TypeScript with no imports: the Node-safe search modules use it too.

/**
 * The search's facets, defined once, in the order the page lists them: the URL parameter that
 * filters by each, and the field of the index (and of the answer's `facets`) it narrows.
 */
export const FACETS = [
	{ param: 'type', field: 'type' },
	{ param: 'kind', field: 'kind' },
	{ param: 'sector', field: 'sectors' },
	{ param: 'component', field: 'components' },
	{ param: 'language', field: 'language' },
	{ param: 'state', field: 'state' },
	{ param: 'zone', field: 'zone' },
	{ param: 'city', field: 'city' }
] as const;
export type FilterName = (typeof FACETS)[number]['param'];
export type FacetField = (typeof FACETS)[number]['field'];
export type SearchFilters = Partial<Record<FilterName, string>>;

/** Best match first (the default), or the most recently updated first. */
export const SORTS = ['relevance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchHit {
	type: 'practice' | 'city';
	slug: string;
	title: string;
	title_en: string;
	summary_en: string;
	language: string;
	kind: string | null;
	city: { slug: string; name: string };
	/** HTML-escaped text with <mark> around the matched words. */
	highlight: { title: string; title_language: string; snippet: string; snippet_language: string };
}

export interface SearchResult {
	engine: 'meilisearch' | 'postgres';
	total: number;
	page: number;
	per_page: number;
	hits: SearchHit[];
	/** For each facet, how many results have each value: only when asked for. */
	facets?: Record<string, Record<string, number>>;
	/**
	 * The query written in the script of the texts it matched (`pustakalay` → पुस्तकालय), to
	 * offer as a search of its own: only when a Latin word matched an Indic one.
	 */
	also?: { q: string; language: string };
	took_ms: number;
}

export interface Segment {
	text: string;
	mark: boolean;
}

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'"
};

/**
 * A highlight from the search API (escaped text with <mark> around matches) as text segments,
 * so the page renders it as text, never as HTML.
 */
export function highlightSegments(html: string): Segment[] {
	const segments: Segment[] = [];
	let mark = false;
	for (const part of html.split(/(<mark>|<\/mark>)/)) {
		if (part === '<mark>') mark = true;
		else if (part === '</mark>') mark = false;
		else if (part) {
			segments.push({ text: part.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]), mark });
		}
	}
	return segments;
}

/** The search URL with one parameter set (or removed, with null), back to page 1. */
export function withParam(params: URLSearchParams, name: string, value: string | null): string {
	const next = new URLSearchParams(params);
	if (value === null || value === '') next.delete(name);
	else next.set(name, value);
	next.delete('page');
	const query = next.toString();
	return query ? `/search?${query}` : '/search';
}

/** Searches to offer when nothing matched, or before anything was asked. */
export const exampleSearches = [
	'ICCC',
	'Safe City CCTV',
	'डिजिटल लाइब्रेरी',
	'કંટ્રોલ રૂમ',
	'SCADA',
	'जपान करार',
	'COVID control room'
];
