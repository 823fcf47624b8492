// What a cache in front of CitySetu may keep: anonymous public pages and JSON GETs are public
// with s-maxage, Vary and a strong ETag, answered 304 on a match, and the match ends when their
// data changes; nothing a signed-in user or an API token is answered may be kept; and the
// hash-based CSP lets SvelteKit's own inline script run and no other.
import { createHash } from 'node:crypto';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { demoPassword, service } from './mentorship-data';

const publicPaths = [
	'/',
	'/cities',
	'/cities/rajkot',
	'/practices',
	'/programme',
	'/mentors',
	'/assessments',
	'/search?q=library',
	'/api/v1/cities',
	'/api/v1/cities/rajkot',
	'/api/v1/practices'
];

/** Pages and API answers that are someone's own, or a step in signing in. */
const privatePaths = ['/login', '/dashboard', '/account', '/mentorships', '/health', '/api/v1/me'];

function expectPrivate(response: APIResponse, what: string) {
	const headers = response.headers();
	expect(headers['cache-control'], what).toBe('private, no-store');
	expect(headers['etag'], what).toBeUndefined();
}

/** A signed-in request context for a demo account. */
async function signedIn(baseURL: string, email: string): Promise<APIRequestContext> {
	const context = await playwrightRequest.newContext({ baseURL });
	const login = await context.post('/login', {
		form: { email, password: demoPassword },
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(login.status()).toBe(303);
	return context;
}

/** Runs `check` while a city carries a demo note of its own, then clears the note. */
async function withDemoNote(slug: string, check: (note: string) => Promise<void>) {
	const db = service();
	const note = `Demo note from the cache test ${Date.now()}`;
	const { error } = await db.from('cities').update({ note_en: note }).eq('slug', slug);
	expect(error).toBeNull();
	try {
		await check(note);
	} finally {
		await db.from('cities').update({ note_en: null }).eq('slug', slug);
	}
}

test.describe('anonymous public answers', () => {
	test('are public for a while, vary on language and cookies, and carry a strong ETag', async ({
		request
	}) => {
		for (const path of publicPaths) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			const headers = response.headers();
			expect(headers['cache-control'], path).toMatch(
				/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/
			);
			expect(headers['vary'], path).toMatch(/Accept-Language/);
			expect(headers['vary'], path).toMatch(/Cookie/);
			expect(headers['etag'], path).toMatch(/^"[A-Za-z0-9_-]{32}(-(br|gzip|deflate|zstd))?"$/);
			expect(headers['set-cookie'], path).toBeUndefined();
			if (path.startsWith('/api/')) expect(headers['vary'], path).toMatch(/Authorization/);

			const again = await request.get(path, { headers: { 'if-none-match': headers['etag'] } });
			expect(again.status(), path).toBe(304);
			expect(await again.body(), path).toHaveLength(0);
			expect(again.headers()['etag'], path).toBe(headers['etag']);
			expect(again.headers()['cache-control'], path).toBe(headers['cache-control']);
		}
	});

	test('the same bytes get the same ETag, another language another', async ({ request }) => {
		const first = await request.get('/cities', { headers: { 'accept-language': 'en' } });
		const second = await request.get('/cities', { headers: { 'accept-language': 'en' } });
		expect(second.headers()['etag']).toBe(first.headers()['etag']);
		const hindi = await request.get('/cities', { headers: { 'accept-language': 'hi' } });
		expect(await hindi.text()).toContain('lang="hi"');
		expect(hindi.headers()['etag']).not.toBe(first.headers()['etag']);
		// The English validator does not vouch for the Hindi page.
		const crossed = await request.get('/cities', {
			headers: { 'accept-language': 'hi', 'if-none-match': first.headers()['etag'] }
		});
		expect(crossed.status()).toBe(200);
	});

	test('a change to the data ends the 304s at once', async ({ request }) => {
		const before = await request.get('/cities/gangtok');
		const etag = before.headers()['etag'];
		expect(
			(await request.get('/cities/gangtok', { headers: { 'if-none-match': etag } })).status()
		).toBe(304);
		await withDemoNote('gangtok', async (note) => {
			// The change notice reaches the app within moments; then the old tag no longer matches.
			await expect
				.poll(
					async () =>
						(await request.get('/cities/gangtok', { headers: { 'if-none-match': etag } })).status(),
					{ timeout: 10_000 }
				)
				.toBe(200);
			const after = await request.get('/cities/gangtok');
			expect(await after.text()).toContain(note);
			expect(after.headers()['etag']).not.toBe(etag);
		});
	});

	test('a repeat is answered from memory until its data changes, never to someone signed in', async ({
		request,
		baseURL
	}) => {
		const first = await request.get('/cities/kohima', { headers: { accept: 'text/html' } });
		const again = await request.get('/cities/kohima', { headers: { accept: 'text/html' } });
		expect(again.headers()['etag']).toBe(first.headers()['etag']);
		expect(await again.text()).toBe(await first.text());
		// The page's data, asked by the same path with __data.json, is its own answer.
		const data = await request.get('/cities/kohima/__data.json');
		expect(data.headers()['content-type']).toContain('application/json');
		// A signed-in reader gets the page rendered for them, not the kept anonymous one.
		const mentor = await signedIn(baseURL!, 'mentor.rajkot@citysetu.test');
		try {
			const theirs = await mentor.get('/cities/kohima', { headers: { accept: 'text/html' } });
			expectPrivate(theirs, '/cities/kohima signed in');
			expect(await theirs.text()).not.toBe(await first.text());
		} finally {
			await mentor.dispose();
		}
		await withDemoNote('kohima', async (note) => {
			// The kept page would be fresh for five minutes; the change notice ends it at once.
			await expect
				.poll(
					async () =>
						(await request.get('/cities/kohima', { headers: { accept: 'text/html' } })).text(),
					{ timeout: 10_000 }
				)
				.toContain(note);
		});
	});

	test('private pages and sign-in steps are never public', async ({ request }) => {
		for (const path of privatePaths) {
			const response = await request.get(path, { maxRedirects: 0 });
			// /health says no-store itself; the rest are private.
			expect(response.headers()['cache-control'], path).toMatch(/^(private, )?no-store$/);
			expect(response.headers()['etag'], path).toBeUndefined();
		}
	});

	test('a stale session cookie makes the answer private (it clears the cookie)', async ({
		request
	}) => {
		const response = await request.get('/cities', {
			headers: { cookie: 'session=not-a-real-session-token' }
		});
		expect(response.status()).toBe(200);
		expectPrivate(response, '/cities with a stale cookie');
	});
});

test('nothing a signed-in user is answered may be kept, even on public routes', async ({
	baseURL
}) => {
	const mentor = await signedIn(baseURL!, 'mentor.rajkot@citysetu.test');
	try {
		for (const path of [...publicPaths, ...privatePaths]) {
			const response = await mentor.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBeLessThan(400);
			expectPrivate(response, path);
			// A validator a cache kept from an anonymous answer never gets a signed-in user a 304.
			const anonymous = await (await playwrightRequest.newContext({ baseURL })).get(path);
			const etag = anonymous.headers()['etag'];
			if (etag) {
				const repeated = await mentor.get(path, { headers: { 'if-none-match': etag } });
				expect(repeated.status(), path).toBe(200);
			}
		}
		// An API token is someone too.
		const created = await mentor.post('/account?/createToken', {
			form: { name: `cache test ${Date.now()}`, scope: 'read', current: demoPassword },
			headers: { origin: baseURL!, 'x-sveltekit-action': 'true', accept: 'application/json' }
		});
		const token = JSON.stringify(await created.json()).match(/cs_[a-z2-7]{32}/)?.[0];
		expect(token).toBeTruthy();
		const viaToken = await (
			await playwrightRequest.newContext({ baseURL })
		).get('/api/v1/cities', {
			headers: { authorization: `Bearer ${token}` }
		});
		expect(viaToken.status()).toBe(200);
		expectPrivate(viaToken, '/api/v1/cities with an API token');
	} finally {
		await mentor.dispose();
	}
});

test.describe('the content security policy', () => {
	const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

	test('allows each inline script by its hash, and nothing inline else', async ({ request }) => {
		for (const path of ['/', '/cities/rajkot', '/practices']) {
			const response = await request.get(path);
			const csp = response.headers()['content-security-policy'];
			const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|strict-dynamic|\*/);
			const html = await response.text();
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
			expect(inline.length, path).toBeGreaterThan(0);
			for (const [, body] of inline) expect(scriptSrc, path).toContain(sha256(body));
			expect(html, path).not.toMatch(/nonce=/);
		}
	});

	test('an inline script added to the page does not run; the page still starts', async ({
		page
	}) => {
		await page.route('**/cities/rajkot', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				'</head>',
				'<script>window.injected = true</script></head>'
			);
			await route.fulfill({ response, body: html, headers: response.headers() });
		});
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto('/cities/rajkot');
		// SvelteKit's own inline script ran: it defines the app's global.
		await expect
			.poll(() => page.evaluate(() => Object.keys(window).some((k) => k.startsWith('__sveltekit'))))
			.toBe(true);
		expect(
			await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)
		).toBeUndefined();
		expect(violations.join('\n')).toMatch(/script/i);
	});
});
