// The admin's users page at scale: finding officers among many, inviting them from a CSV file
// (checked first, sent once), and the invitations API.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { createSupabase } from '../../src/lib/server/supabase';
import { checked } from './contract';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

/** System access to the stack the app runs on, to set up officers and look at the outbox. */
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

async function signIn(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
}

async function invitationMails(emails: string[]) {
	const { count } = await service()
		.from('outbox_emails')
		.select('id', { count: 'exact', head: true })
		.in('to_email', emails)
		.eq('purpose', 'invitation');
	return count;
}

test('an admin finds officers by name, city, role and status, a page at a time', async ({
	page
}) => {
	test.slow();
	const db = service();
	const { data: rajkot } = await db.from('cities').select('id').eq('slug', 'rajkot').single();
	const run = Date.now();
	const { error } = await db.from('users').insert([
		...Array.from({ length: 30 }, (_, i) => ({
			email: `finder.${run}.${i}@rajkot.gov.in`,
			name: `Finder ${run} ${String(i).padStart(2, '0')}`,
			role: 'city_member' as const,
			city_id: rajkot?.id ?? null
		})),
		{
			email: `finder.${run}.mentor@rajkot.gov.in`,
			name: `Finder ${run} Mentor`,
			role: 'mentor' as const,
			city_id: rajkot?.id ?? null
		}
	]);
	expect(error).toBeNull();

	await signIn(page, 'admin@citysetu.test');
	await page.getByRole('link', { name: 'Users' }).click();
	const accounts = page.getByRole('region', { name: 'Accounts' });
	const search = accounts.getByRole('form', { name: 'Find accounts' });
	await search.getByLabel('Name or email').fill(`finder ${run}`);
	await search.getByLabel('City').selectOption('rajkot');
	await search.getByLabel('Role').selectOption('city_member');
	await search.getByLabel('Status').selectOption('active');
	await search.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/q=finder\+\d+&role=city_member&city=rajkot&status=active/);
	await expect(
		accounts.getByRole('status').filter({ hasText: '30 officers match.' })
	).toBeVisible();
	const table = accounts.getByRole('table', { name: 'Accounts, page 1 of 2' });
	await expect(table.getByRole('row')).toHaveCount(26);
	await expect(table.getByRole('row').nth(1)).toContainText(`Finder ${run} 00`);
	await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible();
	await expect(table.getByText(`Finder ${run} Mentor`)).toHaveCount(0);

	// The next page keeps every filter.
	await page.getByRole('link', { name: 'Next' }).click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page).toHaveURL(/city=rajkot/);
	const second = accounts.getByRole('table', { name: 'Accounts, page 2 of 2' });
	await expect(second.getByRole('row')).toHaveCount(6);
	await expect(search.getByLabel('Name or email')).toHaveValue(`finder ${run}`);
	await expect(search.getByLabel('City')).toHaveValue('rajkot');

	// An action on a filtered page leaves the filters in place: the officer leaves the list of
	// active accounts.
	const row = second.getByRole('row').filter({ hasText: `Finder ${run} 29` });
	await row.getByText('Change role or city').click();
	await row.getByRole('button', { name: 'Deactivate' }).click();
	await expect(accounts.getByRole('status').first()).toHaveText('29 officers match.');
	await expect(page).toHaveURL(/page=2/);
	await expect(second.getByRole('row')).toHaveCount(5);

	await search.getByLabel('Name or email').fill('no such officer anywhere');
	await search.getByRole('button', { name: 'Search' }).click();
	await expect(accounts.getByText('No officer matches these filters.')).toBeVisible();
	await expect(accounts.getByRole('status')).toHaveText('0 officers match.');

	const bad = await page.goto('/admin/users?role=astronaut&colour=blue');
	expect(bad?.status()).toBe(400);
	await expect(page.getByText('These filters could not be used: colour, role.')).toBeVisible();
});

