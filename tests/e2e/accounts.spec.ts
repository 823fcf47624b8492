import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createSupabase } from '../../src/lib/server/supabase';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

/** System access to the stack the app runs on, to look at what the app stored. */
function service() {
	let env: Record<string, string | undefined> = process.env;
	if (!env.SUPABASE_URL) {
		const file = path.join(process.env.CITYSETU_DATA_DIR ?? '', 'stack.json');
		env = JSON.parse(fs.readFileSync(file, 'utf8')).env;
	}
	return createSupabase({
		url: env.SUPABASE_URL ?? '',
		key: env.SUPABASE_SERVICE_ROLE_KEY ?? '',
		barePostgrest: env.SUPABASE_BARE_POSTGREST === '1'
	});
}

/** A form post over node:http, so the Host header is exactly what is given. */
function postForm(
	baseURL: string,
	pathname: string,
	form: Record<string, string>,
	headers: Record<string, string>
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
	const url = new URL(pathname, baseURL);
	const body = new URLSearchParams(form).toString();
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': String(Buffer.byteLength(body)),
					accept: 'text/html',
					...headers
				}
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

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

test('an officer creates a read-only API token with their password; it reads but may not write', async ({
	page,
	request
}) => {
	await signIn(page, 'mentor.rajkot@citysetu.test');
	const tokens = page.getByRole('region', { name: 'API tokens' });
	await tokens.getByLabel('Token name').fill('Rajkot ICCC dashboard');
	await tokens.getByLabel('Access').selectOption('read');
	await expect(tokens.getByLabel('Expires after')).toHaveValue('90');
	await tokens.getByLabel('Current password').fill('not my password at all');
	await tokens.getByRole('button', { name: 'Create token' }).click();
	await expect(tokens.getByText('The current password is not right.')).toBeVisible();
	await tokens.getByLabel('Current password').fill(demoPassword);
	await tokens.getByRole('button', { name: 'Create token' }).click();
	const token = (await page.getByTestId('new-token').textContent()) ?? '';
	expect(token).toMatch(/^cs_[a-z2-7]{32}$/);

	const authorization = `Bearer ${token}`;
	const me = await request.get('/api/v1/me', { headers: { authorization } });
	expect(me.status()).toBe(200);
	expect(await me.json()).toMatchObject({ email: 'mentor.rajkot@citysetu.test', role: 'mentor' });
	expect((await request.get('/api/v1/me')).status()).toBe(401);
	for (const [method, url] of [
		['POST', '/api/v1/practices'],
		['PATCH', '/api/v1/practices/anything'],
		['DELETE', '/api/v1/me']
	]) {
		const write = await request.fetch(url, {
			method,
			headers: { authorization, 'content-type': 'application/json' },
			data: {}
		});
		expect(write.status(), `${method} ${url}`).toBe(403);
		expect(await write.json()).toMatchObject({ error: 'forbidden' });
	}

	await page.reload();
	const listed = page.getByRole('listitem').filter({ hasText: 'Rajkot ICCC dashboard' });
	await expect(listed.getByText('Read only')).toBeVisible();
	await expect(listed.getByText(/Expires /)).toBeVisible();
	await page.getByRole('button', { name: 'Revoke: Rajkot ICCC dashboard' }).click();
	await expect(page.getByText('The token has been revoked.')).toBeVisible();
	const after = await request.get('/api/v1/me', { headers: { authorization } });
	expect(after.status()).toBe(401);
});

test('a reset asked with a forged Host and Origin mails a link on the configured origin', async ({
	baseURL
}) => {
	const email = 'member.sagar@citysetu.test';
	const started = new Date().toISOString();
	const response = await postForm(
		baseURL ?? '',
		'/reset',
		{ email },
		{ host: 'attacker.example', origin: 'http://attacker.example' }
	);
	expect(response.status).toBe(200);
	const { data, error } = await service()
		.from('outbox_emails')
		.select('link')
		.eq('to_email', email)
		.eq('purpose', 'password_reset')
		.gte('created_at', started);
	expect(error).toBeNull();
	expect(data).toHaveLength(1);
	const link = data?.[0]?.link ?? '';
	expect(link).not.toContain('attacker.example');
	const port = new URL(baseURL ?? '').port;
	expect(link).toMatch(new RegExp(`^http://localhost:${port}/reset/[a-z2-7]{32}$`));
});

test('30 parallel wrong sign-ins let at most 5 reach the password check; the rest get 429', async ({
	baseURL
}) => {
	const email = `burst.${Date.now()}@citysetu.test`;
	const origin = new URL(baseURL ?? '').origin;
	const responses = await Promise.all(
		Array.from({ length: 30 }, (_, i) =>
			postForm(origin, '/login', { email, password: `wrong password ${i}` }, { origin })
		)
	);
	const checked = responses.filter((r) => r.status === 400);
	const refused = responses.filter((r) => r.status === 429);
	expect(checked.length).toBeLessThanOrEqual(5);
	expect(checked.length + refused.length).toBe(30);
	for (const r of refused) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
	// Each attempt that reached the password check was counted first.
	const { count } = await service()
		.from('auth_attempts')
		.select('id', { count: 'exact', head: true })
		.eq('email', email);
	expect(count).toBe(checked.length);
});

test('an admin makes a reset link for a city member, shown once', async ({ page }) => {
	await signIn(page, 'admin@citysetu.test');
	await expect(page).toHaveURL(/\/account$/);
	await page.goto('/admin/users?q=member.sagar%40citysetu.test');
	const accounts = page.getByRole('region', { name: 'Accounts' });
	const row = accounts.getByRole('row').filter({ hasText: 'member.sagar@citysetu.test' });
	await row.getByText('Change role or city').click();
	await row.getByRole('button', { name: 'Password reset link' }).click();
	await expect(page.getByText('It is shown only this once.')).toBeVisible();
	expect((await page.getByTestId('reset-link').textContent()) ?? '').toMatch(
		/^http:\/\/localhost:\d+\/reset\/[a-z2-7]{32}$/
	);
	await page.reload();
	await expect(page.getByTestId('reset-link')).toHaveCount(0);
	// Not for another admin.
	await page.goto('/admin/users?q=admin%40citysetu.test&role=mission_admin');
	const admins = accounts.getByRole('row').filter({ hasText: 'Demo Mission Admin' });
	await admins.getByText('Change role or city').click();
	await expect(admins.getByRole('button', { name: 'Password reset link' })).toHaveCount(0);
});
