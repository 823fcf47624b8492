import { expect, test } from '@playwright/test';

test('the directory fits a small phone screen without sideways scrolling', async ({ page }) => {
	for (const path of ['/', '/cities', '/cities/kanpur']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.goto('/cities');
	await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible();
});