test('an admin invites officers from a CSV file without JavaScript: checked, confirmed, sent once', async ({
	browser
}) => {
	test.slow();
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const run = Date.now();
	const emails = [
		`csv.${run}.a@kanpur.gov.in`,
		`csv.${run}.b@kanpur.gov.in`,
		`csv.${run}.c@mission.gov.in`
	];
	const csv = Buffer.from(
		'\uFEFFemail,role,city\r\n' +
			`${emails[0]},city_member,kanpur\r\n` +
			`${emails[1]},Mentor,Kanpur\r\n` +
			`${emails[2]},mission_admin,\r\n` +
			`member.sagar@citysetu.test,city_member,sagar\r\n` +
			`not an email,city_member,kanpur\r\n` +
			`csv.${run}.d@kanpur.gov.in,collector,kanpur\r\n` +
			`csv.${run}.e@kanpur.gov.in,mentor,atlantis\r\n` +
			`csv.${run}.f@kanpur.gov.in,mentor,\r\n` +
			`${emails[0]},city_member,kanpur\r\n`,
		'utf8'
	);
	const file = { name: 'kanpur-officers.csv', mimeType: 'text/csv', buffer: csv };

	await signIn(page, 'admin@citysetu.test');
	await page.goto('/admin/users');
	await page.getByRole('link', { name: 'Invite many officers from a CSV file' }).click();
	await expect(
		page.getByRole('heading', { name: 'Invite officers from a CSV file' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByText('Choose a CSV file.')).toBeVisible();

	await page.getByLabel('CSV file').setInputFiles(file);
	await page.getByRole('button', { name: 'Check the file' }).click();
	const report = page.getByRole('region', { name: 'Check of the file' });
	await expect(report.getByText('3 rows are ready to invite.')).toBeVisible();
	await expect(report.getByText('6 rows have problems and will not be invited.')).toBeVisible();
	await expect(report.getByText('Nothing has been sent yet.')).toBeVisible();
	const problems = report.getByRole('table', { name: 'Rows with problems' });
	const problem = (line: number) =>
		problems
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) });
	await expect(problem(5)).toContainText('Already has an active account');
	await expect(problem(6)).toContainText('Not a valid email address');
	await expect(problem(7)).toContainText('Unknown role');
	await expect(problem(8)).toContainText('No city has this slug');
	await expect(problem(9)).toContainText('Mentors and city members need a city');
	await expect(problem(10)).toContainText('Repeats the address of row 2');
	const ready = report.getByRole('table', { name: 'Rows ready to invite' });
	await expect(ready.getByRole('row')).toHaveCount(4);
	await expect(ready.getByRole('row').filter({ hasText: emails[1] })).toContainText('mentor');
	expect(await invitationMails(emails)).toBe(0);

	await report.getByRole('button', { name: 'Send 3 invitations' }).click();
	const summary = page.getByRole('region', { name: 'Invitations sent' });
	await expect(summary.getByText('3 officers invited.')).toBeVisible();
	await expect(summary.getByText('6 rows skipped.')).toBeVisible();
	const invited = summary.getByRole('table', { name: 'Officers invited' });
	await expect(invited.getByRole('row')).toHaveCount(4);
	await expect(invited.getByRole('row').filter({ hasText: emails[2] })).toContainText(
		/\/invite\/[a-z2-7]{32}/
	);
	await expect(summary.getByRole('table', { name: 'Rows skipped' }).getByRole('row')).toHaveCount(
		7
	);
	expect(await invitationMails(emails)).toBe(3);
	await context.close();

	// The same file again, now with JavaScript: every row is reported, nothing is sent twice.
	const again = await browser.newPage();
	await signIn(again, 'admin@citysetu.test');
	await again.goto('/admin/users/bulk');
	await again.getByLabel('CSV file').setInputFiles(file);
	await again.getByRole('button', { name: 'Check the file' }).click();
	const second = again.getByRole('region', { name: 'Check of the file' });
	await expect(second.getByText('0 rows are ready to invite.')).toBeVisible();
	await expect(
		second.getByText('No row can be invited. Correct the file and check it again.')
	).toBeVisible();
	await expect(second.getByRole('button', { name: /Send/ })).toHaveCount(0);
	const rows = second.getByRole('table', { name: 'Rows with problems' }).getByRole('row');
	for (const email of emails) {
		await expect(rows.filter({ hasText: email }).first()).toContainText(
			'Already invited: the invitation is still open'
		);
	}
	expect(await invitationMails(emails)).toBe(3);
	await again.close();
});

test('a file too large for the form is refused with a clear message', async ({ page }) => {
	await signIn(page, 'admin@citysetu.test');
	await page.goto('/admin/users/bulk');
	const big = Buffer.alloc(600 * 1024, 'a');
	await page
		.getByLabel('CSV file')
		.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByText('The file is larger than 500 KB.', { exact: false })).toBeVisible();
});

