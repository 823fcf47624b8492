import { expect, test } from '@playwright/test';

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
		const { errors } = await response.json();
		expect(errors.state).toContain('Atlantis');
		expect(errors.zone).toContain('up');
		expect(errors.per_page).toMatch(/1 to 100/);
		expect(errors.colour).toContain('colour');
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
		expect(page.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
	});

	test('changing the language is refused on a cross-site POST', async ({ request }) => {
		const response = await request.post('/language', {
			form: { locale: 'hi', redirect: '/' },
			headers: { origin: 'https://evil.example' },
			maxRedirects: 0
		});
		expect(response.status()).toBe(403);
	});
});
