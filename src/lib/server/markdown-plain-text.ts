// Markdown as readable plain text with its structure kept (paragraphs, lists, table rows, each
// link followed by its address), for places that take no HTML: a calendar entry's description.
// markdown.ts's markdownToText flattens instead, for search.
import { renderMarkdown } from './markdown';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot);/g, (_, name) => ENTITIES[name]);
const attribute = (attributes: string, name: string) =>
	decode(new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1] ?? '');

/**
 * Readable plain text of Markdown: paragraphs, bulleted and numbered lists, table rows, code
 * as written, and each link followed by its address. It reads the sanitised HTML that
 * renderMarkdown makes (so its limits and URL checks apply), in which text never holds a raw
 * `<` and attributes are double-quoted: tags can be told from text by pattern.
 */
export function markdownToPlainText(markdown: string): string {
	const lists: { ordered: boolean; next: number }[] = [];
	let out = '';
	let lineHasText = false;
	let inPre = false;
	let firstCell = true;
	let link: { href: string; from: number } | null = null;

	// Text continues the line; spaces at its start are dropped where a space or line ends it.
	const write = (text: string) => {
		const piece = lineHasText && !out.endsWith(' ') ? text : text.trimStart();
		if (!piece) return;
		out += piece;
		lineHasText = true;
	};
	const newLine = () => {
		out = out.trimEnd() + '\n';
		lineHasText = false;
	};
	const endLine = () => {
		if (lineHasText) newLine();
	};
	// Blocks are set apart by a blank line, except inside a list, which stays compact.
	const endBlock = () => {
		endLine();
		if (lists.length === 0 && out && !out.endsWith('\n\n')) out += '\n';
	};

	const tokens = renderMarkdown(markdown).html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi);
	for (const [, slash, tag, attributes, text] of tokens) {
		if (text !== undefined) {
			if (!inPre) write(decode(text).replace(/\s+/g, ' '));
			else {
				out += decode(text);
				lineHasText = !out.endsWith('\n');
			}
			continue;
		}
		const opening = slash === '';
		switch (tag.toLowerCase()) {
			case 'br':
				newLine();
				break;
			case 'hr':
				endBlock();
				write('———');
				endBlock();
				break;
			case 'img':
				write(attribute(attributes, 'alt'));
				break;
			case 'a':
				if (opening) link = { href: attribute(attributes, 'href'), from: out.length };
				else if (link) {
					const label = out.slice(link.from).trim();
					const { href } = link;
					if (href && href !== label && href !== `mailto:${label}`) write(` (${href})`);
					link = null;
				}
				break;
			case 'ul':
			case 'ol':
				if (opening) {
					endLine();
					const start = Number(attribute(attributes, 'start') || 1);
					lists.push({ ordered: tag === 'ol', next: start });
				} else {
					lists.pop();
					endBlock();
				}
				break;
			case 'li':
				if (opening) {
					endLine();
					const list = lists.at(-1);
					const marker = list?.ordered ? `${list.next++}. ` : '• ';
					out += '   '.repeat(Math.max(lists.length - 1, 0)) + marker;
				}
				break;
			case 'pre':
				endBlock();
				inPre = opening;
				break;
			case 'td':
			case 'th':
				if (opening && !firstCell) write(' | ');
				firstCell = false;
				break;
			case 'tr':
				endLine();
				firstCell = true;
				break;
			case 'p':
			case 'h2':
			case 'h3':
			case 'h4':
			case 'h5':
			case 'h6':
			case 'blockquote':
			case 'table':
				endBlock();
				break;
		}
	}
	return out.replace(/\n{3,}/g, '\n\n').trim();
}
