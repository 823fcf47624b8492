import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createSupabase } from '../../src/lib/server/supabase';
// Every API answer through `request` (and `checked`) is also checked against the OpenAPI document.
import { checked, test } from './contract';

const demoPassword = process.env.DEMO_PASSWORD ?? '';
const UPCOMING = 'Demo session: emergency desk procedures';
const OVERDUE = 'Demo: list the cameras of hospitals and schools, with a nodal officer for each';

/** System access to the stack the app runs on, to set up what a test needs. */
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

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((v) => `${new URL(page.url()).pathname}: ${v.id}`)).toEqual([]);
}

async function signIn(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
}

test('the Sagar member sees the next session and the overdue action item, and downloads the .ics', async ({
	page,
	browser,
	baseURL
}) => {
	await signIn(page, 'member.sagar@citysetu.test');
	await page.getByRole('link', { name: 'Dashboard' }).click();
	await expect(page).toHaveURL(/\/dashboard$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Your dashboard' })).toBeVisible();

	const sessions = page.getByRole('region', { name: 'Your next sessions' });
	await expect(sessions.getByText(UPCOMING)).toBeVisible();
	await expect(sessions.getByText(/IST/).first()).toBeVisible();
	const actions = page.getByRole('region', { name: 'Your action items' });
	const overdue = actions.getByRole('listitem').filter({ hasText: OVERDUE });
	await expect(overdue.getByText(/^Overdue: was due on/)).toBeVisible();
	await expect(actions.getByText(/action items? (is|are) overdue/)).toBeVisible();
	// A city member has no requests to answer: no such section.
	await expect(page.getByRole('region', { name: 'Requests awaiting you' })).toHaveCount(0);
	await expectAccessible(page);

	const ics = sessions.getByRole('link', { name: `Add to calendar (.ics): ${UPCOMING}` });
	const [download] = await Promise.all([page.waitForEvent('download'), ics.click()]);
	expect(download.suggestedFilename()).toMatch(/^citysetu-session-[0-9a-f-]{36}\.ics$/);

	const href = (await ics.getAttribute('href')) ?? '';
	const response = await checked(page.request, baseURL ?? '').get(href);
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['content-type']).toBe('text/calendar; charset=utf-8');
	expect(headers['content-disposition']).toMatch(
		/^attachment; filename="citysetu-session-.+\.ics"$/
	);
	expect(headers['cache-control']).toContain('no-store');
	const body = await response.text();
	expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
	expect(body).toContain('SUMMARY:Demo session: emergency desk procedures');
	expect(body).toMatch(/DTSTART:\d{8}T\d{6}Z/);

	// A member of a third city gets a JSON 404 for the same session.
	const outsider = await (await browser.newContext()).newPage();
	await signIn(outsider, 'member.bilaspur@citysetu.test');
	const refused = await checked(outsider.request, baseURL ?? '').get(href);
	expect(refused.status()).toBe(404);
	expect(await refused.json()).toMatchObject({ error: 'not_found' });
});

