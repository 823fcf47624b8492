// Feedback from a visitor to an admin: sent without JavaScript and without an account, answered
// with a reference, then read and closed by a mission admin. Bots that fill the hidden field are
// answered alike, and nothing of theirs is kept.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoPassword, service } from './mentorship-data';

async function signIn(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
}

test('a visitor without JavaScript sends feedback, and an admin reads and closes it', async ({
	browser,
	page
}) => {
	const run = Date.now();
	const message = `The ward map on the Rajkot page does not load (${run}).`;

	const visitor = await browser.newContext({ javaScriptEnabled: false });
	const form = await visitor.newPage();
	await form.goto('/cities/rajkot');
	await form.getByRole('contentinfo').getByRole('link', { name: 'Feedback' }).click();
	await expect(form).toHaveURL(/\/feedback$/);
	await expect(form.getByRole('heading', { level: 1 })).toHaveText('Send feedback');
	// The page the visitor came from is named already.
	await expect(form.getByLabel('The page it is about (optional)')).toHaveValue('/cities/rajkot');

	// Mistakes are named field by field, and nothing typed is lost.
	await form.getByLabel('Your name (optional)').fill('Asha Patel');
	await form.getByLabel('Your email (optional)').fill('asha at example');
	await form.getByRole('button', { name: 'Send feedback' }).click();
	await expect(form.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
	await expect(form.getByText('Choose what your message is about.')).toBeVisible();
	await expect(form.getByText('Write your message.')).toBeVisible();
	await expect(form.getByLabel('Your email (optional)')).toHaveAccessibleDescription(
		/Enter an email address/
	);
	await expect(form.getByLabel('Your name (optional)')).toHaveValue('Asha Patel');
	await expect(form.getByLabel('Your email (optional)')).toHaveValue('asha at example');
	await expect(form.getByLabel('The page it is about (optional)')).toHaveValue('/cities/rajkot');

	await form.getByRole('radio', { name: 'Something does not work' }).check();
	await form.getByLabel('Your message').fill(message);
	await form.getByLabel('Your email (optional)').fill('Asha@Example.in');
	await form.getByRole('button', { name: 'Send feedback' }).click();
	const sent = form.getByRole('status');
	await expect(sent).toContainText('Thank you: your feedback has been received.');
	const text = (await sent.textContent()) ?? '';
	const reference = /FB-\d{4}-\d{6,}/.exec(text)?.[0];
	expect(reference).toBeDefined();
	await visitor.close();

	const { data: stored } = await service()
		.from('feedback')
		.select('category, message, page_url, name, email, status')
		.eq('reference', reference ?? '')
		.single();
	expect(stored).toEqual({
		category: 'problem',
		message,
		page_url: '/cities/rajkot',
		name: 'Asha Patel',
		email: 'asha@example.in',
		status: 'open'
	});

	// The form with its errors shown, enhanced this time (axe needs JavaScript to run).
	await page.goto('/feedback');
	await page.getByRole('button', { name: 'Send feedback' }).click();
	await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
	const withErrors = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	expect(withErrors.violations.map((v) => v.id)).toEqual([]);

	// Only admins may look.
	const closedDoor = await page.goto('/admin/feedback');
	await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Ffeedback$/);
	expect(closedDoor?.ok()).toBe(true);

	await signIn(page, 'admin@citysetu.test');
	await page.goto('/admin/feedback?status=open');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feedback');
	await expect(page.getByLabel('Status')).toHaveValue('open');
	const item = page.getByRole('article', { name: `${reference} · Something does not work` });
	await expect(item).toContainText(message);
	await expect(item).toContainText('asha@example.in');
	await expect(item).toContainText('/cities/rajkot');
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	await item.getByRole('button', { name: `Close ${reference}` }).click();
	await expect(page.getByText(`Feedback ${reference} is closed.`)).toBeVisible();
	await expect(item).toHaveCount(0);

	await page.getByLabel('Status').selectOption('closed');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/status=closed/);
	const closed = page.getByRole('article', { name: `${reference} · Something does not work` });
	await expect(closed).toContainText(/Closed .* by /);
	await expect(closed.getByRole('button')).toHaveCount(0);

	const bad = await page.goto('/admin/feedback?status=lost&colour=blue');
	expect(bad?.status()).toBe(400);
});

test('an officer who is not an admin is refused the feedback list', async ({ page }) => {
	await signIn(page, 'member.sagar@citysetu.test');
	const response = await page.goto('/admin/feedback');
	expect(response?.status()).toBe(403);
});

test('a bot that fills the hidden field is answered as anyone, and nothing is stored', async ({
	browser
}) => {
	const message = `Buy cheap followers now ${Date.now()}`;
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/feedback');
	// People are told to leave it empty; it is out of sight and out of the tab order.
	const trap = page.getByLabel('Leave this field empty: it is here to catch automated messages.');
	await expect(trap).toHaveAttribute('tabindex', '-1');
	await page.getByRole('radio', { name: 'A suggestion' }).check();
	await page.getByLabel('Your message').fill(message);
	await trap.fill('https://spam.example', { force: true });
	await page.getByRole('button', { name: 'Send feedback' }).click();
	await expect(page.getByRole('status')).toContainText(/Your reference number is FB-\d{4}-\d{6}/);
	await context.close();

	const { count } = await service()
		.from('feedback')
		.select('id', { count: 'exact', head: true })
		.eq('message', message);
	expect(count).toBe(0);
});
