import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a visitor goes from the home page to a city through the filtered directory', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('command centres');
	const figures = page.getByRole('definition');
	await expect(figures.first()).toHaveText('99');

	await page.getByRole('link', { name: 'Browse the 100 smart cities' }).click();
	await expect(page).toHaveURL(/\/cities$/);
	await expect(page.getByRole('status').filter({ hasText: 'cities' })).toHaveText('100 cities');

	await page.getByLabel('State or union territory').selectOption('Gujarat');
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/state=Gujarat/);
	await expect(page.getByRole('status').filter({ hasText: 'cities' })).toHaveText('6 cities');
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(7);
	await expect(page.getByRole('cell', { name: 'Gujarat' })).toHaveCount(6);
	await expect(page.getByLabel('State or union territory')).toHaveValue('Gujarat');

	await page.getByRole('link', { name: 'Rajkot' }).click();
	await expect(page).toHaveURL(/\/cities\/rajkot$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Rajkot');
	await expect(page.locator('h1 [lang="gu"]')).toHaveText('રાજકોટ');
	const iccc = page.getByRole('region', { name: 'Integrated Command and Control Centre' });
	await expect(iccc).toContainText('2017');
	await expect(iccc).toContainText('Nana Mava');
	await expect(iccc.getByRole('listitem')).toHaveCount(10);
	await expect(iccc.getByRole('listitem').first()).toContainText('Traffic');
});

test('filters and pagination work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/cities');
	await page.getByLabel('Zonal council').selectOption('southern');
	await page.getByLabel('Selection round').selectOption('round-2');
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/zone=southern/);
	await expect(page.getByRole('status').filter({ hasText: 'cities' })).toHaveText('9 cities');

	await page.goto('/cities');
	await expect(page.getByText('Page 1 of 4')).toBeVisible();
	await page.getByRole('link', { name: 'Next page' }).click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page.getByText('Page 2 of 4')).toBeVisible();
	await context.close();
});

test('an unknown filter value is named, not silently matched to nothing', async ({ page }) => {
	await page.goto('/cities?zone=atlantis');
	await expect(page.getByText('The filter “atlantis” is not known')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'cities' })).toHaveText('100 cities');
});

test('a filter combination with no city says so and offers a way back', async ({ page }) => {
	await page.goto('/cities?state=Gujarat&zone=southern');
	await expect(page.getByText('No city matches these filters.')).toBeVisible();
	await page.getByRole('link', { name: 'Clear filters' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: 'cities' })).toHaveText('100 cities');
});

test('the reader switches to Hindi and back, and the choice sticks', async ({ page }) => {
	await page.goto('/cities/sagar');
	await page.getByRole('button', { name: /हिन्दी/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
	await expect(page).toHaveURL(/\/cities\/sagar$/);
	await expect(
		page.getByRole('heading', { level: 2, name: 'एकीकृत कमांड एवं कंट्रोल सेंटर' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'शहर', exact: true })).toBeVisible();

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u0900-\u097F]/);
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('command centres');
});

test('a Hindi browser gets Hindi without choosing', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'hi-IN' });
	const page = await context.newPage();
	await page.goto('/cities');
	await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('स्मार्ट शहर');
	await context.close();
});

test('an unknown page gets a friendly 404 in the reader’s language', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();

	const city = await page.goto('/cities/atlantis');
	expect(city?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

// The home page, the directory, a city and feedback are scanned by the accessibility report
// (accessibility.spec.ts); the page for an address that does not exist is scanned here.
test('the page for a missing address has no detectable accessibility violations', async ({
	page
}) => {
	for (const path of ['/no-such-page']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
			.analyze();
		expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
	}
});

test('keyboard users can skip to the content', async ({ page }) => {
	await page.goto('/cities');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
