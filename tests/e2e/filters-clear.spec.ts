// "Clear filters" empties the filter form as well as the list: with JavaScript the link is a
// client-side navigation, and a select the reader had changed kept its choice, so pressing the
// button again would quietly bring the old filter back.
import { expect, test } from '@playwright/test';

for (const [path, form] of [
	['/practices', 'Filter practices'],
	['/cities', 'Filter cities'],
	['/mentors', 'Filter mentors']
] as const) {
	test(`clearing the filters on ${path} resets every one of them`, async ({ page }) => {
		await page.goto(path);
		const filters = page.getByRole('form', { name: form });
		const selects = filters.getByRole('combobox');
		const count = await selects.count();
		expect(count).toBeGreaterThanOrEqual(2);
		// Choose the first real option of each list: the combination may match nothing at all.
		for (let index = 0; index < count; index++) {
			const select = selects.nth(index);
			const value = await select.locator('option').nth(1).getAttribute('value');
			await select.selectOption(value ?? '');
		}
		await filters.getByRole('button', { name: 'Apply filters' }).click();
		await expect(page).toHaveURL(/\?./);
		await filters.getByRole('link', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL(new RegExp(`${path}$`));
		for (let index = 0; index < count; index++) {
			await expect(selects.nth(index)).toHaveValue(
				(await selects.nth(index).locator('option').first().getAttribute('value')) ?? ''
			);
		}
	});
}
