import { randomUUID } from 'node:crypto';
import { Marked, Tokenizer } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** One table-of-contents entry: a rendered h2 or h3 with its anchor id. */
export type TocEntry = { id: string; text: string; level: number };

/** Sanitised HTML of a practice's Markdown plus its table of contents. */
export type RenderedMarkdown = { html: string; toc: TocEntry[] };

// Nested blockquotes and lists make marked recurse once per level and re-lex the rest each time:
// 200 KB of `>` overflows the stack, 2,000 nested list levels take a minute. Deeper levels are
// left as plain text.
const MAX_CONTAINER_DEPTH = 16;
// For GFM e-mail autolinks marked rescans a whole run of e-mail-address characters at every
// `*`, `_` or `!` inside it: 40 KB of `_a_a…` takes seconds. A document whose runs would cost
// more than this (about 50 ms) is rendered without GFM, which stays linear. Real text, long URLs
// included, stays far below.
const GFM_SCAN_BUDGET = 25_000_000;
// The characters marked's GFM e-mail pattern scans over.
const EMAIL_CHARS = /[a-zA-Z0-9.!#$%&'*+/=?_`{|}~-]+/g;
// Our own output nests far less than this; raw HTML may not nest deeper either.
const NESTING_LIMIT = 100;
// Heading ids stay readable in a URL.
const MAX_SLUG_LENGTH = 80;
// Only h2 and h3 headings go into the table of contents.
const MAX_TOC_LEVEL = 3;

const ALIGN_CLASSES = ['align-left', 'align-center', 'align-right'];
// Marks headings this module rendered, so a heading typed as raw HTML never gets to keep an id.
const HEADING_MARK = 'data-citysetu-heading';

type UrlKind = 'external' | 'mailto' | 'relative';

// C0 and C1 controls, space, DEL and invisible spaces. Browsers drop some of these anywhere in
// a URL (`java\tscript:`), so a URL is judged with all of them removed.
const IGNORED_IN_URL =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/** What a link or image URL points to, or null when it must not be used at all. */
function classifyUrl(raw: string): UrlKind | null {
	const url = raw.replace(IGNORED_IN_URL, '');
	// `//host` and `/\host` (browsers read `\` as `/`) are protocol-relative: another site.
	if (/^[/\\]{2}/.test(url)) return null;
	// Anything with a colon before the first `/`, `?` or `#` has a scheme (or might, to some
	// browser); only the three we know are harmless survive.
	const scheme = /^([^/?#:]*):/.exec(url)?.[1].toLowerCase();
	if (scheme === undefined) return 'relative';
	if (scheme === 'http' || scheme === 'https') return 'external';
	if (scheme === 'mailto') return 'mailto';
	return null;
}

const TEXT_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** Plain text of an HTML fragment, whitespace collapsed. */
function htmlToText(html: string): string {
	// sanitize-html decodes every entity while parsing and re-escapes only these four, so
	// decoding them afterwards gives the exact text a browser would show.
	// A space after line breaks and block ends, so words of adjacent blocks do not run together.
	const spaced = html.replace(
		/<(?:br|hr)\b[^>]*>|<\/(?:p|h[1-6]|li|t[dhr]|blockquote|pre)>/gi,
		'$& '
	);
	const escaped = sanitizeHtml(spaced, {
		allowedTags: [],
		allowedAttributes: {}
	});
	return escaped
		.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => TEXT_ENTITIES[name])
		.replace(/\s+/g, ' ')
		.trim();
}

/** Anchor slug of a heading: letters, marks and digits of any script, hyphen-separated. */
function slugify(text: string): string {
	// Combining marks (\p{M}) are kept: Devanagari and Gujarati vowel signs are marks.
	const words = text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
		.split(/[\s-]+/u)
		.filter(Boolean);
	const slug = Array.from(words.join('-')).slice(0, MAX_SLUG_LENGTH).join('');
	return slug.replace(/-+$/, '') || 'section';
}

/** Rough cost of marked's GFM e-mail scanning: per run, its length times its punctuation. */
function gfmScanCost(markdown: string): number {
	let cost = 0;
	for (const [run] of markdown.matchAll(EMAIL_CHARS)) {
		cost += run.length * run.replace(/[a-zA-Z0-9]+/g, '').length;
	}
	return cost;
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** A marked instance for one render: its heading ids, toc and work budgets are per document. */
function createMarked(nonce: string, toc: TocEntry[], gfm: boolean): Marked {
	const usedIds = new Set<string>();
	const nextSuffix = new Map<string, number>();
	let containerDepth = 0;

	const uniqueId = (slug: string): string => {
		let n = nextSuffix.get(slug) ?? 1;
		let id = n === 1 ? `h-${slug}` : `h-${slug}-${n}`;
		// A heading literally called "Intro 2" may already own `h-intro-2`.
		while (usedIds.has(id)) id = `h-${slug}-${++n}`;
		nextSuffix.set(slug, n + 1);
		usedIds.add(id);
		return id;
	};

	const nested = <T>(lex: () => T): T | undefined => {
		if (containerDepth >= MAX_CONTAINER_DEPTH) return undefined;
		containerDepth++;
		try {
			return lex();
		} finally {
			containerDepth--;
		}
	};

	return new Marked({
		gfm,
		breaks: false,
		tokenizer: {
			blockquote(src) {
				return nested(() => Tokenizer.prototype.blockquote.call(this, src));
			},
			list(src) {
				return nested(() => Tokenizer.prototype.list.call(this, src));
			}
		},
		renderer: {
			heading({ tokens, depth }) {
				const inner = this.parser.parseInline(tokens);
				const text = htmlToText(inner);
				const id = uniqueId(slugify(text));
				// The page's title is its h1, so a Markdown `#` becomes h2; sections are written `##`.
				const level = Math.max(depth, 2);
				if (level <= MAX_TOC_LEVEL) toc.push({ id, text, level });
				return `<h${level} id="${id}" ${HEADING_MARK}="${nonce}">${inner}</h${level}>\n`;
			},
			tablecell({ tokens, header, align }) {
				// Alignment as a class: style attributes are never allowed through.
				const tag = header ? 'th' : 'td';
				const cls = align ? ` class="align-${align}"` : '';
				return `<${tag}${cls}>${this.parser.parseInline(tokens)}</${tag}>\n`;
			},
			checkbox({ checked }) {
				// Task lists: a symbol instead of a (disallowed) disabled <input>.
				return checked ? '☑ ' : '☐ ';
			},
			image({ href, text }) {
				// Keep the alt text of an image whose source is not allowed; the sanitizer would drop
				// the whole <img>. Safe ones use marked's own renderer.
				const kind = classifyUrl(href);
				return kind === null || kind === 'mailto' ? escapeHtml(text) : false;
			}
		}
	});
}

/** Keeps a link's href only if it is safe; external links get rel="nofollow ugc noopener". */
function transformLink(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
	// attribs arrive entity-decoded, so `&#106;avascript:` is judged as `javascript:`.
	const kind = attribs.href === undefined ? null : classifyUrl(attribs.href);
	// An <a> without href is inert text. (Renaming the tag to drop it would be neater, but
	// sanitize-html then mislabels the closing tag of a later link at the same depth.)
	const out: sanitizeHtml.Attributes = kind === null ? {} : { href: attribs.href.trim() };
	if (attribs.title) out.title = attribs.title;
	if (kind === 'external') out.rel = 'nofollow ugc noopener';
	return { tagName: 'a', attribs: out };
}

/** Keeps an image only with an http(s) or relative src (exclusiveFilter drops the rest). */
function transformImage(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
	const kind = attribs.src === undefined ? null : classifyUrl(attribs.src);
	const out: sanitizeHtml.Attributes = { alt: attribs.alt ?? '' };
	if (kind === 'external' || kind === 'relative') out.src = attribs.src.trim();
	if (attribs.title) out.title = attribs.title;
	for (const size of ['width', 'height']) {
		if (/^\d{1,4}$/.test(attribs[size] ?? '')) out[size] = attribs[size];
	}
	return { tagName: 'img', attribs: out };
}

/** Keeps a numeric `start` on ordered lists. */
function transformOrderedList(
	_tagName: string,
	attribs: sanitizeHtml.Attributes
): sanitizeHtml.Tag {
	const start = attribs.start;
	return { tagName: 'ol', attribs: start && /^\d{1,9}$/.test(start) ? { start } : {} };
}

/** The allowlist. Everything not named here is removed; the text of removed tags is kept. */
function sanitizeOptions(nonce: string): sanitizeHtml.IOptions {
	const transformHeading = (
		tagName: string,
		attribs: sanitizeHtml.Attributes
	): sanitizeHtml.Tag => {
		if (attribs[HEADING_MARK] === nonce && attribs.id) {
			return { tagName, attribs: { id: attribs.id } };
		}
		// A heading written as raw HTML is clamped like a Markdown one and gets no id, so it can
		// neither become a second h1 nor clash with the generated anchors.
		return { tagName: tagName === 'h1' ? 'h2' : tagName, attribs: {} };
	};
	return {
		// No h1: the page has its own, and `#` headings become h2.
		allowedTags: [
			'h2',
			'h3',
			'h4',
			'h5',
			'h6',
			'p',
			'br',
			'hr',
			'strong',
			'em',
			'del',
			'code',
			'pre',
			'blockquote',
			'ul',
			'ol',
			'li',
			'table',
			'thead',
			'tbody',
			'tr',
			'th',
			'td',
			'a',
			'img'
		],
		allowedAttributes: {
			a: ['href', 'title', 'rel'],
			img: ['src', 'alt', 'title', 'width', 'height'],
			ol: ['start'],
			h2: ['id'],
			h3: ['id'],
			h4: ['id'],
			h5: ['id'],
			h6: ['id']
		},
		allowedClasses: { th: ALIGN_CLASSES, td: ALIGN_CLASSES },
		allowedSchemes: ['http', 'https', 'mailto'],
		allowedSchemesByTag: { img: ['http', 'https'] },
		allowedSchemesAppliedToAttributes: ['href', 'src'],
		allowProtocolRelative: false,
		disallowedTagsMode: 'discard',
		// sanitize-html's defaults plus a few more elements whose content is not prose.
		nonTextTags: ['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'template', 'title'],
		nestingLimit: NESTING_LIMIT,
		exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
		transformTags: {
			a: transformLink,
			img: transformImage,
			ol: transformOrderedList,
			h1: transformHeading,
			h2: transformHeading,
			h3: transformHeading,
			h4: transformHeading,
			h5: transformHeading,
			h6: transformHeading
		}
	};
}

/** Renders a practice's Markdown to sanitised HTML with heading anchors and a table of contents. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
	// Unguessable per render, so raw HTML in the document cannot pass as one of our headings.
	const nonce = randomUUID();
	const toc: TocEntry[] = [];
	const source = markdown.normalize('NFC');
	const gfm = gfmScanCost(source) <= GFM_SCAN_BUDGET;
	const dirty = createMarked(nonce, toc, gfm).parse(source, { async: false });
	return { html: sanitizeHtml(dirty, sanitizeOptions(nonce)), toc };
}

/** Plain text of a practice's Markdown, for search indexing and summaries. */
export function markdownToText(markdown: string): string {
	return htmlToText(renderMarkdown(markdown).html);
}
