import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	return page;
}

async function fillPractice(page: Page, titleEn: string, markdown: string) {
	await page.getByLabel('Kind of practice').selectOption('playbook');
	await page.getByLabel('Language of the text', { exact: true }).selectOption('gu');
	await page.getByLabel('Title (in the language of the text)').fill('સંકલિત નિયંત્રણ કેન્દ્ર માર્ગદર્શિકા');
	await page.getByLabel('Title in English', { exact: true }).fill(titleEn);
	await page.getByLabel('Summary in English').fill('How Rajkot runs ten systems from one ICCC.');
	await page.getByLabel('Text (Markdown)').fill(markdown);
	await page.getByRole('checkbox', { name: 'Mobility and traffic' }).check();
	await page.getByRole('checkbox', { name: /Adaptive Traffic Control/ }).check();
	await page.getByLabel('What was measured').first().fill('Systems integrated');
	await page.getByLabel('Figure').first().fill('10');
}

test('a mentor writes, previews, publishes and revises a playbook', async ({ browser }) => {
	const page = await signedIn(browser, 'mentor.rajkot@citysetu.test');
	const titleEn = `ICCC playbook ${Date.now()}`;
	await page.goto('/practices/new');
	await fillPractice(
		page,
		titleEn,
		'## પગલાં\n\n1. ટ્રાફિક\n2. સ્કાડા\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'
	);
	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview.getByRole('heading', { name: 'પગલાં' })).toBeVisible();
	await expect(preview.getByRole('table')).toBeVisible();
	// The preview keeps everything typed.
	await expect(page.getByLabel('Title in English', { exact: true })).toHaveValue(titleEn);

	await page.getByLabel('Status').selectOption('published');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/practices\/iccc-playbook-\d+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'gu');
	await expect(page.locator('.prose')).toHaveAttribute('lang', 'gu');
	await expect(page.getByText('How Rajkot runs ten systems from one ICCC.')).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: '10' })).toBeVisible();

	await page.getByRole('link', { name: 'Edit' }).click();
	await page.getByLabel('Text (Markdown)').fill('## પગલાં\n\n1. ટ્રાફિક\n2. પાણી સ્કાડા\n');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText(/Version 2, updated/)).toBeVisible();

	await page.getByRole('link', { name: 'History' }).click();
	await expect(page.locator('strong', { hasText: /^Version 2$/ })).toBeVisible();
	await expect(page.getByTestId('diff').locator('ins')).toContainText(['પાણી']);
	await page.getByRole('button', { name: 'Restore this version: Version 1' }).click();
	await expect(page.getByText('Version 1 has been restored as a new version.')).toBeVisible();
	await expect(page.locator('strong', { hasText: /^Version 3$/ })).toBeVisible();
	await expect(page.getByText(/· restored from version 1$/)).toBeVisible();
});

test('a city member drafts and submits, but cannot publish, and the public sees nothing', async ({
	browser,
	request
}) => {
	const page = await signedIn(browser, 'member.sagar@citysetu.test');
	await page.goto('/practices/new');
	await expect(page.getByLabel('Origin city')).toBeDisabled();
	await expect(page.getByLabel('Status').locator('option')).toHaveText(['Draft', 'In review']);
	const titleEn = `Sagar draft ${Date.now()}`;
	await fillPractice(page, titleEn, 'Short text');
	await page.getByLabel('Status').selectOption('in_review');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/practices\/sagar-draft-\d+$/);
	await expect(page.getByText('In review')).toBeVisible();
	const slug = new URL(page.url()).pathname.split('/').pop();
	expect((await request.get(`/practices/${slug}`)).status()).toBe(404);
	expect((await request.get(`/api/v1/practices/${slug}`)).status()).toBe(404);
});

