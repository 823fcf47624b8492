import { expect, test } from '@playwright/test';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

test('the users pages fit a small phone screen without sideways scrolling', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Email').fill('admin@citysetu.test');
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	for (const path of ['/admin/users', '/admin/users/bulk']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await expect(page.getByLabel('CSV file')).toBeVisible();
});
