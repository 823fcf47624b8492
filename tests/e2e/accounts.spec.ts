import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

async function signIn(page: Page, email: string, password = demoPassword) {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an admin invites an officer, who sets a password, signs in and signs out', async ({
	page,
	browser
}) => {
	const email = `officer.${Date.now()}@bilaspur.gov.in`;
	await signIn(page, 'admin@citysetu.test');
	await expect(page).toHaveURL(/\/account$/);
	await page.getByRole('link', { name: 'Users' }).click();
	const invite = page.getByRole('region', { name: 'Invite an officer' });
	await invite.getByLabel('Email').fill(email);
	await invite.getByLabel('Role').selectOption('mentor');
	await invite.getByLabel('City').selectOption('bilaspur');
	await invite.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByText(`Invitation created for ${email}.`)).toBeVisible();
	const link = (await page.getByTestId('invitation-link').textContent()) ?? '';
	expect(link).toMatch(/\/invite\/[a-z2-7]{32}$/);

	// The officer opens the link in a browser of their own.
	const officer = await (await browser.newContext()).newPage();
	await officer.goto(new URL(link).pathname);
	await expect(officer.getByText('You have been invited as Mentor for Bilaspur.')).toBeVisible();
	await officer.getByLabel('Full name').fill('Digital Library Officer');
	await officer.getByLabel('New password', { exact: true }).fill('short');
	await officer.getByLabel('Repeat the new password').fill('short');
	await officer.getByRole('button', { name: 'Create my account' }).click();
	await expect(officer.getByText('Use at least 12 characters.')).toBeVisible();
	await expect(officer.getByLabel('Full name')).toHaveValue('Digital Library Officer');
	await expect(officer.getByLabel('New password', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);

	await officer.getByLabel('New password', { exact: true }).fill('library pays for itself');
	await officer.getByLabel('Repeat the new password').fill('library pays for itself');
	await officer.getByRole('button', { name: 'Create my account' }).click();
	await expect(officer).toHaveURL(/\/account$/);
	await expect(officer.getByText(`${email} · Mentor, Bilaspur`)).toBeVisible();

	await officer.getByRole('button', { name: 'Sign out' }).click();
	await expect(officer.getByText('You have signed out.')).toBeVisible();
	await officer.goto('/account');
	await expect(officer).toHaveURL(/\/login\?next=%2Faccount$/);

	await signIn(officer, email, 'library pays for itself');
	await expect(officer).toHaveURL(/\/account$/);
	// The link works once.
	await officer.goto(new URL(link).pathname);
	await expect(officer.getByText('This invitation link is no longer valid.')).toBeVisible();
});

test('repeated wrong passwords lock the account with 429 and Retry-After', async ({
	page,
	request
}) => {
	const email = `locked.${Date.now()}@citysetu.test`;
	for (let i = 0; i < 5; i++) {
		await signIn(page, email, `wrong password ${i}`);
		await expect(page.getByText('The email or password is not right.')).toBeVisible();
	}
	await signIn(page, email, 'wrong password again');
	await expect(page.getByText(/Too many attempts. Try again in 15 minutes./)).toBeVisible();
	await expect(page.getByLabel('Email')).toHaveValue(email);

	const response = await request.post('/login', {
		form: { email, password: 'anything at all' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(response.status()).toBe(429);
	expect(Number(response.headers()['retry-after'])).toBeGreaterThan(800);
});

test('signing in works without JavaScript and keeps the email on failure', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, 'member.sagar@citysetu.test', 'not the password');
	await expect(page.getByText('The email or password is not right.')).toBeVisible();
	await expect(page.getByLabel('Email')).toHaveValue('member.sagar@citysetu.test');
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByText('City member, Sagar')).toBeVisible();
	await context.close();
});

test('a city member cannot reach the admin pages', async ({ page }) => {
	await signIn(page, 'member.sagar@citysetu.test');
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
	const response = await page.goto('/admin/users');
	expect(response?.status()).toBe(403);
	await expect(page.getByText('You do not have permission to do that.')).toBeVisible();
});

test('an officer creates an API token, uses it on the API and revokes it', async ({
	page,
	request
}) => {
	await signIn(page, 'mentor.rajkot@citysetu.test');
	await page.getByLabel('Token name').fill('Rajkot ICCC dashboard');
	await page.getByRole('button', { name: 'Create token' }).click();
	const token = (await page.getByTestId('new-token').textContent()) ?? '';
	expect(token).toMatch(/^cs_[a-z2-7]{32}$/);

	const me = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
	expect(me.status()).toBe(200);
	expect(await me.json()).toMatchObject({ email: 'mentor.rajkot@citysetu.test', role: 'mentor' });
	expect((await request.get('/api/v1/me')).status()).toBe(401);

	await page.reload();
	await page.getByRole('button', { name: 'Revoke: Rajkot ICCC dashboard' }).click();
	await expect(page.getByText('The token has been revoked.')).toBeVisible();
	const after = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
	expect(after.status()).toBe(401);
});