test('the users pages and a file report pass axe', async ({ page }) => {
	test.slow();
	await signIn(page, 'admin@citysetu.test');
	await page.goto('/admin/users?role=city_member');
	const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect((await axe()).violations).toEqual([]);
	await page.goto('/admin/users/bulk');
	await page.getByLabel('CSV file').setInputFiles({
		name: 'axe.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('email,role,city\naxe.ok@sagar.gov.in,mentor,sagar\nbad,mentor,sagar\n')
	});
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByText('1 row is ready to invite.')).toBeVisible();
	expect((await axe()).violations).toEqual([]);
});

/** An API token for a demo account, of the given scope, made through the account page. */
async function tokenFor(
	request: APIRequestContext,
	baseURL: string,
	email: string,
	scope: 'read' | 'read_write'
) {
	const origin = { origin: baseURL };
	const login = await request.post('/login', {
		form: { email, password: demoPassword },
		headers: { ...origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(login.status()).toBe(303);
	const created = await request.post('/account?/createToken', {
		form: { name: `invitations ${scope} ${Date.now()}`, scope, current: demoPassword },
		headers: { ...origin, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	const token = JSON.stringify(await created.json()).match(/cs_[a-z2-7]{32}/)?.[0];
	expect(token).toBeTruthy();
	return { authorization: `Bearer ${token}` };
}

test('POST /api/v1/invitations: 201 for an admin, 400, 401, 403 and 409 as documented', async ({
	playwright,
	baseURL
}) => {
	test.slow();
	const fresh = async () =>
		checked(await playwright.request.newContext({ baseURL }), baseURL ?? '');
	const admin = await tokenFor(await fresh(), baseURL ?? '', 'admin@citysetu.test', 'read_write');
	const adminRead = await tokenFor(await fresh(), baseURL ?? '', 'admin@citysetu.test', 'read');
	const member = await tokenFor(
		await fresh(),
		baseURL ?? '',
		'member.sagar@citysetu.test',
		'read_write'
	);
	const api = await fresh();
	const email = `api.${Date.now()}@sagar.gov.in`;
	const body = { email, role: 'city_member', city: 'sagar' };

	expect((await api.post('/api/v1/invitations', { data: body })).status()).toBe(401);
	const refused = await api.post('/api/v1/invitations', { headers: member, data: body });
	expect(refused.status()).toBe(403);
	expect((await refused.json()).error).toBe('forbidden');
	expect((await api.post('/api/v1/invitations', { headers: adminRead, data: body })).status()).toBe(
		403
	);

	const invalid = await api.post('/api/v1/invitations', {
		headers: admin,
		data: { email: 'not an email', role: 'astronaut' }
	});
	expect(invalid.status()).toBe(400);
	expect((await invalid.json()).errors).toEqual({
		email: 'Enter an email address such as name@example.gov.in.',
		role: 'Unknown role: use mission_admin, mentor or city_member'
	});
	const noCity = await api.post('/api/v1/invitations', {
		headers: admin,
		data: { email, role: 'mentor' }
	});
	expect((await noCity.json()).errors).toEqual({ city: 'Mentors and city members need a city.' });
	const unknownCity = await api.post('/api/v1/invitations', {
		headers: admin,
		data: { ...body, city: 'atlantis' }
	});
	expect((await unknownCity.json()).errors).toEqual({ city: 'No city has this slug' });

	const created = await api.post('/api/v1/invitations', {
		headers: admin,
		data: { ...body, email: email.toUpperCase() }
	});
	expect(created.status()).toBe(201);
	const invitation = await created.json();
	expect(invitation.url).toMatch(new RegExp(`^http://localhost:\\d+/invite/[a-z2-7]{32}$`));
	expect(Date.parse(invitation.expires_at) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
	const { data: stored } = await service()
		.from('invitations')
		.select('id, email, role')
		.eq('id', invitation.id)
		.single();
	expect(stored).toEqual({ id: invitation.id, email, role: 'city_member' });

	const again = await api.post('/api/v1/invitations', { headers: admin, data: body });
	expect(again.status()).toBe(409);
	expect((await again.json()).message).toMatch(/open invitation/);
	const taken = await api.post('/api/v1/invitations', {
		headers: admin,
		data: { ...body, email: 'member.sagar@citysetu.test' }
	});
	expect(taken.status()).toBe(409);
	expect((await taken.json()).message).toBe('This email already has an account.');
	expect(await invitationMails([email])).toBe(1);
});