test('a stale save is refused with 409 and the editor keeps the user’s text', async ({
	browser
}) => {
	const mentor = await signedIn(browser, 'mentor.rajkot@citysetu.test');
	await mentor.goto('/practices/new');
	const titleEn = `Conflict test ${Date.now()}`;
	await fillPractice(mentor, titleEn, 'Original text');
	await mentor.getByRole('button', { name: 'Save' }).click();
	await expect(mentor).toHaveURL(/conflict-test/);
	const editUrl = `${new URL(mentor.url()).pathname}/edit`;

	const admin = await signedIn(browser, 'admin@citysetu.test');
	await admin.goto(editUrl);
	await mentor.goto(editUrl);
	await admin.getByLabel('Text (Markdown)').fill('The admin saved first');
	await admin.getByRole('button', { name: 'Save' }).click();
	await expect(admin.getByText(/Version 2, updated/)).toBeVisible();

	await mentor.getByLabel('Text (Markdown)').fill('My careful rewrite');
	await mentor.getByRole('button', { name: 'Save' }).click();
	await expect(
		mentor.getByText(/Someone saved this practice while you were editing/)
	).toBeVisible();
	await expect(mentor.getByLabel('Text (Markdown)')).toHaveValue('My careful rewrite');
	await expect(
		mentor.getByRole('region', { name: /The current version \(version 2\)/ })
	).toContainText('The admin saved first');
	await mentor.getByRole('button', { name: 'Save' }).click();
	await expect(mentor.getByText(/Version 3, updated/)).toBeVisible();
	await expect(mentor.locator('.prose')).toContainText('My careful rewrite');
});

test('a form sent twice creates one practice', async ({ browser, request }) => {
	const page = await signedIn(browser, 'mentor.rajkot@citysetu.test');
	await page.goto('/practices/new');
	const titleEn = `Sent twice ${Date.now()}`;
	await fillPractice(page, titleEn, 'Text sent twice');
	await page.getByLabel('Status').selectOption('published');
	// What a double click or a resent form does: the same form, with its one key, posted twice.
	const statuses = await page.evaluate(async () => {
		const form = document.querySelector<HTMLFormElement>('form.editor');
		if (!form) throw new Error('no editor form');
		const send = () =>
			fetch(form.action, {
				method: 'POST',
				body: new FormData(form),
				headers: { accept: 'text/html' },
				redirect: 'manual'
			});
		return (await Promise.all([send(), send()])).map(
			(response) => `${response.type} ${response.status}`
		);
	});
	expect(statuses).toEqual(['opaqueredirect 0', 'opaqueredirect 0']);
	const listed = await request.get('/api/v1/practices?per_page=100');
	const titles = ((await listed.json()) as { practices: { title_en: string }[] }).practices.map(
		(p) => p.title_en
	);
	expect(titles.filter((title) => title === titleEn)).toHaveLength(1);
});

test('hostile Markdown is rendered inert in the browser', async ({ browser }) => {
	const page = await signedIn(browser, 'mentor.rajkot@citysetu.test');
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto('/practices/new');
	await fillPractice(
		page,
		`Hostile ${Date.now()}`,
		'<script>window.__xss = 1</script>\n\n[click](javascript:alert(1))\n\n<img src=x onerror="window.__xss=2">\n\n<iframe src="https://evil.example"></iframe>'
	);
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('region', { name: 'Preview' })).toContainText('click');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/hostile-\d+$/);
	const prose = page.locator('.prose');
	await expect(prose.locator('script, iframe, [onerror]')).toHaveCount(0);
	await expect(prose.getByText('click')).toBeVisible();
	expect(await prose.locator('a[href^="javascript"]').count()).toBe(0);
	expect(
		await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
	).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('the library lists seeded practices in their own languages, filterable without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/practices');
	await expect(page.locator('h3 a[lang="gu"]').first()).toBeVisible();
	await page.getByLabel('Language', { exact: true }).selectOption('mr');
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'practice' })).toHaveText('1 practice');
	await page.locator('h3 a[lang="mr"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'mr');
	await expect(page.getByText(/Memorandum of Cooperation|MLIT|Japan/).first()).toBeVisible();
	await context.close();
});

