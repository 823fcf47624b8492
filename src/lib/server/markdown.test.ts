import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown';

type Element = { tag: string; attribs: Record<string, string> };

/** Every element of an HTML fragment as a browser-grade parser sees it. */
function elements(html: string): Element[] {
	const found: Element[] = [];
	const parser = new Parser(
		{ onopentag: (tag, attribs) => found.push({ tag, attribs }) },
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.write(html);
	parser.end();
	return found;
}

/** The elements with one tag name, in document order. */
function byTag(html: string, tag: string): Element[] {
	return elements(html).filter((element) => element.tag === tag);
}

const ALLOWED_TAGS = new Set(
	'h2 h3 h4 h5 h6 p br hr strong em del code pre blockquote ul ol li table thead tbody tr th td a img'.split(
		' '
	)
);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
	a: ['href', 'title', 'rel'],
	img: ['src', 'alt', 'title', 'width', 'height'],
	ol: ['start'],
	th: ['class'],
	td: ['class'],
	h2: ['id'],
	h3: ['id'],
	h4: ['id'],
	h5: ['id'],
	h6: ['id']
};

/** Asserts the output holds nothing but allowlisted tags, attributes and URLs. */
function expectInert(html: string): void {
	for (const { tag, attribs } of elements(html)) {
		expect(ALLOWED_TAGS, `tag <${tag}> in ${html}`).toContain(tag);
		for (const [name, value] of Object.entries(attribs)) {
			expect(ALLOWED_ATTRIBUTES[tag] ?? [], `${name} on <${tag}> in ${html}`).toContain(name);
			if (name === 'href' || name === 'src') {
				// eslint-disable-next-line no-control-regex -- browsers ignore these in URLs
				const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
				const scheme = /^([^/?#:]*):/.exec(url)?.[1];
				expect([undefined, 'http', 'https', 'mailto'], `${name}=${value}`).toContain(scheme);
				expect(url.startsWith('//'), `protocol-relative ${value}`).toBe(false);
			}
		}
	}
	expect(html).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|form|base|meta)\b/i);
}

