// The programme reach dashboard in a browser: every panel with the local demo data, the map of
// India with its 100 cities and its lines, filtering without JavaScript, Hindi, the admin's
// detail (and no one else's), the accessibility scan, a 320 px screen, what the page weighs on
// the wire, and the printed report on A4.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { signedIn } from './mentorship-data';

async function axe(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((v) => `${new URL(page.url()).pathname}: ${v.id}`)).toEqual([]);
}

test('a visitor sees every panel, the map with all 100 cities and its lines, and filters by zone without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('navigation').getByRole('link', { name: 'Reach' }).click();
	await expect(page).toHaveURL(/\/programme$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programme reach');

	for (const heading of [
		'Headline figures',
		'Who mentors whom',
		'Sessions held per month, by mode',
		'Practices published per month, by language',
		'Adoption funnel',
		'How long cities wait',
		'Action items due in the period',
		'Do mentored cities improve?',
		'Where the programme does not reach'
	]) {
		await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
	}
	// The local stack's figures are labelled as demo data.
	await expect(page.getByRole('note').filter({ hasText: 'Demo data' })).toBeVisible();
	await expect(page.getByText(/this shows an association, not a cause/)).toBeVisible();

	// The map: every city a marker with its name, a line per pairing, the attribution under it.
	const map = page.locator('figure').filter({ has: page.locator('[data-city]') });
	await expect(map.locator('[data-city]')).toHaveCount(100);
	await expect(map.locator('[data-city="kanpur"] title')).toHaveText(/Kanpur/);
	// The pairings table has a row per mentor city, with how many pairings it leads.
	const counts = await page
		.getByRole('table', { name: /Pairings/ })
		.locator('tbody tr td:last-child')
		.allInnerTexts();
	const pairingCount = counts.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
	expect(pairingCount).toBeGreaterThan(0);
	await expect(map.locator('[data-pairing]')).toHaveCount(pairingCount);
	await expect(map.getByText(/DataMeet/)).toBeVisible();
	await expect(map.getByText(/not an authenticated Survey of India map/)).toBeVisible();
	// The states come from the map file, fetched once and kept: each is drawn at its size (a
	// reference the browser could not follow would draw nothing), and the file is immutable.
	const gujarat = await map.locator('[data-state="IN-GJ"]').boundingBox();
	expect(gujarat?.width).toBeGreaterThan(50);
	expect(gujarat?.height).toBeGreaterThan(50);
	await expect(map.locator('use.outline')).toHaveCount(1);
	const file = (await map.locator('use.outline').getAttribute('href'))?.split('#')[0] ?? '';
	const sprite = await page.request.get(file);
	expect(sprite.headers()['content-type']).toBe('image/svg+xml');
	expect(sprite.headers()['cache-control']).toContain('immutable');

	// Every chart has a title and a description, and a table beside it.
	const charts = page.locator('svg[role="img"]');
	expect(await charts.count()).toBeGreaterThanOrEqual(6);
	for (const chart of await charts.all()) {
		await expect(chart.locator(':scope > title')).not.toHaveText('');
		await expect(chart.locator(':scope > desc')).not.toHaveText('');
	}
	await expect(page.getByRole('table', { name: 'Sessions held per month, by mode' })).toBeVisible();

	// Filtering with the plain form: the URL carries the filter, the figures follow it.
	const engagedAll = await page.locator('[data-figure="cities-engaged"] .figure-value').innerText();
	await page.getByLabel('Zonal council', { exact: true }).selectOption('western');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/\/programme\?.*zone=western/);
	await expect(page.getByLabel('Zonal council', { exact: true })).toHaveValue('western');
	const engagedWestern = await page
		.locator('[data-figure="cities-engaged"] .figure-value')
		.innerText();
	expect(engagedWestern).toMatch(/of 17$/);
	expect(engagedWestern).not.toBe(engagedAll);
	const states = page.getByRole('table', { name: /by state/ });
	await expect(states.getByRole('rowheader', { name: 'Gujarat' })).toBeVisible();
	await expect(states.getByRole('rowheader', { name: 'Kerala' })).toHaveCount(0);
	// Cities outside the zone stay on the map, drawn faint.
	await expect(map.locator('[data-city]')).toHaveCount(100);

	// A filter the page cannot use is named, and left out.
	await page.goto('/programme?programme=no-such-programme&from=2025-02-30');
	await expect(page.getByRole('status').filter({ hasText: 'no-such-programme' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '2025-02-30' })).toBeVisible();
	await context.close();
});

test('the report reads in Hindi, fits a 320 px screen, passes the accessibility scan and weighs little', async ({
	browser
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	let bytes = 0;
	cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
	await page.goto('/programme', { waitUntil: 'load' });
	// Under 250 KiB on the wire, everything the page loads included.
	expect(bytes).toBeGreaterThan(0);
	expect(bytes).toBeLessThan(250 * 1024);
	await axe(page);

	await page.getByRole('button', { name: /हिन्दी/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('कार्यक्रम की पहुँच');
	await expect(page.getByRole('heading', { name: 'मुख्य आँकड़े' })).toBeVisible();
	await expect(page.locator('[data-city]')).toHaveCount(100);
	await axe(page);

	await page.setViewportSize({ width: 320, height: 800 });
	await page.reload();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	// The page is never hydrated, so its report is not sent as data a second time, nor is it
	// written out for the page (render-only.ts): the HTML carries it once.
	const data = await (await page.request.get('/programme/__data.json')).text();
	expect(data).toContain('RenderOnly');
	expect(data).not.toContain('Gujarat');
	await expect(page.locator('[data-state="IN-GJ"]')).toHaveCount(1);
	await context.close();
});

test('an admin sees each city’s detail and the waiting requests; others do not', async ({
	browser
}) => {
	const member = await signedIn(browser, 'member.sagar@citysetu.test');
	const refused = await member.goto('/programme/reach');
	expect(refused?.status()).toBe(403);
	await member.context().close();

	const admin = await signedIn(browser, 'admin@citysetu.test');
	// The header's link loads the report whole: it is not hydrated, so the router leaves it be.
	await admin.getByRole('link', { name: 'Reach detail' }).click();
	await admin.waitForURL(/\/programme\/reach$/, { waitUntil: 'load' });
	await expect(admin.getByRole('heading', { name: 'By city' })).toBeVisible({ timeout: 15_000 });
	const perCity = admin.getByRole('table', { name: /^Per city/ });
	await expect(perCity.locator('tbody tr').first()).toBeVisible();
	await expect(
		admin.getByRole('heading', { name: 'Requests waiting, longest first' })
	).toBeVisible();
	await axe(admin);
	await admin.context().close();
});

test('the printed report fits A4 and carries the filters and the date', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/programme?zone=western');
	await page.emulateMedia({ media: 'print' });
	// Menus, forms and export links stay off the paper; the filters and the date are on it.
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Show' })).toBeHidden();
	await expect(page.getByText(/^Filters: Western\.$/)).toBeVisible();
	await expect(page.getByText(/^Generated on /)).toBeVisible();
	// A4 is 210 mm wide; less 12 mm margins either side, 186 mm ≈ 703 CSS px.
	await page.setViewportSize({ width: 703, height: 1000 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	const text = pdf.toString('latin1');
	// Every page is A4: 595 × 842 points.
	const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
	expect(boxes.length).toBeGreaterThan(0);
	for (const [, width, height] of boxes) {
		expect(Math.round(Number(width))).toBe(595);
		expect(Math.round(Number(height))).toBe(842);
	}
	await context.close();
});
