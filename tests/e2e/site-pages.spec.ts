// The pages every government site has: linked from every page's footer, read in the reader's
// language (English where a page is not yet translated, and saying so), dated, and edited by a
// mission admin as Markdown with a preview, versions and a guard against overwriting a colleague.
import { expect, test } from '@playwright/test';
import { MEMBER, service, signedIn } from './mentorship-data';

const ADMIN = 'admin@citysetu.test';

test('a visitor without JavaScript finds the policies from any page, in Hindi too', async ({
	browser
}) => {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await page.goto('/cities/rajkot');
	const about = page.getByRole('contentinfo').getByRole('navigation', { name: 'About this site' });
	for (const name of [
		'Help',
		'Contact us',
		'Accessibility statement',
		'Privacy policy',
		'Sitemap'
	]) {
		await expect(about.getByRole('link', { name, exact: true })).toBeVisible();
	}
	await about.getByRole('link', { name: 'Privacy policy' }).click();
	await expect(page).toHaveURL(/\/privacy$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
	await expect(page.getByRole('heading', { name: 'Feedback', level: 2 })).toBeVisible();
	await expect(page.getByText(/^Last updated: \d{1,2} \w{3} \d{4}$/)).toBeVisible();
	await expect(page).toHaveTitle('Privacy policy · CitySetu');
	await expect(page.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		/personal data/
	);

	// The same page in Hindi, from the language switch (a form, no script needed).
	await page
		.getByRole('group', { name: 'Site language' })
		.getByRole('button', { name: 'हिन्दी' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('गोपनीयता नीति');
	await expect(page.locator('article')).toHaveAttribute('lang', 'hi');
	await expect(page.getByText(/^अंतिम बदलाव:/)).toBeVisible();

	// Gujarati has no text of its own yet: the English page, marked as English, and said so.
	await page.goto('/privacy?lang=gu');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
	await expect(page.locator('article')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('આ પાનું હજી ગુજરાતીમાં લખાયું નથી. તે અંગ્રેજીમાં બતાવ્યું છે.')).toBeVisible();

	// Contact names the configured owner (on the local stack, the fictional demo owner).
	await page.goto('/contact?lang=en');
	await expect(page.locator('main address')).toContainText(
		'CitySetu demonstration (fictional owner)'
	);

	// The sitemap for people lists every section and every page about the site.
	await page.goto('/sitemap?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitemap');
	await expect(page.getByRole('main').getByRole('link', { name: 'Terms of use' })).toHaveAttribute(
		'href',
		'/terms'
	);
	await expect(page.getByRole('main').getByRole('link', { name: 'sitemap.xml' })).toBeVisible();
});

test('an admin translates a page, previews it, saves it, and is stopped from overwriting a newer version', async ({
	browser
}) => {
	// Marathi terms of use are not shipped: this test writes them and removes them after.
	await service().from('site_pages').delete().eq('slug', 'terms').eq('locale', 'mr');
	const admin = await signedIn(browser, ADMIN);
	try {
		await admin.getByRole('link', { name: 'Site pages' }).click();
		await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Site pages');
		await admin.getByRole('link', { name: 'Write Terms of use, मराठी' }).click();
		await expect(
			admin.getByText('The English text is filled in below for you to translate.')
		).toBeVisible();
		const title = admin.getByLabel('Title');
		const text = admin.getByLabel('Text, in Markdown');
		await expect(title).toHaveValue('Terms of use');
		await expect(text).toHaveValue(/^CitySetu is/);

		// An empty title is named, and the text typed is kept.
		await title.fill('');
		await text.fill('## वापर\n\nही साइट **सर्वांसाठी** आहे.');
		await admin.getByRole('button', { name: 'Save' }).click();
		await expect(admin.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
		await expect(title).toHaveAccessibleDescription(/This field is required\./);
		await expect(text).toHaveValue('## वापर\n\nही साइट **सर्वांसाठी** आहे.');

		await title.fill('वापराच्या अटी');
		await admin.getByRole('button', { name: 'Preview' }).click();
		const preview = admin.getByRole('region', { name: 'Preview (not saved)' });
		await expect(preview.getByRole('heading', { name: 'वापर' })).toBeVisible();
		await expect(preview.locator('strong')).toHaveText('सर्वांसाठी');
		await expect(title).toHaveValue('वापराच्या अटी');

		await admin
			.getByLabel('What you changed (optional, kept with the version)')
			.fill('पहिले भाषांतर');
		await admin.getByRole('button', { name: 'Save' }).click();
		await expect(admin.getByRole('status')).toContainText('Saved as version 1.');
		await expect(admin.getByRole('region', { name: 'Versions' })).toContainText('पहिले भाषांतर');

		// A Marathi reader now gets the page in Marathi, with no notice of English.
		const reader = await (await browser.newContext()).newPage();
		await reader.goto('/terms?lang=mr');
		await expect(reader.getByRole('heading', { level: 1 })).toHaveText('वापराच्या अटी');
		await expect(reader.locator('article')).toHaveAttribute('lang', 'mr');
		await expect(reader.getByText('इंग्रजीत दाखवले आहे')).toHaveCount(0);

		// Someone else saves while this admin edits: the admin's save is refused, nothing is lost.
		await admin.reload();
		await text.fill('माझा बदल');
		const { error } = await service()
			.from('site_pages')
			.update({ version: 2, markdown: 'दुसऱ्याचा बदल' })
			.eq('slug', 'terms')
			.eq('locale', 'mr');
		expect(error).toBeNull();
		await admin.getByRole('button', { name: 'Save' }).click();
		await expect(admin.getByRole('alert')).toContainText('now version 2');
		await expect(text).toHaveValue('माझा बदल');
		// Saving again, knowingly, replaces it.
		await admin.getByRole('button', { name: 'Save' }).click();
		await expect(admin.getByRole('status')).toContainText('Saved as version 3.');
		await reader.reload();
		await expect(reader.getByRole('main')).toContainText('माझा बदल');
	} finally {
		await service().from('site_pages').delete().eq('slug', 'terms').eq('locale', 'mr');
	}
});

test('officers who are not admins cannot open the editor', async ({ browser }) => {
	const member = await signedIn(browser, MEMBER);
	await expect(member.getByRole('link', { name: 'Site pages' })).toHaveCount(0);
	const response = await member.goto('/admin/pages/privacy/en');
	expect(response?.status()).toBe(403);
	const post = await member.request.post('/admin/pages/privacy/en?/save', {
		form: { title: 'Taken', markdown: 'Taken', version: '1' },
		headers: { accept: 'text/html', origin: new URL(member.url()).origin }
	});
	expect(post.status()).toBe(403);
	await member.goto('/privacy');
	await expect(member.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
});
