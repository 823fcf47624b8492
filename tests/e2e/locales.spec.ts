import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { loadCatalogue, translator } from '../../src/lib/i18n';

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
 * Whether an element's text renders as glyphs. With no font for a script, each of its characters
 * is drawn as the same box as a character no font has (an unassigned code point of the same
 * plane): the text is then exactly as wide as that many boxes. With a font, its letters and
 * vowel signs have widths of their own. Measured in the element's own font, on a canvas.
 */
async function rendersGlyphs(element: Locator): Promise<boolean> {
	return element.evaluate((node) => {
		const context = document.createElement('canvas').getContext('2d')!;
		context.font = getComputedStyle(node).font;
		const text = (node.textContent ?? '').replace(/\s+/g, '');
		const boxes = '\u0378'.repeat([...text].length);
		const real = context.measureText(text).width;
		const missing = context.measureText(boxes).width;
		return Math.abs(real - missing) / missing > 0.1;
	});
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
		// The switch lists the four languages, each in its own script and marked so, in a group
		// named for what it does; the reader's own is the pressed one.
		const group = page.getByRole('banner').getByRole('group', { name: /./ });
		const buttons = group.getByRole('button');
		await expect(buttons).toHaveCount(4);
		for (const button of await buttons.all()) {
			const lang = await button.getAttribute('lang');
			expect(lang).toMatch(/^(en|hi|gu|mr)$/);
			await expect(button).toHaveAttribute('aria-pressed', String(lang === locale));
		}
	});
}

test('a Hindi page names places in Hindi on the map, in forms and in admin pages, in Hindi order', async ({
	page
}) => {
	await loadCatalogue('hi');
	const t = translator('hi');
	const hindiOrder = new Intl.Collator('hi').compare;
	/** A select's choices as shown, without the "any" or "choose" one. */
	const choices = (select: Locator) => select.locator('option:not([value=""])').allTextContents();
	await page.goto('/login');
	await page.getByLabel('Email').fill('admin@citysetu.test');
	await page.getByLabel('Password').fill(process.env.DEMO_PASSWORD ?? '');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	await choose(page, 'हिन्दी');
	await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

	// The map: the small areas' labels, the states' and the cities' titles.
	await page.goto('/programme');
	const map = page.getByRole('img', { name: new RegExp(`^${t('reachMap.title')}`) });
	await expect(map.locator('[data-area="IN-DL"] text')).toHaveText('दिल्ली');
	await expect(map.locator('[data-state="IN-GJ"] title')).toHaveText(/^गुजरात: /);
	await expect(map.locator('[data-city="kanpur"] title')).toHaveText(/^कानपुर /);
	// A filter lists the states as Hindi sorts their Hindi names: असम before आंध्र प्रदेश,
	// where English has Andhra Pradesh before Assam.
	const states = await choices(page.getByLabel(t('reach.filter.state'), { exact: true }));
	expect(states).toContain('गुजरात');
	expect(states).toEqual([...states].sort(hindiOrder));
	expect(states.indexOf('असम')).toBeLessThan(states.indexOf('आंध्र प्रदेश'));

	// A form's select names the cities in Hindi, in Hindi order, and still sends the slug.
	await page.goto('/admin/mentorships/propose');
	const mentee = page.getByLabel(t('mentorship.request.menteeCity'), { exact: true });
	const cities = await choices(mentee);
	expect(cities).toContain('कानपुर');
	expect(cities).toEqual([...cities].sort(hindiOrder));
	await mentee.selectOption({ label: 'कानपुर' });
	await expect(mentee).toHaveValue('kanpur');

	// An admin page: the accounts list and its city filter.
	await page.goto('/admin/users?city=rajkot&q=mentor.rajkot');
	const find = page.getByRole('form', { name: t('admin.users.find.label') });
	const city = find.getByLabel(t('admin.users.find.city'), { exact: true });
	await expect(city.locator('option:checked')).toHaveText('राजकोट');
	const row = page.getByRole('row').filter({ hasText: 'mentor.rajkot@citysetu.test' });
	await expect(row.getByRole('cell', { name: 'राजकोट', exact: true })).toBeVisible();
});

test('Gujarati and Devanagari glyphs render, not empty boxes', async ({ page }) => {
	await page.goto('/');
	const switcher = page.getByRole('banner').locator('.language-switch');
	expect(await rendersGlyphs(switcher.locator('button[lang="gu"]'))).toBe(true);
	expect(await rendersGlyphs(switcher.locator('button[lang="hi"]'))).toBe(true);
	// The check itself: a text of boxes is told apart.
	const boxes = switcher.locator('button[lang="mr"]');
	await boxes.evaluate((node) => (node.textContent = '\u0378\u0378\u0378\u0378'));
	expect(await rendersGlyphs(boxes)).toBe(false);
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
	let scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
	});
	await page.goto('/cities');
	await choose(page, 'ગુજરાતી');
	await expect(page.locator('html')).toHaveAttribute('lang', 'gu');
	scripts = [];
	await page.reload({ waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u0A80-\u0AFF]/);
	const all = (await Promise.all(scripts)).join('\n');
	expect(all).toContain('સિટીસેતુ');
	// Not the other catalogues: their site names are in no other script's catalogue.
	expect(all).not.toContain('Smart cities learning from each other');
	expect(all).not.toContain('एक-दूसरे से सीखते स्मार्ट शहर');
});
