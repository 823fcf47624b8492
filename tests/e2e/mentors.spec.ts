import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { createSupabase } from '../../src/lib/server/supabase';
import { test } from './contract';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

/** System access to the stack the app runs on, to make the accounts a test needs. */
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

/**
 * A mentor of their own for a test, without a profile, signing in with the demo password (its
 * hash is copied from a demo account), so no other test's mentor is changed.
 */
async function newMentor(city: string): Promise<{ id: string; email: string; name: string }> {
	const db = service();
	const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
	const email = `e2e.mentor.${stamp}@citysetu.test`;
	const name = `Test mentor ${stamp}`;
	const { data: cityRow } = await db.from('cities').select('id').eq('slug', city).single();
	const { data: demo } = await db
		.from('users')
		.select('id')
		.eq('email', 'mentor.rajkot@citysetu.test')
		.single();
	const { data: credentials } = await db
		.from('user_credentials')
		.select('password_hash')
		.eq('user_id', demo?.id ?? '')
		.single();
	const { data: user, error } = await db
		.from('users')
		.insert({ email, name, designation: 'Test officer', role: 'mentor', city_id: cityRow?.id })
		.select('id')
		.single();
	if (error || !user || !credentials) throw new Error(`could not make ${email}: ${error?.message}`);
	const saved = await db
		.from('user_credentials')
		.insert({ user_id: user.id, password_hash: credentials.password_hash });
	if (saved.error) throw new Error(saved.error.message);
	return { id: user.id, email, name };
}

async function signedIn(
	browser: Browser,
	email: string,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const page = await (await browser.newContext(options)).newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	return page;
}

const count = (page: Page) => page.getByRole('status').filter({ hasText: /mentors?$/ });

