// The assessment admin pages on a phone: tables scroll inside their regions, the page does not.
import { expect, test } from '@playwright/test';
import { demoPassword, service } from './mentorship-data';

test('the assessment admin pages fit a phone screen without sideways scrolling', async ({
	page
}) => {
	const framework = `it-import-phone-${Date.now()}`;
	const { error } = await service().rpc('import_framework', {
		p: {
			slug: framework,
			acronym: 'ITP',
			name_en: 'Import test on a phone',
			name_hi: 'फ़ोन पर आयात परीक्षण',
			scheme: 'stars',
			position: 99,
			nodes: [{ slug: 'waste-management', kind: 'theme', name_en: 'Waste', name_hi: 'कचरा' }],
			rounds: [
				{ slug: 'it-import-phone', name_en: 'Phone round', year: 2021, assessing_body: 'NIUA' }
			]
		}
	});
	expect(error).toBeNull();
	await page.goto('/login');
	await page.getByLabel('Email').fill('admin@citysetu.test');
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	await page.goto(`/admin/assessments/${framework}/it-import-phone`);
	await page.getByLabel('CSV or Excel file').setInputFiles({
		name: 'phone.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('city,parameter,value\nsalem,waste-management,9\n')
	});
	await page.getByRole('button', { name: 'Check and import' }).click();
	await expect(page.getByRole('table', { name: 'Problems by row and column' })).toBeVisible();
	for (const path of ['/admin/assessments', null]) {
		if (path) await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path ?? 'the round page with its report').toBeLessThanOrEqual(0);
	}
});
