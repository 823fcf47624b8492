import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Larger text and a high-contrast theme, chosen in the header, kept by cookie and applied by the
// server: without JavaScript too.
test('text size and contrast work without JavaScript and stay from page to page', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/cities');
	const root = page.locator('html');
	const size = () => page.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
	const before = await size();
	const header = page.getByRole('banner');
	await expect(header.getByRole('button', { name: 'Smaller text' })).toBeDisabled();

	await header.getByRole('button', { name: 'Larger text' }).click();
	await expect(page).toHaveURL(/\/cities$/);
	await expect(root).toHaveAttribute('data-text-size', '1');
	await header.getByRole('button', { name: 'Larger text' }).click();
	await expect(root).toHaveAttribute('data-text-size', '2');
	expect(await size()).toBeGreaterThan(before * 1.25);

	await header.getByRole('button', { name: 'High contrast' }).click();
	await expect(root).toHaveAttribute('data-contrast', 'high');
	await expect(header.getByRole('button', { name: 'High contrast' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const ink = await page.locator('body').evaluate((b) => getComputedStyle(b).color);
	expect(ink).toBe('rgb(0, 0, 0)');

	// Kept on the next page, and undone as simply.
	await page.goto('/practices');
	await expect(root).toHaveAttribute('data-text-size', '2');
	await expect(root).toHaveAttribute('data-contrast', 'high');
	await header.getByRole('button', { name: 'Normal text size' }).click();
	await header.getByRole('button', { name: 'High contrast' }).click();
	await expect(root).not.toHaveAttribute('data-text-size');
	await expect(root).not.toHaveAttribute('data-contrast');
	await context.close();
});

test('with JavaScript the page changes in place, keeping the reader where they were', async ({
	page
}) => {
	await page.goto('/mentors');
	await page.getByRole('banner').getByRole('button', { name: 'Larger text' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
	await expect(page).toHaveURL(/\/mentors$/);
});

test('at the largest text on a small screen, nothing is cut off', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
	await context.addCookies([
		{ name: 'text_size', value: '3', url: test.info().project.use.baseURL! }
	]);
	const page = await context.newPage();
	for (const path of ['/', '/cities', '/practices', '/search?q=library']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await context.close();
});

test('at 200% zoom the pages keep all their content, and the keyboard focus is always visible', async ({
	browser
}) => {
	// A 1280 × 800 screen zoomed to 200% lays pages out in 640 × 400 CSS pixels.
	const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
	const page = await context.newPage();
	for (const path of [
		'/',
		'/practices',
		'/mentors',
		'/programme',
		'/help',
		'/accessibility',
		'/feedback'
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	// Tab through the first controls of a page: each one shows where the focus is.
	await page.goto('/help');
	let checked = 0;
	for (let step = 0; step < 25; step++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const style = getComputedStyle(element);
			return {
				name: `${element.tagName} ${element.textContent?.trim().slice(0, 30) ?? ''}`,
				visible:
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
					style.boxShadow !== 'none'
			};
		});
		if (!focus) continue;
		checked++;
		expect(focus.visible, focus.name).toBe(true);
	}
	expect(checked).toBeGreaterThanOrEqual(20);
	await context.close();
});

test('every page says who runs the deployment: here, a fictional demo owner', async ({ page }) => {
	await page.goto('/');
	const footer = page.getByRole('contentinfo');
	await expect(footer).toContainText('Owned and run by');
	await expect(footer).toContainText('fictional');
	// No government emblem or logo ships with the code.
	await expect(footer.locator('img')).toHaveCount(0);
	expect((await page.request.get('/owner-logo')).status()).toBe(404);
});

test('the controls and the high-contrast theme pass the automated accessibility checks', async ({
	browser
}) => {
	const context = await browser.newContext();
	await context.addCookies([
		{ name: 'text_size', value: '3', url: test.info().project.use.baseURL! },
		{ name: 'contrast', value: 'high', url: test.info().project.use.baseURL! }
	]);
	const page = await context.newPage();
	for (const path of ['/', '/display', '/search?q=library']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
			.analyze();
		expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
	}
	await context.close();
});
