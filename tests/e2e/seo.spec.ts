import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { checkSitemap } from '../fixtures/sitemap-schema';

// Finding and sharing: the sitemap (valid against the sitemaps.org schema, every address in it
// answering), robots.txt, the meta and Open Graph tags of a practice page with its language
// versions, and `?lang=` showing one request in a language without touching the saved choice.

/** The local stack's configured public origin: localhost on the app's port (not the Host). */
const originOf = (baseURL: string | undefined) => `http://localhost:${new URL(baseURL!).port}`;

async function sitemap(request: APIRequestContext, origin: string) {
	const response = await request.get('/sitemap.xml');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^application\/xml/);
	return checkSitemap(await response.text(), origin);
}

test('the sitemap follows the schema and every address in it answers', async ({
	request,
	baseURL
}) => {
	test.setTimeout(180_000);
	const origin = originOf(baseURL);
	const { errors, urls } = await sitemap(request, origin);
	expect(errors).toEqual([]);
	const paths = urls.map((u) => u.loc.slice(origin.length));
	for (const page of ['/', '/cities', '/practices', '/mentors', '/programmes', '/assessments']) {
		expect(paths).toContain(page);
	}
	expect(paths).toContain('/cities/rajkot');
	expect(paths.some((p) => p.startsWith('/practices/'))).toBe(true);
	expect(paths.some((p) => p.startsWith('/mentors/'))).toBe(true);
	expect(paths.some((p) => p.startsWith('/assessments/'))).toBe(true);
	// A few at a time: two cores serve the app and its stack.
	const failed: string[] = [];
	for (let i = 0; i < paths.length; i += 6) {
		await Promise.all(
			paths.slice(i, i + 6).map(async (path) => {
				const response = await request.get(path, { maxRedirects: 0 });
				if (response.status() !== 200) failed.push(`${response.status()} ${path}`);
			})
		);
	}
	expect(failed).toEqual([]);
});

test('robots.txt points to the sitemap and keeps the private paths out', async ({
	request,
	baseURL
}) => {
	const response = await request.get('/robots.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/plain/);
	const text = await response.text();
	expect(text).toContain(`Sitemap: ${originOf(baseURL)}/sitemap.xml`);
	for (const path of ['/admin', '/account', '/dashboard', '/api/', '/login', '/mentorships']) {
		expect(text).toContain(`Disallow: ${path}\n`);
	}
});

test('a practice page carries its own title, description, canonical, Open Graph and hreflang', async ({
	page,
	request,
	baseURL
}) => {
	const origin = originOf(baseURL);
	const { urls } = await sitemap(request, origin);
	const path = urls.map((u) => u.loc.slice(origin.length)).find((p) => p.startsWith('/practices/'));
	const practice = await (await request.get(`/api/v1${path}`)).json();
	await page.goto(path!);
	const head = page.locator('head');
	const meta = (selector: string) => head.locator(selector).getAttribute('content');
	await expect(page).toHaveTitle(`${practice.title_en} · CitySetu`);
	expect(await meta('meta[name="description"]')).toBe(practice.summary_en);
	await expect(head.locator('meta[name="description"]')).toHaveCount(1);
	expect(await head.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${origin}${path}`);
	expect(await meta('meta[property="og:title"]')).toBe(practice.title_en);
	expect(await meta('meta[property="og:description"]')).toBe(practice.summary_en);
	expect(await meta('meta[property="og:url"]')).toBe(`${origin}${path}`);
	expect(await meta('meta[property="og:type"]')).toBe('article');
	expect(await meta('meta[property="og:site_name"]')).toBe('CitySetu');
	expect(await meta('meta[property="og:locale"]')).toBe('en_IN');
	const alternates = await head
		.locator('link[rel="alternate"][hreflang]')
		.evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
	expect(alternates).toEqual([
		['en', `${origin}${path}?lang=en`],
		['hi', `${origin}${path}?lang=hi`],
		['gu', `${origin}${path}?lang=gu`],
		['mr', `${origin}${path}?lang=mr`],
		['x-default', `${origin}${path}`]
	]);
	// The Hindi version names itself as canonical, and its locale as Hindi.
	await page.goto(`${path}?lang=hi`);
	expect(await head.locator('link[rel="canonical"]').getAttribute('href')).toBe(
		`${origin}${path}?lang=hi`
	);
	expect(await meta('meta[property="og:locale"]')).toBe('hi_IN');
	expect(await meta('meta[property="og:site_name"]')).toBe('सिटीसेतु');
});

test('?lang=hi shows that request in Hindi and leaves the saved language as it was', async ({
	page,
	context
}) => {
	await page.goto('/cities?lang=hi');
	await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('स्मार्ट शहर');
	expect((await context.cookies()).find((c) => c.name === 'locale')).toBeUndefined();
	// The next page without the parameter is in the reader's own language again.
	await page.getByRole('navigation', { name: 'मुख्य' }).getByRole('link').nth(2).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practices');

	// A saved choice stays saved: Gujarati, shown once in Hindi, is Gujarati again after.
	await page.getByRole('banner').getByRole('button', { name: 'ગુજરાતી', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'gu');
	await page.goto('/cities?lang=hi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('स्मार्ट शहर');
	await page.goto('/cities');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('સ્માર્ટ શહેરો');
	expect((await context.cookies()).find((c) => c.name === 'locale')?.value).toBe('gu');

	// Choosing a language while a page is shown with ?lang= returns to it without the parameter.
	await page.goto('/cities?lang=hi');
	await page.getByRole('banner').getByRole('button', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/cities$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smart cities');
});
