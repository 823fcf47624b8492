import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const library = 'bilaspur-self-funding-digital-library-imaf-2-iccc-ranking';

/** The app's worker indexes the seeded practices in its first seconds: wait for them. */
async function searchUntilFound(page: Page, url: string, slug: string) {
	await expect
		.poll(
			async () => {
				await page.goto(url);
				return page.locator(`a[href="/practices/${slug}"]`).count();
			},
			{ timeout: 30_000 }
		)
		.toBeGreaterThan(0);
}

test('searching without JavaScript: an English query finds a Hindi case study, facets narrow it', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('search').getByLabel('Search CitySetu').fill('digital library');
	await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\?q=digital\+library/);
	await searchUntilFound(page, '/search?q=digital+library', library);

	const hit = page.locator(`a[href="/practices/${library}"]`);
	await expect(hit).toHaveAttribute('lang', 'hi');
	await expect(page.locator('.results mark').first()).toBeVisible();
	await expect(page.getByTestId('basic-search')).toHaveCount(0);

	await page.getByRole('complementary').getByRole('link', { name: 'Case study' }).click();
	await expect(page).toHaveURL(/kind=case_study/);
	await expect(page.getByRole('link', { name: /Remove filter: Case study/ })).toBeVisible();
	await expect(page.locator(`a[href="/practices/${library}"]`)).toBeVisible();
	await page.getByRole('link', { name: 'newest first' }).click();
	await expect(page).toHaveURL(/kind=case_study&sort=newest/);
	await expect(page.getByRole('link', { name: 'newest first' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await context.close();
});

test('search as you type, in another script, updates results and the address', async ({ page }) => {
	await searchUntilFound(
		page,
		'/search?q=CCTV',
		'safe-city-linking-private-cctv-cameras-to-iccc-kanpur'
	);
	const box = page.getByLabel('What are you looking for?');
	await box.fill('सेफ सिटी');
	await expect(page).toHaveURL(/q=%E0%A4%B8/);
	await expect(
		page.locator('a[href="/practices/safe-city-linking-private-cctv-cameras-to-iccc-kanpur"]')
	).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'सेफ सिटी' })).toBeVisible();
	// The typed text is still there, and focus stayed in the box.
	await expect(box).toHaveValue('सेफ सिटी');
	await expect(box).toBeFocused();
});

test('a search that finds nothing says so and offers other searches', async ({ page }) => {
	await page.goto('/search?q=qwxzv+plorkt');
	await expect(page.getByText('Nothing matches “qwxzv plorkt”.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'ICCC', exact: true })).toBeVisible();
	await page.goto('/search?q=qwxzv&kind=astrology');
	await expect(
		page.getByText('The filter “astrology” is not known, so it was ignored.')
	).toBeVisible();
});

test('the search API validates its filters and never shows drafts', async ({ request }) => {
	const bad = await request.get('/api/v1/search?q=ICCC&kind=novel&per_page=1000&colour=red');
	expect(bad.status()).toBe(400);
	expect(Object.keys((await bad.json()).errors).sort()).toEqual(['colour', 'kind', 'per_page']);

	const injected = await request.get(
		`/api/v1/search?q=ICCC&state=${encodeURIComponent('Gujarat" OR type = "city')}`
	);
	expect(injected.status()).toBe(400);

	await expect
		.poll(
			async () => (await (await request.get('/api/v1/search?q=ICCC&state=Gujarat')).json()).total,
			{
				timeout: 30_000
			}
		)
		.toBeGreaterThan(0);
	const body = await (await request.get('/api/v1/search?q=ICCC&state=gujarat&per_page=5')).json();
	expect(body).toMatchObject({ engine: 'meilisearch', page: 1, per_page: 5 });
	expect(typeof body.took_ms).toBe('number');
	for (const hit of body.hits) {
		expect(hit.city.slug).toBeTruthy();
		expect(['practice', 'city']).toContain(hit.type);
	}
	expect(body.facets.state).toEqual({ Gujarat: body.total });
	const all = await (await request.get('/api/v1/search?q=draft&per_page=50')).json();
	for (const hit of all.hits) expect(hit.title_en).not.toMatch(/^Sagar draft/);
});

test('with Meilisearch unreachable, search still answers and says it is basic search', async ({
	browser,
	request
}) => {
	const degraded = `http://127.0.0.1:${process.env.E2E_DEGRADED_PORT}`;
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: degraded });
	const page = await context.newPage();
	await page.goto('/search?q=digital+library');
	await expect(page.getByTestId('basic-search')).toHaveText(/Basic search is in use/);
	await expect(page.locator(`a[href="/practices/${library}"]`)).toHaveAttribute('lang', 'hi');
	// The glossary still joins scripts.
	await page.goto(`/search?q=${encodeURIComponent('सेफ सिटी')}`);
	await expect(
		page.locator('a[href="/practices/safe-city-linking-private-cctv-cameras-to-iccc-kanpur"]')
	).toBeVisible();
	await context.close();

	const api = await (await request.get(`${degraded}/api/v1/search?q=ICCC&per_page=3`)).json();
	expect(api.engine).toBe('postgres');
	expect(api.total).toBeGreaterThan(0);
	const health = await (await request.get(`${degraded}/health`)).json();
	expect(health).toMatchObject({ status: 'degraded', database: 'ok', search: 'down' });
});
