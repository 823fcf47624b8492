import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

// The interface in each of its four languages: the main pages render in the reader's language
// and script, with the places named in it, no message key shows instead of a message, and the
// Indic scripts' glyphs really render (a font is there for them).
const LOCALES = [
	{ locale: 'en', name: 'English', script: /[A-Za-z]/, city: 'Kanpur', state: 'Gujarat' },
	{ locale: 'hi', name: 'हिन्दी', script: /[\u0900-\u097F]/, city: 'कानपुर', state: 'गुजरात' },
	{ locale: 'gu', name: 'ગુજરાતી', script: /[\u0A80-\u0AFF]/, city: 'કાનપુર', state: 'ગુજરાત' },
	{ locale: 'mr', name: 'मराठी', script: /[\u0900-\u097F]/, city: 'कानपूर', state: 'गुजरात' }
] as const;

const PAGES = ['/', '/cities', '/cities/kanpur', '/practices', '/mentors', '/programme', '/search'];

/** Chooses a language with the switch in the header (a form: it works without JavaScript). */
async function choose(page: Page, name: string) {
	await page.getByRole('banner').getByRole('button', { name, exact: true }).click();
}

/**
 * Whether an element's text renders as glyphs: its screenshot must differ from the same element
 * with each character replaced by one no font has (drawn as the same empty box, "tofu"). With no
 * font for the script, both are rows of boxes.
 */
async function rendersGlyphs(element: Locator): Promise<boolean> {
	const real = await element.screenshot();
	// A copy beside it, styled alike, its text replaced: the page's own element stays as it is.
	await element.evaluate((node) => {
		const copy = node.cloneNode(true) as HTMLElement;
		copy.dataset.tofu = '';
		copy.textContent = [...(node.textContent ?? '')]
			.map((c) => (c.trim() ? '\u{10FFFD}' : c))
			.join('');
		node.after(copy);
	});
	const copy = element.page().locator('[data-tofu]');
	const tofu = await copy.screenshot();
	await copy.evaluate((node) => node.remove());
	return !real.equals(tofu);
}

for (const { locale, name, script, city, state } of LOCALES) {
	test(`the main pages in ${name}`, async ({ page }) => {
		await page.goto('/cities');
		if (locale !== 'en') await choose(page, name);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		for (const path of PAGES) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const heading = page.getByRole('heading', { level: 1 });
			await expect(heading).toHaveText(script);
			// A key left untranslated shows as itself: `nav.home`, `search.count`.
			const text = await page.locator('main').innerText();
			expect(text, path).not.toMatch(/\b[a-z]+(\.[a-zA-Z]+){1,3}\b(?![\w/-])/);
		}
		// Places are named in the reader's language.
		await page.goto('/cities/kanpur');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(city);
		await page.goto('/cities?state=Gujarat');
		await expect(page.getByRole('row').nth(1)).toContainText(state);
		// The switch lists the other three languages, each in its own script and marked so.
		const others = page.getByRole('banner').locator('.language-switch button');
		await expect(others).toHaveCount(3);
		for (const button of await others.all()) {
			const lang = await button.getAttribute('lang');
			expect(lang).not.toBe(locale);
		}
	});
}

test('Gujarati and Devanagari glyphs render, not empty boxes', async ({ page }) => {
	await page.goto('/');
	const switcher = page.getByRole('banner').locator('.language-switch');
	expect(await rendersGlyphs(switcher.locator('button[lang="gu"]'))).toBe(true);
	expect(await rendersGlyphs(switcher.locator('button[lang="hi"]'))).toBe(true);
	await page.goto('/');
	await choose(page, 'ગુજરાતી');
	expect(await rendersGlyphs(page.getByRole('heading', { level: 1 }))).toBe(true);
	await page.screenshot({ path: test.info().outputPath('home-gu.png'), fullPage: true });
	await choose(page, 'मराठी');
	expect(await rendersGlyphs(page.getByRole('heading', { level: 1 }))).toBe(true);
	await page.screenshot({ path: test.info().outputPath('home-mr.png'), fullPage: true });
});

test('the language switch works without JavaScript and keeps the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/cities/sagar');
	await choose(page, 'मराठी');
	await expect(page).toHaveURL(/\/cities\/sagar$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'mr');
	await choose(page, 'ગુજરાતી');
	await expect(page.locator('html')).toHaveAttribute('lang', 'gu');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('સાગર');
	await context.close();
});

test('a page loads only its own language’s messages', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
	});
	await page.goto('/cities');
	await choose(page, 'ગુજરાતી');
	await expect(page.locator('html')).toHaveAttribute('lang', 'gu');
	scripts.length = 0;
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u0A80-\u0AFF]/);
	const all = scripts.join('\n');
	expect(all).toContain('સિટીસેતુ');
	// Not the other catalogues: their site names are in no other script's catalogue.
	expect(all).not.toContain('Smart cities learning from each other');
	expect(all).not.toContain('एक-दूसरे से सीखते स्मार्ट शहर');
});