test('a member makes a calendar feed on the account page, fetches it, and revokes it', async ({
	page,
	request
}) => {
	await signIn(page, 'mentor.rajkot@citysetu.test');
	const section = page.getByRole('region', { name: 'Calendar feed' });
	await section
		.getByRole('button', { name: /^(Make a calendar feed|Replace it with a new address)$/ })
		.click();
	await expect(section.getByText('Copy its address now')).toBeVisible();
	const webcal = (await section.getByTestId('feed-webcal').textContent()) ?? '';
	expect(webcal).toMatch(/^webcal:\/\/[^/]+\/api\/v1\/calendar\/cscal_[a-z2-7]{32}\.ics$/);
	await expect(section.getByRole('link', { name: /webcal:\/\// })).toHaveAttribute('href', webcal);
	const https = (await section.getByTestId('feed-https').textContent()) ?? '';
	expect(https).toMatch(/^https?:\/\//);
	await expectAccessible(page);

	// Calendar apps send no cookie: the token alone opens the feed.
	const feedPath = new URL(https).pathname;
	const feed = await request.get(feedPath);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const text = await feed.text();
	expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
	expect(text).toContain(UPCOMING);

	// Shown once: after a reload only the feed's dates remain.
	await page.reload();
	await expect(section.getByTestId('feed-webcal')).toHaveCount(0);
	await expect(section.getByText(/^A feed is active/)).toBeVisible();
	await section.getByRole('button', { name: 'Revoke the feed' }).click();
	await expect(section.getByText('Your calendar feed is revoked')).toBeVisible();
	expect((await request.get(feedPath)).status()).toBe(404);

	// Mail settings: a box unticked stays unticked.
	const mail = page.getByRole('region', { name: 'Mail reminders' });
	const nudges = mail.getByRole('checkbox', { name: /^Nudges/ });
	await nudges.uncheck();
	await mail.getByRole('button', { name: 'Save' }).click();
	await expect(mail.getByText('Your mail settings are saved.')).toBeVisible();
	await page.reload();
	await expect(nudges).not.toBeChecked();
	await expect(mail.getByRole('checkbox', { name: /^Session reminders/ })).toBeChecked();
	await nudges.check();
	await mail.getByRole('button', { name: 'Save' }).click();
	await expect(mail.getByText('Your mail settings are saved.')).toBeVisible();
});

test('an admin deactivates an officer and hands their action item over', async ({ page }) => {
	const db = service();
	const stamp = Date.now();
	const email = `handover.${stamp}@sagar.gov.in`;
	const title = `Demo: draft the camera survey ${stamp}`;
	const { data: sagar } = await db.from('cities').select('id').eq('slug', 'sagar').single();
	const { data: officer } = await db
		.from('users')
		.insert({ email, name: `Leaving officer ${stamp}`, role: 'city_member', city_id: sagar?.id })
		.select('id')
		.single();
	const { data: rajkot } = await db
		.from('users')
		.select('id')
		.eq('email', 'mentor.rajkot@citysetu.test')
		.single();
	const { data: mentorship } = await db
		.from('mentorships')
		.select('id')
		.eq('lead_mentor_id', rajkot?.id ?? '')
		.eq('status', 'active')
		.limit(1)
		.single();
	const { error } = await db.from('action_items').insert({
		mentorship_id: mentorship?.id ?? '',
		owner_id: officer?.id ?? '',
		title,
		due_on: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)
	});
	expect(error).toBeNull();

	await signIn(page, 'admin@citysetu.test');
	// Many officers: find this one by email, as an admin would.
	await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
	const row = page
		.getByRole('region', { name: 'Accounts' })
		.getByRole('row')
		.filter({ hasText: email });
	await row.getByText('Change role or city').click();
	await row.getByRole('button', { name: 'Deactivate' }).click();
	await expect(row.getByText('The account is deactivated')).toBeVisible();

	await page.getByRole('link', { name: /^Handover list/ }).click();
	await expect(page).toHaveURL(/\/admin\/handover$/);
	const items = page.getByRole('region', { name: 'Open action items' });
	const item = items.getByRole('listitem').filter({ hasText: title });
	await expect(item.getByText(`Leaving officer ${stamp} is deactivated.`)).toBeVisible();
	// Without a choice, the error shows beside the field.
	await item.getByRole('button', { name: 'Reassign' }).click();
	await expect(item.getByLabel('New officer')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	await item
		.getByLabel('New officer')
		.selectOption({ label: 'Demo City Member, Sagar, ICCC Manager' });
	await item.getByRole('button', { name: 'Reassign' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Handed over' })).toBeVisible();
	await expect(items.getByText(title)).toHaveCount(0);
	const { data: owner } = await db
		.from('action_items')
		.select('owner_id')
		.eq('title', title)
		.single();
	expect(owner?.owner_id).not.toBe(officer?.id);
});
