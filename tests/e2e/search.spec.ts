import http from 'node:http';
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
	// Typing asks for the hits only; the facets come with the page, on request.
	const facets = page.getByRole('complementary');
	await expect(facets.getByRole('link', { name: 'Playbook' })).toHaveCount(0);
	await facets.getByRole('link', { name: 'Show the filters for these results' }).click();
	await expect(facets.getByRole('link', { name: 'Playbook' })).toBeVisible();
	await expect(page).toHaveURL(/q=%E0%A4%B8/);
	await expect(box).toHaveValue('सेफ सिटी');
});

test('a query typed in Latin letters finds Indic text and offers itself in that script', async ({
	page
}) => {
	// पुस्तकालय (library) typed on an English keyboard: the glossary's word, found by its sound.
	await searchUntilFound(page, '/search?q=pustakalay&type=practice', library);
	const also = page.getByText('Also search:').getByRole('link');
	await expect(also).toHaveText('पुस्तकालय');
	await expect(also).toHaveAttribute('lang', 'hi');
	await also.click();
	await expect(page).toHaveURL(/q=%E0%A4%AA%E0%A5%81%E0%A4%B8%E0%A5%8D/);
	await expect(page.locator(`a[href="/practices/${library}"]`)).toBeVisible();

	// करार (agreement) typed as it sounds: Thane's Marathi title, the matched word marked.
	const thane = 'thane-memorandum-of-cooperation-japan-mlit-smart-city';
	await searchUntilFound(page, '/search?q=sahkarya+karar&type=practice', thane);
	const title = page.locator(`a[href="/practices/${thane}"]`);
	await expect(title).toHaveAttribute('lang', 'mr');
	await expect(title.locator('mark').first()).toHaveText(/करार|सहकार्य/);
});

test('English words written in Devanagari find English text, and abbreviations and digits match', async ({
	page
}) => {
	const scada = 'case-study-one-control-room-for-water-and-drainage-scada';
	await searchUntilFound(page, '/search?q=ડ્રેનેજ+સ્કાડા&type=practice', scada);
	await expect(page.locator(`a[href="/practices/${scada}"] mark`).first()).toHaveText(
		/drainage|SCADA/i
	);
	// The dotted abbreviation and Devanagari digits, as officers type them.
	const sagar = 'sagar-iccc-as-covid-19-control-room';
	await searchUntilFound(page, '/search?q=आई.सी.सी.सी+कोविड-१९&type=practice', sagar);
	await searchUntilFound(page, '/search?q=आई0+सी0सी0सी&type=practice', sagar);
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
	const body = await (
		await request.get('/api/v1/search?q=ICCC&state=gujarat&per_page=5&facets=1')
	).json();
	expect(body).toMatchObject({ engine: 'meilisearch', page: 1, per_page: 5 });
	expect(typeof body.took_ms).toBe('number');
	for (const hit of body.hits) {
		expect(hit.city.slug).toBeTruthy();
		expect(['practice', 'city']).toContain(hit.type);
	}
	expect(body.facets.state).toEqual({ Gujarat: body.total });
	// Counting facets is work: only a caller that asks gets them.
	const plain = await (await request.get('/api/v1/search?q=ICCC&state=gujarat&per_page=5')).json();
	expect(plain.facets).toBeUndefined();
	expect(plain.hits).toEqual(body.hits);
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
	const answered = await page.goto('/search?q=digital+library');
	await expect(page.getByTestId('basic-search')).toHaveText(/Basic search is in use/);
	// The stand-in's answer is kept by no cache, the app's own included.
	expect((await answered?.allHeaders())?.['cache-control']).toBe('private, no-store');
	await expect(page.locator(`a[href="/practices/${library}"]`)).toHaveAttribute('lang', 'hi');
	// The glossary still joins scripts.
	await page.goto(`/search?q=${encodeURIComponent('सेफ सिटी')}`);
	await expect(
		page.locator('a[href="/practices/safe-city-linking-private-cctv-cameras-to-iccc-kanpur"]')
	).toBeVisible();
	await context.close();

	const fallback = await request.get(`${degraded}/api/v1/search?q=ICCC&per_page=3`);
	expect(fallback.headers()['cache-control']).toBe('private, no-store');
	expect(fallback.headers()['etag']).toBeUndefined();
	const api = await fallback.json();
	expect(api.engine).toBe('postgres');
	expect(api.total).toBeGreaterThan(0);
	const health = await (await request.get(`${degraded}/health`)).json();
	expect(health).toMatchObject({ status: 'degraded', database: 'ok', search: 'down' });
});

