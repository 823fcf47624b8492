// The site's own pages (GIGW 3.0): help, the policies and contact. Their text is content, kept in
// the database per language and edited by admins; their addresses and order are code.

/** Each page's slug, which is also its address (`/privacy`), in the footer's order. */
export const SITE_PAGES = [
	'help',
	'contact',
	'accessibility',
	'screen-reader',
	'privacy',
	'terms',
	'copyright',
	'hyperlinking',
	'archival'
] as const;

export type SitePageSlug = (typeof SITE_PAGES)[number];

export function isSitePage(slug: string): slug is SitePageSlug {
	return (SITE_PAGES as readonly string[]).includes(slug);
}

/**
 * What a page's Markdown may hold on a line of its own, for the site to fill in: the deploying
 * body's name and address (`{{owner}}`), and the latest automated accessibility checks
 * (`{{axe-results}}`).
 */
export const BLOCKS = ['owner', 'axe-results'] as const;
export type Block = (typeof BLOCKS)[number];

export type Part = { markdown: string } | { block: Block };

const BLOCK_LINE = new RegExp(`^[ \\t]*\\{\\{(${BLOCKS.join('|')})\\}\\}[ \\t]*$`, 'gm');

/**
 * Splits a page's Markdown at its block lines, so each run of Markdown is rendered alone and
 * each block is drawn by the site. A `{{name}}` the site does not know, or one inside a line of
 * text, stays as written.
 */
export function splitBlocks(markdown: string): Part[] {
	const parts: Part[] = [];
	let from = 0;
	for (const match of markdown.matchAll(BLOCK_LINE)) {
		const text = markdown.slice(from, match.index);
		if (text.trim()) parts.push({ markdown: text });
		parts.push({ block: match[1] as Block });
		from = match.index + match[0].length;
	}
	const rest = markdown.slice(from);
	if (rest.trim()) parts.push({ markdown: rest });
	return parts;
}