test('a mentor edits another city’s practice and it stays in that city', async ({ browser }) => {
	const member = await signedIn(browser, 'member.sagar@citysetu.test');
	await member.goto('/practices/new');
	const titleEn = `Sagar review ${Date.now()}`;
	await fillPractice(member, titleEn, 'Text from Sagar');
	await member.getByLabel('Status').selectOption('in_review');
	await member.getByRole('button', { name: 'Save' }).click();
	await expect(member).toHaveURL(/\/practices\/sagar-review-\d+$/);
	const path = new URL(member.url()).pathname;

	const mentor = await signedIn(browser, 'mentor.rajkot@citysetu.test');
	await mentor.goto(`${path}/edit`);
	// The city is shown, fixed to the practice's own, and only an admin could change it.
	const city = mentor.getByLabel('Origin city');
	await expect(city).toBeDisabled();
	await expect(city.locator('option')).toHaveText(['Sagar']);
	await expect(
		mentor.getByText('Only a mission admin can move a practice to another city.')
	).toBeVisible();
	await mentor.getByLabel('Text (Markdown)').fill('Reviewed by the Rajkot mentor');
	await mentor.getByLabel('Status').selectOption('published');
	await mentor.getByRole('button', { name: 'Save' }).click();
	await expect(mentor.getByText(/Version 2, updated/)).toBeVisible();
	await expect(
		mentor.getByRole('article').getByRole('link', { name: 'Sagar', exact: true })
	).toHaveAttribute('href', '/cities/sagar');
	await expect(mentor.locator('.prose')).toContainText('Reviewed by the Rajkot mentor');

	// Its city still owns it: the Sagar member reads its history; an admin's editor offers
	// every city.
	await member.goto(`${path}/history`);
	await expect(member.locator('strong', { hasText: /^Version 2$/ })).toBeVisible();
	const admin = await signedIn(browser, 'admin@citysetu.test');
	await admin.goto(`${path}/edit`);
	await expect(admin.getByLabel('Origin city')).toBeEnabled();
	await expect(admin.getByLabel('Origin city')).toHaveValue('sagar');
});

test('the history of a published practice is for its city, mentors and admins', async ({
	browser
}) => {
	const mentor = await signedIn(browser, 'mentor.rajkot@citysetu.test');
	await mentor.goto('/practices/new');
	await fillPractice(mentor, `Rajkot history ${Date.now()}`, 'A first draft');
	await mentor.getByLabel('Status').selectOption('published');
	await mentor.getByRole('button', { name: 'Save' }).click();
	await expect(mentor).toHaveURL(/\/practices\/rajkot-history-\d+$/);
	const path = new URL(mentor.url()).pathname;
	await expect(mentor.getByRole('link', { name: 'History' })).toBeVisible();

	const member = await signedIn(browser, 'member.sagar@citysetu.test');
	await member.goto(path);
	await expect(member.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(member.getByRole('link', { name: 'History' })).toHaveCount(0);
	expect((await member.goto(`${path}/history`))?.status()).toBe(403);
	const api = await member.request.get(`/api/v1${path}/revisions`);
	expect(api.status()).toBe(403);
	expect((await mentor.request.get(`/api/v1${path}/revisions`)).status()).toBe(200);
});

test('the editor keeps text typed before its script has loaded', async ({ browser }) => {
	const page = await signedIn(browser, 'mentor.rajkot@citysetu.test');
	// Hold the app's scripts back, as a slow line does, while the reader starts typing.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/practices/new', { waitUntil: 'commit' });
	await page.getByLabel('Summary in English').fill('Typed on a slow line.');
	await page.getByLabel('Text (Markdown)').fill('# Typed before the script');
	release();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	await expect(page.getByLabel('Summary in English')).toHaveValue('Typed on a slow line.');
	await expect(page.getByLabel('Text (Markdown)')).toHaveValue('# Typed before the script');
});
