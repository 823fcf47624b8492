import { describe, expect, it } from 'vitest';
import { checkSitemap } from '../../../../tests/fixtures/sitemap-schema';
import { escapeXml, MAX_URLS, newest, sitemapXml, w3cDate } from './xml';

const origin = 'https://citysetu.example.gov.in';

describe('escapeXml', () => {
	it('escapes the five characters XML reserves, and only those', () => {
		expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
		expect(escapeXml('सिटीसेतु /x?y=1')).toBe('सिटीसेतु /x?y=1');
	});
});

describe('w3cDate', () => {
	it('writes a Postgres timestamp in UTC to the second, and keeps a bare day', () => {
		expect(w3cDate('2026-12-03 15:04:05.123456+05:30')).toBe('2026-12-03T09:34:05+00:00');
		expect(w3cDate('2026-12-03T09:30:00.5Z')).toBe('2026-12-03T09:30:00+00:00');
		expect(w3cDate('2026-02-01')).toBe('2026-02-01');
	});

	it('gives null for what is no date', () => {
		expect(w3cDate('yesterday')).toBeNull();
	});
});

describe('newest', () => {
	it('picks the latest timestamp, skipping absent and unreadable ones', () => {
		expect(newest(['2026-01-02T00:00:00Z', null, 'x', '2026-03-01T00:00:00Z', undefined])).toBe(
			'2026-03-01T00:00:00Z'
		);
		expect(newest([null, undefined])).toBeNull();
	});
});

describe('sitemapXml', () => {
	const xml = sitemapXml(origin, [
		{ path: '/', lastmod: null },
		{ path: '/cities/rajkot', lastmod: '2026-12-01 10:00:00+00' },
		{ path: '/assessments/eol?round=eol-2020&x=<a>', lastmod: 'not a date' },
		{ path: '/practices/जल-प्रबंधन' },
		{ path: '/cities/rajkot', lastmod: '2026-12-02 10:00:00+00' }
	]);

	it('follows the sitemaps.org schema', () => {
		expect(checkSitemap(xml, origin).errors).toEqual([]);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns=')).toBe(true);
	});

	it('lists absolute, escaped addresses once each, dated where a date is known', () => {
		expect(checkSitemap(xml, origin).urls).toEqual([
			{ loc: `${origin}/`, lastmod: null },
			{ loc: `${origin}/cities/rajkot`, lastmod: '2026-12-01T10:00:00+00:00' },
			{ loc: `${origin}/assessments/eol?round=eol-2020&x=%3Ca%3E`, lastmod: null },
			{
				loc: `${origin}/practices/%E0%A4%9C%E0%A4%B2-%E0%A4%AA%E0%A5%8D%E0%A4%B0%E0%A4%AC%E0%A4%82%E0%A4%A7%E0%A4%A8`,
				lastmod: null
			}
		]);
		expect(xml).toContain('?round=eol-2020&amp;x=%3Ca%3E</loc>');
	});

	it('refuses more entries than one file may hold', () => {
		const many = Array.from({ length: MAX_URLS + 1 }, (_, i) => ({ path: `/p/${i}` }));
		expect(() => sitemapXml(origin, many)).toThrow(/50000/);
	});
});

describe('the schema checker', () => {
	const wrap = (urls: string) =>
		`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`;

	it('finds what breaks the schema', () => {
		const cases: [string, RegExp][] = [
			[wrap('<url><loc>https://citysetu.example.gov.in/a&b</loc></url>'), /bare “&”/],
			[
				wrap('<url><lastmod>2026-01-01</lastmod><loc>https://citysetu.example.gov.in/</loc></url>'),
				/out of order/
			],
			[
				wrap('<url><loc>https://citysetu.example.gov.in/</loc><lastmod>2026-02-30</lastmod></url>'),
				/not a W3C date/
			],
			[
				wrap(
					'<url><loc>https://citysetu.example.gov.in/</loc><lastmod>2026-01-01T10:00</lastmod></url>'
				),
				/not a W3C date/
			],
			[wrap('<url><loc>/relative/path</loc></url>'), /not an absolute URL/],
			[wrap('<url><loc>https://evil.example/</loc></url>'), /not on/],
			[
				wrap('<url><loc>https://citysetu.example.gov.in/</loc><priority>1.5</priority></url>'),
				/priority/
			],
			[
				wrap('<url><loc>https://citysetu.example.gov.in/</loc><image>x</image></url>'),
				/not in the schema/
			],
			[wrap(''), /no <url>/],
			[wrap('<url><loc>https://citysetu.example.gov.in/</loc>'), /closes|never closed/],
			['<urlset><url><loc>https://citysetu.example.gov.in/</loc></url></urlset>', /namespace/]
		];
		for (const [xml, error] of cases) {
			expect(checkSitemap(xml, origin).errors.join('\n'), xml).toMatch(error);
		}
	});
});
