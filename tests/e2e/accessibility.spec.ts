// The accessibility statement's figures: axe on each public page, against the WCAG 2.0 and 2.1
// rules at Levels A and AA. Every page must break none. With AXE_RECORD=1 the results are written
// to the file the statement reads (src/lib/server/accessibility-checks.json), to ship with the
// release: `npm run build && AXE_RECORD=1 npx playwright test tests/e2e/accessibility.spec.ts`.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXED_PAGES } from '../../src/lib/server/sitemap/pages';
import type { AccessibilityChecks, PageCheck } from '../../src/lib/server/accessibility-checks';
import { SITE_PAGES } from '../../src/lib/site-pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const RECORD = 'src/lib/server/accessibility-checks.json';

/** The pages the statement reports: the public sections, one of each record page, the site pages. */
export const CHECKED_PAGES = [
	...FIXED_PAGES,
	'/cities/rajkot',
	'/practices/bilaspur-self-funding-digital-library-imaf-2-iccc-ranking',
	'/search?q=library',
	'/display',
	'/login',
	...SITE_PAGES.map((slug) => `/${slug}`)
];

test('every public page passes the automated accessibility checks', async ({ page }) => {
	test.setTimeout(240_000);
	const checks: PageCheck[] = [];
	let axeVersion = '';
	for (const path of CHECKED_PAGES) {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		axeVersion = results.testEngine.version;
		const broken = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
		expect.soft(broken, path).toEqual([]);
		checks.push({
			path,
			title: (await page.title()).replace(/ · CitySetu$/, ''),
			passes: results.passes.length,
			violations: results.violations.length,
			incomplete: results.incomplete.length
		});
	}
	if (process.env.AXE_RECORD === '1' && test.info().errors.length === 0) {
		const record: AccessibilityChecks = {
			checkedAt: new Date().toISOString(),
			axeVersion,
			tags: TAGS,
			pages: checks
		};
		fs.writeFileSync(RECORD, `${JSON.stringify(record, null, '\t')}\n`);
	}
});

test('the accessibility statement shows the recorded checks page by page', async ({ page }) => {
	const recorded = JSON.parse(fs.readFileSync(RECORD, 'utf8')) as AccessibilityChecks;
	await page.goto('/accessibility');
	const table = page.getByRole('table', { name: 'Automated accessibility checks, page by page' });
	await expect(table.getByRole('row')).toHaveCount(recorded.pages.length + 1);
	const home = recorded.pages.find((p) => p.path === '/');
	expect(home).toBeDefined();
	const row = table.getByRole('row').filter({ has: page.getByText('/', { exact: true }) });
	await expect(row.getByRole('cell').nth(0)).toHaveText(String(home?.passes));
	await expect(row.getByRole('cell').nth(1)).toHaveText('0');
	await expect(page.getByText(`axe ${recorded.axeVersion} checked`)).toBeVisible();
	// Every page the suite checks is in the statement: the record is not out of date.
	expect(recorded.pages.map((p) => p.path)).toEqual(CHECKED_PAGES);
});