// Each is rendered and checked against the allowlist; `absent` must not survive as markup.
const HOSTILE: { name: string; markdown: string; absent?: RegExp }[] = [
	{ name: 'script tag', markdown: '<script>alert(1)</script>hello', absent: /alert/ },
	{ name: 'script tag, mixed case', markdown: '<ScRiPt>alert(1)</sCrIpT>', absent: /alert/ },
	{ name: 'script inside a paragraph', markdown: 'text <script src="https://x/a.js"></script>' },
	{ name: 'img onerror', markdown: '<img src=x onerror=alert(1)>' },
	{ name: 'svg onload', markdown: '<svg onload=alert(1)><circle/></svg>' },
	{ name: 'body onload', markdown: '<body onload=alert(1)>x</body>' },
	{ name: 'details ontoggle', markdown: '<details open ontoggle=alert(1)>x</details>' },
	{ name: 'a onclick', markdown: '<a href="https://e.x" onclick="alert(1)">y</a>' },
	{ name: 'p onmouseover', markdown: '<p onmouseover="alert(1)">hover</p>' },
	{ name: 'style attribute', markdown: '<p style="background:url(javascript:alert(1))">x</p>' },
	{ name: 'style element', markdown: '<style>*{background:red}</style>', absent: /background/ },
	{ name: 'iframe', markdown: '<iframe src="https://evil.example"></iframe>' },
	{ name: 'object and embed', markdown: '<object data="x.swf"></object><embed src="x.swf">' },
	{ name: 'form and input', markdown: '<form action="https://evil"><input name=p></form>' },
	{ name: 'base href', markdown: '<base href="https://evil.example/">' },
	{ name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=https://evil">' },
	{ name: 'inline link javascript:', markdown: '[a](javascript:alert(1))' },
	{ name: 'inline link JAVASCRIPT: mixed case', markdown: '[a](JaVaScRiPt:alert(1))' },
	{ name: 'inline link entity-encoded', markdown: '[a](&#106;avascript:alert(1))' },
	{ name: 'inline link hex entity', markdown: '[a](&#x6A;avascript&#x3A;alert(1))' },
	{ name: 'inline link percent-encoded colon', markdown: '[a](javascript%3Aalert(1))' },
	{ name: 'inline link in angle brackets', markdown: '[a](<javascript:alert(1)>)' },
	{ name: 'inline link with tab', markdown: '[a](<java\tscript:alert(1)>)' },
	{ name: 'inline link with newline entity', markdown: '[a](java&#10;script:alert(1))' },
	{ name: 'inline link leading space entity', markdown: '[a](&#32;javascript:alert(1))' },
	{ name: 'reference link javascript:', markdown: '[x][r]\n\n[r]: javascript:alert(1)' },
	{ name: 'collapsed reference', markdown: '[r][]\n\n[r]: javascript:alert(1)' },
	{ name: 'shortcut reference', markdown: '[r]\n\n[r]: javascript:alert(1)' },
	{ name: 'autolink javascript:', markdown: '<javascript:alert(1)>' },
	{ name: 'vbscript: link', markdown: '[a](vbscript:msgbox(1))' },
	{
		name: 'data: link',
		markdown: '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'
	},
	{ name: 'data: image', markdown: '![x](data:image/svg+xml;base64,PHN2Zy8+)' },
	{ name: 'javascript: image', markdown: '![x](javascript:alert(1))' },
	{ name: 'raw html a javascript:', markdown: '<a href="javascript:alert(1)">x</a>' },
	{ name: 'raw html a entity javascript:', markdown: '<a href="&#x6a;avascript:alert(1)">x</a>' },
	{ name: 'raw html img data:', markdown: '<img src="data:image/png;base64,AAAA">' },
	{ name: 'protocol-relative link', markdown: '[x](//evil.example/path)' },
	{ name: 'backslash protocol-relative', markdown: '<a href="/\\evil.example">x</a>' },
	{ name: 'title breakout in link', markdown: '[x](https://e.x "a\\" onmouseover=\\"alert(1)")' },
	{
		name: 'title breakout in image',
		markdown: '![x](https://e.x/a.png "t\\" onerror=\\"alert(1)")'
	},
	{ name: 'alt text breakout', markdown: '![x" onerror="alert(1)](https://e.x/a.png)' },
	{
		name: 'mXSS through math/style',
		markdown: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'
	},
	{
		name: 'noscript attribute breakout',
		markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'
	},
	{ name: 'comment hiding markup', markdown: '<!-- --><img src=x onerror=alert(1)><!-- -->' },
	{ name: 'nested html in a link', markdown: '[<img src=x onerror=alert(1)>](https://e.x)' },
	{ name: 'html inside a table cell', markdown: '| a |\n|---|\n| <script>alert(1)</script> |' },
	{ name: 'html inside a blockquote', markdown: '> <iframe src=https://e.x></iframe>' },
	{ name: 'raw h1 claiming an anchor', markdown: '<h1 id="h-steps" onclick="x">x</h1>' },
	{
		name: 'target and formaction',
		markdown: '<a href="https://e.x" target="_top" formaction="x">y</a>'
	},
	{
		name: 'link with srcset',
		markdown: '<img src="https://e.x/a.png" srcset="javascript:alert(1) 1x">'
	},
	{ name: 'unclosed tag', markdown: '<img src="https://e.x/a.png" onerror="alert(1)"' },
	{ name: 'template element', markdown: '<template><script>alert(1)</script></template>' }
];

describe('renderMarkdown with hostile input', () => {
	it('covers at least thirty payloads', () => {
		expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
	});

	it.each(HOSTILE)('renders $name inert', ({ markdown, absent }) => {
		const { html } = renderMarkdown(markdown);
		expectInert(html);
		if (absent) expect(html).not.toMatch(absent);
	});

	it('keeps the text of a link whose URL is refused, without an href', () => {
		const { html } = renderMarkdown('[read this](javascript:alert(1))');
		expect(html).toContain('read this');
		expect(html).not.toContain('href');
	});

	it('escapes a title that tries to break out of its attribute', () => {
		const [link] = byTag(renderMarkdown('[x](https://e.x "a\\" onmouseover=\\"y")').html, 'a');
		expect(link.attribs).toEqual({
			href: 'https://e.x',
			title: 'a" onmouseover="y',
			rel: 'nofollow ugc noopener'
		});
	});

	it('keeps the alt text of an image whose source is refused', () => {
		const { html } = renderMarkdown('![ward map](data:image/png;base64,AAAA)');
		expect(html).toContain('ward map');
		expect(html).not.toContain('<img');
	});

	it('does not let raw HTML take a generated heading anchor', () => {
		const { html } = renderMarkdown('<h2 id="h-steps">fake</h2>\n\n## Steps');
		expect(html.match(/id="h-steps"/g)).toHaveLength(1);
		expect(html).toContain('<h2>fake</h2>');
	});

	it('renders deeply nested quotes and lists without overflowing the stack', () => {
		expect(renderMarkdown('>'.repeat(50_000) + ' x').html).toContain('x');
		const list = Array.from({ length: 500 }, (_, i) => '  '.repeat(i) + '- item').join('\n');
		expect(renderMarkdown(list).html).toContain('item');
	});
});

describe('renderMarkdown', () => {
	it('renders headings as h2 and below, with anchors in any script', () => {
		const { html, toc } = renderMarkdown('# सार\n\n## Steps\n\n### કામગીરી\n\n#### Detail');
		expect(html).toContain('<h2 id="h-सार">सार</h2>');
		expect(html).toContain('<h2 id="h-steps">Steps</h2>');
		expect(html).toContain('<h3 id="h-કામગીરી">કામગીરી</h3>');
		expect(html).toContain('<h4 id="h-detail">Detail</h4>');
		expect(toc).toEqual([
			{ id: 'h-सार', text: 'सार', level: 2 },
			{ id: 'h-steps', text: 'Steps', level: 2 },
			{ id: 'h-કામગીરી', text: 'કામગીરી', level: 3 }
		]);
	});

	it('gives repeated headings distinct anchors', () => {
		const { toc } = renderMarkdown('## Steps\n\n## Steps\n\n## Steps 2');
		expect(toc.map((entry) => entry.id)).toEqual(['h-steps', 'h-steps-2', 'h-steps-2-2']);
	});

	it('uses the heading text, not its markup, for the anchor and contents entry', () => {
		const { html, toc } = renderMarkdown('## Cost & *timeline*');
		expect(html).toContain('<h2 id="h-cost-timeline">Cost &amp; <em>timeline</em></h2>');
		expect(toc).toEqual([{ id: 'h-cost-timeline', text: 'Cost & timeline', level: 2 }]);
	});

	it('normalises text to NFC before making anchors', () => {
		const decomposed = '## Cafe\u0301';
		expect(renderMarkdown(decomposed).toc[0].id).toBe('h-café');
	});

	it('marks external links and leaves relative and mail links alone', () => {
		const links = byTag(
			renderMarkdown(
				'[a](https://mohua.gov.in) [b](/practices?kind=playbook) [c](mailto:ict@example.in)'
			).html,
			'a'
		);
		expect(links.map((link) => link.attribs)).toEqual([
			{ href: 'https://mohua.gov.in', rel: 'nofollow ugc noopener' },
			{ href: '/practices?kind=playbook' },
			{ href: 'mailto:ict@example.in' }
		]);
	});

	it('links bare web addresses as external links', () => {
		const [link] = byTag(renderMarkdown('See https://smartcities.gov.in for more.').html, 'a');
		expect(link.attribs).toEqual({
			href: 'https://smartcities.gov.in',
			rel: 'nofollow ugc noopener'
		});
	});

	it('renders tables with alignment as classes', () => {
		const { html } = renderMarkdown('| Item | Cost |\n|:--|--:|\n| Cameras | 120 |');
		expect(html).toContain('<th class="align-left">Item</th>');
		expect(html).toContain('<td class="align-right">120</td>');
	});

	it('keeps code, quotes, lists and emphasis', () => {
		const { html } = renderMarkdown(
			'> quoted\n\n1. one\n2. two\n\n- a\n\n`x < y`\n\n```\n<b>\n```\n\n**bold** _em_ ~~gone~~'
		);
		for (const tag of ['blockquote', 'ol', 'ul', 'code', 'pre', 'strong', 'em', 'del']) {
			expect(html).toContain(`<${tag}`);
		}
		expect(html).toContain('x &lt; y');
		expect(html).toContain('&lt;b&gt;');
	});

	it('keeps a numbered list that starts later', () => {
		expect(renderMarkdown('3. third\n4. fourth').html).toContain('<ol start="3">');
	});

	it('keeps safe images with their alt text', () => {
		const [image] = byTag(renderMarkdown('![ICCC video wall](/images/iccc.png)').html, 'img');
		expect(image.attribs).toEqual({ alt: 'ICCC video wall', src: '/images/iccc.png' });
	});

	it('renders task lists as symbols, not form controls', () => {
		const { html } = renderMarkdown('- [x] tender issued\n- [ ] cameras linked');
		expect(html).toContain('☑ tender issued');
		expect(html).toContain('☐ cameras linked');
		expect(html).not.toContain('<input');
	});

	it('returns an empty document for empty input', () => {
		expect(renderMarkdown('')).toEqual({ html: '', toc: [] });
	});
});

describe('markdownToText', () => {
	it('strips markup, decodes entities and collapses whitespace', () => {
		expect(markdownToText('# Title\n\nSome **bold** & <b>x</b> text\n\n- a\n- b')).toBe(
			'Title Some bold & x text a b'
		);
	});

	it('drops script contents and keeps Indic text', () => {
		expect(markdownToText('<script>alert(1)</script>\n\nसीसीटीवी कैमरे')).toBe('सीसीटीवी कैमरे');
	});

	it('keeps words of adjacent table cells apart', () => {
		expect(markdownToText('| a | b |\n|---|---|\n| c | d |')).toBe('a b c d');
	});
});