/**
 * A GET sent from a loopback address of the test's choosing (all of 127.0.0.0/8 is this
 * machine), so the server sees a client of its own and other tests' searches are not counted.
 */
function getFrom(
	address: string,
	url: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
	return new Promise((resolve, reject) => {
		const request = http.get(url, { localAddress: address, headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({
					status: response.statusCode ?? 0,
					headers: response.headers,
					body: Buffer.concat(chunks).toString('utf8')
				})
			);
			response.on('error', reject);
		});
		request.on('error', reject);
	});
}

test('search is limited per address: a burst of 30, then 429 with Retry-After', async ({
	baseURL
}) => {
	const octet = () => 2 + Math.floor(Math.random() * 250);
	const client = `127.${octet()}.${octet()}.${octet()}`;
	const neighbour = `127.${octet()}.${octet()}.1`;
	// A new query each time: a repeat may be answered from memory, which costs nothing and is
	// not counted.
	const query = (n: number) => encodeURIComponent(`ICCC ${client} ${n}`);
	let answer = await getFrom(client, `${baseURL}/api/v1/search?q=${query(0)}`);
	let allowed = 0;
	while (answer.status === 200 && allowed < 100) {
		allowed += 1;
		answer = await getFrom(client, `${baseURL}/api/v1/search?q=${query(allowed)}`);
	}
	// The burst, and perhaps a token or two that came back meanwhile (2 a second).
	expect(allowed).toBeGreaterThanOrEqual(30);
	expect(allowed).toBeLessThan(40);
	expect(answer.status).toBe(429);
	const wait = Number(answer.headers['retry-after']);
	expect(wait).toBeGreaterThanOrEqual(1);
	expect(JSON.parse(answer.body)).toMatchObject({ error: 'rate_limited', retry_after: wait });

	// The page shares the limit and says so in the reader's language. (A token may have come back
	// meanwhile: Retry-After rounds the wait up to whole seconds.)
	let asked = 100;
	const searchPage = () =>
		getFrom(client, `${baseURL}/search?q=${query(++asked)}`, { 'accept-language': 'hi' });
	let page = await searchPage();
	for (let i = 0; i < 3 && page.status === 200; i++) page = await searchPage();
	expect(page.status).toBe(429);
	expect(Number(page.headers['retry-after'])).toBeGreaterThanOrEqual(1);
	expect(page.body).toContain('सेकंड रुककर फिर से खोजें');
	// Looking at the empty search page is not a search.
	expect((await getFrom(client, `${baseURL}/search`)).status).toBe(200);

	// Another address is not affected.
	expect((await getFrom(neighbour, `${baseURL}/api/v1/search?q=ICCC`)).status).toBe(200);
	expect((await getFrom(neighbour, `${baseURL}/search?q=ICCC`)).status).toBe(200);
});

test('typing into the search limit says how long to wait', async ({ page }) => {
	await page.goto('/search?q=ICCC');
	// The limit itself is tested above; here only what the page makes of the API's 429.
	await page.route('**/api/v1/search?*', (route) =>
		route.fulfill({
			status: 429,
			headers: { 'retry-after': '3' },
			json: { error: 'rate_limited', message: 'Too many searches', retry_after: 3 }
		})
	);
	await page.getByLabel('What are you looking for?').fill('CCTV');
	await expect(
		page.getByRole('status').filter({ hasText: 'Please wait 3 seconds, then search again.' })
	).toBeVisible();
});