test('an anonymous visitor filters the mentor directory without JavaScript and opens a profile', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Mentors' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentors');
	await expect(count(page)).toHaveText(/^\d+ mentors?$/);

	await page.getByLabel('Language', { exact: true }).selectOption('gu');
	await page.getByLabel('ICCC component').selectOption('drainage-scada');
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/language=gu/);
	await expect(page).toHaveURL(/component=drainage-scada/);
	await expect(page.getByLabel('Language', { exact: true })).toHaveValue('gu');
	const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
	await expect(cards.first()).toBeVisible();
	const shown = await cards.count();
	await expect(count(page)).toHaveText(shown === 1 ? '1 mentor' : `${shown} mentors`);
	for (const card of await cards.all()) {
		await expect(card.locator('[lang="gu"]')).toHaveText('ગુજરાતી');
		await expect(card).toContainText('Drainage SCADA');
		await expect(card).toContainText(/\d+ of \d+ places free|Full|Not taking/);
	}
	// Never an email, anywhere on the page.
	expect(await page.content()).not.toContain('@citysetu.test');

	const rajkot = cards.filter({ hasText: 'Demo Mentor, Rajkot' });
	await expect(rajkot.getByRole('link', { name: 'Rajkot', exact: true })).toHaveAttribute(
		'href',
		'/cities/rajkot'
	);
	await rajkot.getByRole('link', { name: 'Demo Mentor, Rajkot' }).click();
	await expect(page).toHaveURL(/\/mentors\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo Mentor, Rajkot');
	const about = page.getByRole('region', { name: 'About' });
	await expect(about.locator('.prose')).toHaveAttribute('lang', 'en');
	await expect(about).toContainText('Demo profile.');
	await expect(page.getByRole('region', { name: 'Programmes served' })).toContainText(
		'National ICCC Mentorship Programme'
	);
	// The active Rajkot → Sagar mentorship is public; its page is not, so there is no link.
	const led = page.getByRole('table', { name: 'Mentorships led' });
	await expect(led.getByRole('row').filter({ hasText: 'Sagar' })).toContainText('Active');
	await expect(led.getByRole('link', { name: /Open/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Ask this mentor for help' })).toHaveCount(0);
	expect(await page.content()).not.toContain('@citysetu.test');

	await page.goto(
		'/mentors?language=gu&component=drainage-scada&sector=water-sanitation&zone=central'
	);
	await expect(count(page)).toHaveText('0 mentors');
	await expect(page.getByText('No mentor matches these filters.')).toBeVisible();
	await page.goto('/mentors?zone=atlantis');
	await expect(page.getByText('The filter “atlantis” is not known')).toBeVisible();

	for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
		const response = await page.goto(`/mentors/${id}`);
		expect(response?.status(), id).toBe(404);
	}
	await context.close();
});

test('a mentor writes their profile without JavaScript, with errors beside the fields, and sees it', async ({
	browser
}) => {
	const mentor = await newMentor('vadodara');
	const page = await signedIn(browser, mentor.email, { javaScriptEnabled: false });
	await page.getByRole('link', { name: 'Your mentor profile' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your mentor profile');
	await expect(page.getByText('You have no mentor profile yet.')).toBeVisible();

	const bio = '## ડ્રેનેજ સ્કાડા\n\nવડોદરામાં ડ્રેનેજ પમ્પિંગ સ્ટેશનોનું નિરીક્ષણ.';
	await page.getByLabel('About you (Markdown)').fill(bio);
	await page.getByRole('checkbox', { name: 'ગુજરાતી' }).check();
	await page.getByRole('checkbox', { name: 'English' }).check();
	await page.getByLabel('Other languages').fill('kok, Gujarati');
	await page.getByLabel('Mentee cities you can take at once').fill('25');
	await page.getByRole('checkbox', { name: 'Water and sanitation' }).check();
	await page.getByRole('checkbox', { name: 'Drainage SCADA' }).check();
	await page.getByRole('checkbox', { name: 'National ICCC Mentorship Programme' }).check();
	await page.getByRole('checkbox', { name: 'Show this profile to the public' }).check();
	await page.getByRole('button', { name: 'Save profile' }).click();

	// Each error beside its field, and everything typed or ticked still there.
	const capacity = page.getByLabel('Mentee cities you can take at once');
	await expect(capacity).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Enter a whole number from 0 to 20.')).toBeVisible();
	await expect(page.getByText('Use language tags such as kok or en-GB')).toBeVisible();
	await expect(capacity).toHaveValue('25');
	await expect(page.getByLabel('About you (Markdown)')).toHaveValue(bio);
	await expect(page.getByRole('checkbox', { name: 'ગુજરાતી' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Drainage SCADA' })).toBeChecked();

	await capacity.fill('2');
	await page.getByLabel('Other languages').fill('kok');
	await page.getByRole('button', { name: 'Save profile' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The profile is saved.' })).toBeVisible();
	await page.getByRole('link', { name: 'See the profile as others see it' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(mentor.name);
	const about = page.getByRole('region', { name: 'About' });
	await expect(about.getByRole('heading', { name: 'ડ્રેનેજ સ્કાડા' })).toBeVisible();
	await expect(about.locator('.prose')).toHaveAttribute('lang', 'gu');
	await expect(page.getByText('2 of 2 places free')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Expertise' })).toContainText('ગુજરાતી');
	await expect(page.locator('[lang="kok"]')).toHaveText('कोंकणी');
	await expect(page.getByRole('link', { name: 'Edit your profile' })).toBeVisible();

	// The public finds it in the directory by what it says.
	const visitor = await browser.newContext({ javaScriptEnabled: false });
	const anonymous = await visitor.newPage();
	await anonymous.goto('/mentors?language=kok&component=drainage-scada');
	await expect(anonymous.getByRole('heading', { level: 3, name: mentor.name })).toBeVisible();
	await anonymous.goto('/mentors?language=kok&component=drainage-scada&zone=southern');
	await expect(anonymous.getByRole('heading', { level: 3, name: mentor.name })).toHaveCount(0);
	await visitor.close();
	await page.context().close();
});

test('an admin edits a mentor’s profile from the profile page', async ({ browser }) => {
	const mentor = await newMentor('surat');
	const profile = await service()
		.from('mentor_profiles')
		.insert({ user_id: mentor.id, languages: ['gu'], capacity: 3, is_public: false });
	expect(profile.error).toBeNull();
	const admin = await signedIn(browser, 'admin@citysetu.test');
	// Not public, yet every signed-in officer sees an active mentor.
	await admin.goto(`/mentors/${mentor.id}`);
	await expect(admin.getByText('Profile not public')).toBeVisible();
	await admin.getByRole('link', { name: 'Edit this profile' }).click();
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText(
		`Mentor profile of ${mentor.name}`
	);
	await expect(admin.getByRole('checkbox', { name: 'ગુજરાતી' })).toBeChecked();
	await admin.getByLabel('About you (Markdown)').fill('Set by an admin.');
	await admin.getByLabel('Mentee cities you can take at once').fill('5');
	await admin.getByRole('button', { name: 'Save profile' }).click();
	await expect(
		admin.getByRole('status').filter({ hasText: 'The profile is saved.' })
	).toBeVisible();
	await admin.getByRole('link', { name: 'See the profile as others see it' }).click();
	await expect(admin.getByText('5 of 5 places free')).toBeVisible();
	await expect(admin.getByRole('region', { name: 'About' })).toContainText('Set by an admin.');
	await admin.context().close();

	// Still not public: the public gets the same 404 as for no mentor at all.
	const visitor = await browser.newPage();
	expect((await visitor.goto(`/mentors/${mentor.id}`))?.status()).toBe(404);
	await visitor.close();
});

test('the programmes page shows the Sister Cities pairings with their sources', async ({
	page
}) => {
	await page.goto('/programmes');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentorship programmes');
	await expect(page.getByText('Source: abtakmedia.com (solid)')).toBeVisible();
	await page.getByRole('link', { name: 'Sister Cities (2020)' }).click();
	await expect(page).toHaveURL(/\/programmes\/sister-cities-2020$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sister Cities (2020)');
	await expect(page.getByText('Source: loksabhaph.nic.in (solid)')).toBeVisible();
	await expect(page.getByText('since 20 Feb 2020').first()).toBeVisible();

	const pairings = page.getByRole('table', { name: 'Mentorships' });
	// A header row and the 14 published pairs.
	await expect(pairings.getByRole('row')).toHaveCount(15);
	const ahmedabad = pairings.getByRole('row').filter({ hasText: 'Chandigarh' });
	await expect(ahmedabad).toContainText('Ahmedabad');
	await expect(ahmedabad).toContainText('Completed');
	await expect(ahmedabad).toContainText('deccanherald.com (solid)');
	await expect(pairings.getByRole('row').filter({ hasText: 'Silvassa' })).toContainText(
		'thenewsminute.com (single source)'
	);
	// Mentorships' own pages are for their two cities and admins: none linked for the public.
	await expect(pairings.getByRole('link', { name: /^Open/ })).toHaveCount(0);

	await page.getByRole('link', { name: 'Chandigarh' }).first().click();
	await expect(page).toHaveURL(/\/cities\/chandigarh$/);
	const mentoredBy = page.getByRole('table', { name: 'Cities that mentor Chandigarh' });
	await expect(mentoredBy.getByRole('row').filter({ hasText: 'Ahmedabad' })).toContainText(
		'Sister Cities (2020)'
	);
});

test('a city page links its mentorships only for the two cities’ officers', async ({
	browser,
	page
}) => {
	await page.goto('/cities/sagar');
	const anonymousTable = page.getByRole('table', { name: 'Cities that mentor Sagar' });
	// Other specs add Rajkot → Sagar mentorships of their own while this one runs: the demo's is
	// one of the rows.
	await expect(
		anonymousTable
			.getByRole('row')
			.filter({ hasText: 'Rajkot' })
			.filter({ hasText: 'Active' })
			.first()
	).toBeVisible();
	await expect(anonymousTable.getByRole('link', { name: /^Open/ })).toHaveCount(0);

	const member = await signedIn(browser, 'member.sagar@citysetu.test');
	await member.goto('/cities/sagar');
	const table = member.getByRole('table', { name: 'Cities that mentor Sagar' });
	await expect(
		table.getByRole('link', { name: 'Open the mentorship of Rajkot and Sagar' }).first()
	).toHaveAttribute('href', /^\/mentorships\/[0-9a-f-]{36}$/);

	// An officer of another city may ask a mentor for help.
	await member.goto('/mentors?language=gu&component=drainage-scada');
	await member.getByRole('link', { name: 'Demo Mentor, Rajkot' }).click();
	await expect(member).toHaveURL(/\/mentors\/[0-9a-f-]{36}$/);
	const id = new URL(member.url()).pathname.split('/').pop();
	await expect(member.getByRole('link', { name: 'Ask this mentor for help' })).toHaveAttribute(
		'href',
		`/mentorships/new?mentor=${id}`
	);
	await member.context().close();
});

test('the mentors and programmes API answer as the document says, never with an email', async ({
	request
}) => {
	const programmes = await request.get('/api/v1/programmes');
	expect(programmes.status()).toBe(200);
	const { programmes: list } = await programmes.json();
	expect(list).toContainEqual(
		expect.objectContaining({ slug: 'sister-cities-2020', status: 'closed', confidence: 'solid' })
	);
	expect((await request.get('/api/v1/programmes?status=closed')).status()).toBe(400);

	const mentors = await request.get('/api/v1/mentors?language=gu&component=drainage-scada');
	expect(mentors.status()).toBe(200);
	const body = await mentors.json();
	expect(body.total).toBe(body.mentors.length);
	expect(body.mentors).toContainEqual(
		expect.objectContaining({
			name: 'Demo Mentor, Rajkot',
			city: { slug: 'rajkot', name: 'Rajkot' },
			languages: expect.arrayContaining(['gu'])
		})
	);
	expect(JSON.stringify(body)).not.toContain('@');

	const paged = await request.get('/api/v1/mentors?per_page=1&page=2');
	expect((await paged.json()).mentors.length).toBeLessThanOrEqual(1);
	const bad = await request.get('/api/v1/mentors?per_page=101&zone=atlantis&free=maybe');
	expect(bad.status()).toBe(400);
	expect(Object.keys((await bad.json()).errors).sort()).toEqual(['free', 'per_page', 'zone']);
});

test('the mentor and programme pages have no detectable accessibility violations', async ({
	page
}) => {
	await page.goto('/mentors?language=gu');
	await page.getByRole('link', { name: 'Demo Mentor, Rajkot' }).click();
	await expect(page).toHaveURL(/\/mentors\/[0-9a-f-]{36}$/);
	const profile = new URL(page.url()).pathname;
	// The lists, /mentors and /programmes, are scanned by the accessibility report.
	for (const path of [profile, '/programmes/sister-cities-2020']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
			.analyze();
		expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
	}
});
