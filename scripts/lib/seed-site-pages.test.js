// The default text of the site's pages, as the seed reads it: every page in English and Hindi,
// and every address it links to or shows is one the site has.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../../src/lib/site-pages.ts';
import { sitePageRows } from './seed.js';

const root = path.resolve(import.meta.dirname, '../..');
const rows = sitePageRows();

/** Whether the app answers `address`: a site page, a route folder, or a file in static/. */
function served(address) {
	const pathname = address.split(/[?#]/)[0];
	if (fs.existsSync(path.join(root, 'static', pathname))) return true;
	const first = pathname.split('/')[1];
	if (SITE_PAGES.includes(first) && pathname === `/${first}`) return true;
	return fs.existsSync(path.join(root, 'src/routes', first));
}

describe('the default text of the site pages', () => {
	it('has every page in English and Hindi, and no page the site does not know', () => {
		for (const locale of ['en', 'hi']) {
			expect(
				rows
					.filter((r) => r.locale === locale)
					.map((r) => r.slug)
					.sort()
			).toEqual([...SITE_PAGES].sort());
		}
		for (const row of rows) {
			expect(row.title.length, row.slug).toBeGreaterThan(0);
			expect(row.markdown.length, row.slug).toBeGreaterThan(200);
		}
	});

	it('links only to addresses the site serves, and describes every image', () => {
		for (const row of rows) {
			for (const [, alt, address] of row.markdown.matchAll(/(!?\[[^\]]*\])\(([^)\s]+)\)/g)) {
				if (!address.startsWith('/')) continue;
				expect(served(address), `${row.slug}.${row.locale} links to ${address}`).toBe(true);
				if (alt.startsWith('!')) expect(alt.length, address).toBeGreaterThan(10);
			}
		}
	});

	it('asks for the owner on the contact page and the checks on the accessibility statement', () => {
		for (const locale of ['en', 'hi']) {
			const page = (slug) => rows.find((r) => r.slug === slug && r.locale === locale);
			expect(page('contact').markdown).toMatch(/^\{\{owner\}\}$/m);
			expect(page('accessibility').markdown).toMatch(/^\{\{axe-results\}\}$/m);
		}
	});
});
