import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
// Every API answer in these tests is also checked against the OpenAPI document.
import { test, validate } from './contract';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

test.describe('JSON API', () => {
	test('lists cities with filters, paging and totals', async ({ request }) => {
		const all = await request.get('/api/v1/cities');
		expect(all.status()).toBe(200);
		const body = await all.json();
		expect(body.total).toBe(100);
		expect(body.cities).toHaveLength(100);

		const filtered = await (await request.get('/api/v1/cities?state=gujarat&round=round-3')).json();
		expect(filtered.cities.map((c: { slug: string }) => c.slug).sort()).toEqual(
			expect.arrayContaining(['rajkot'])
		);
		for (const city of filtered.cities) {
			expect(city).toMatchObject({ state: 'Gujarat', selection_round: 'round-3' });
		}
		expect(filtered.total).toBe(filtered.cities.length);

		const paged = await (await request.get('/api/v1/cities?per_page=10&page=10')).json();
		expect(paged).toMatchObject({ total: 100, page: 10, per_page: 10 });
		expect(paged.cities).toHaveLength(10);
	});

	test('answers 400 naming each unknown filter or bad parameter', async ({ request }) => {
		const response = await request.get(
			'/api/v1/cities?state=Atlantis&zone=up&per_page=500&colour=red'
		);
		expect(response.status()).toBe(400);
		const body = await response.json();
		expect(body).toMatchObject({
			error: 'invalid_request',
			message: expect.stringMatching(/colour/)
		});
		const { errors } = body;
		expect(errors.state).toContain('Atlantis');
		expect(errors.zone).toMatch(/one of: northern/);
		expect(errors.per_page).toMatch(/1 to 100/);
		expect(errors.colour).toContain('colour');
		const twice = await request.get('/api/v1/cities?page=1&page=2');
		expect((await twice.json()).errors.page).toMatch(/more than once/);
	});

	test('returns one city with its ICCC, and a JSON 404 for an unknown slug', async ({
		request
	}) => {
		const response = await request.get('/api/v1/cities/rajkot');
		expect(response.status()).toBe(200);
		const city = await response.json();
		expect(city).toMatchObject({
			slug: 'rajkot',
			name: 'Rajkot',
			state: 'Gujarat',
			iccc: { operational_since: 2017 }
		});
		expect(city.iccc.components).toHaveLength(10);

		for (const slug of ['atlantis', 'Not_A_Slug', '%27%3B--']) {
			const missing = await request.get(`/api/v1/cities/${slug}`);
			expect(missing.status(), slug).toBe(404);
			expect((await missing.json()).error).toBe('not_found');
		}
		const extra = await request.get('/api/v1/cities/rajkot?fields=name');
		expect(extra.status()).toBe(400);
		expect((await extra.json()).errors).toEqual({ fields: 'unknown parameter “fields”' });
		const unknown = await request.get('/api/v1/nothing-here');
		expect(unknown.status()).toBe(404);
		expect(unknown.headers()['content-type']).toContain('application/json');
	});

	test('health reports each service', async ({ request }) => {
		const response = await request.get('/health');
		expect(response.status()).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok', database: 'ok', search: 'ok' });
	});

	test('every response carries the security headers', async ({ request }) => {
		for (const path of ['/', '/cities', '/api/v1/cities', '/health', '/no-such-page']) {
			const response = await request.get(path);
			const headers = response.headers();
			expect(headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['x-frame-options'], path).toBe('DENY');
		}
		const page = await request.get('/');
		expect(page.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
	});

	test('changing the language is refused on a cross-site POST', async ({ request }) => {
		const response = await request.post('/language', {
			form: { locale: 'hi', redirect: '/' },
			headers: { origin: 'https://evil.example' },
			maxRedirects: 0
		});
		expect(response.status()).toBe(403);
	});

	test('answers every error as JSON in one shape, whatever the client accepts', async ({
		request
	}) => {
		// A browser asks for HTML first; curl and most clients send */*.
		for (const accept of ['text/html,application/xhtml+xml', '*/*', 'application/json']) {
			const anonymous = await request.post('/api/v1/practices', { headers: { accept }, data: {} });
			expect(anonymous.status(), accept).toBe(401);
			expect(anonymous.headers()['content-type'], accept).toContain('application/json');
			expect(await anonymous.json(), accept).toEqual({
				error: 'unauthorized',
				message: 'Sign in or send an API token.'
			});
		}
		const me = await request.get('/api/v1/me', { headers: { accept: 'text/html' } });
		expect(me.status()).toBe(401);
		expect((await me.json()).error).toBe('unauthorized');

		const wrongMethod = await request.delete('/api/v1/cities', {
			headers: { accept: 'text/html' }
		});
		expect(wrongMethod.status()).toBe(405);
		expect(wrongMethod.headers()['allow']).toContain('GET');
		expect(await wrongMethod.json()).toMatchObject({ error: 'method_not_allowed' });

		const nowhere = await request.post('/api/v2/cities', { headers: { accept: 'text/html' } });
		expect(nowhere.status()).toBe(404);
		expect((await nowhere.json()).error).toBe('not_found');
	});

	test('a body not sent as JSON gets a 415 in JSON', async ({ request, baseURL }) => {
		const login = await request.post('/login', {
			form: { email: 'mentor.rajkot@citysetu.test', password: demoPassword },
			headers: { origin: baseURL ?? '', accept: 'text/html' },
			maxRedirects: 0
		});
		expect(login.status()).toBe(303);
		const response = await request.post('/api/v1/practices', {
			headers: { 'content-type': 'application/xml' },
			data: '<practice/>'
		});
		expect(response.status()).toBe(415);
		expect(await response.json()).toEqual({
			error: 'unsupported_media_type',
			message: 'Send the body as application/json.'
		});
	});

	test('search and the caller answer as the document says', async ({ request, baseURL }) => {
		// The contract check runs on each of these answers.
		// The index fills while the app starts: wait for hits, so that they are checked too.
		await expect
			.poll(async () => {
				const found = await request.get('/api/v1/search?q=ICCC&per_page=3');
				expect(found.status()).toBe(200);
				return (await found.json()).hits.length;
			})
			.toBeGreaterThan(0);
		expect((await request.get('/api/v1/search?sort=sideways')).status()).toBe(400);
		const login = await request.post('/login', {
			form: { email: 'mentor.rajkot@citysetu.test', password: demoPassword },
			headers: { origin: baseURL ?? '', accept: 'text/html' },
			maxRedirects: 0
		});
		expect(login.status()).toBe(303);
		const me = await request.get('/api/v1/me');
		expect(me.status()).toBe(200);
		expect(await me.json()).toMatchObject({ role: 'mentor', city: { slug: 'rajkot' } });
	});

	test('the contract check refuses an answer the document does not allow', async ({ request }) => {
		const document = await (await request.get('/api/v1/openapi.json')).json();
		const cityPage = { $ref: '#/components/schemas/CityPage' };
		expect(validate(document, cityPage, { total: 1, page: 1, per_page: 1, cities: [] })).toEqual(
			[]
		);
		expect(
			validate(document, cityPage, { total: '1', page: 1, per_page: 1, cities: [], extra: 1 })
		).toEqual(['$.total: string where integer is expected', '$: extra is not in the document']);
	});

	test('describes itself in OpenAPI 3.1, with a reference page that needs no script', async ({
		request,
		browser
	}) => {
		// The reference page grows with every operation, and axe scans all of it.
		test.slow();
		const response = await request.get('/api/v1/openapi.json');
		expect(response.status()).toBe(200);
		const document = await response.json();
		expect(document.openapi).toBe('3.1.0');
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/api/v1/cities', '/api/v1/practices/{slug}', '/health'])
		);

		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/api/docs');
		await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 2, name: 'GET /api/v1/cities', exact: true })
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'The OpenAPI 3.1 document' })).toHaveAttribute(
			'href',
			'/api/v1/openapi.json'
		);
		await context.close();

		// axe runs as a script, so it checks the page in an ordinary browser context.
		const scriptedContext = await browser.newContext();
		const scripted = await scriptedContext.newPage();
		await scripted.goto('/api/docs');
		const results = await new AxeBuilder({ page: scripted })
			.withTags(['wcag2a', 'wcag2aa'])
			.analyze();
		expect(results.violations).toEqual([]);
		await scriptedContext.close();
	});
});
