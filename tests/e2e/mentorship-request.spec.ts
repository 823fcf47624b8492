// A city asks for a mentor and a mentor accepts: the explained suggestions, the request, the
// answer on the decision page, the pairing active in the list; and the request form without
// JavaScript; an admin's proposal. Sagar (a demo city with a running mentorship from Rajkot)
// asks Pune here and Surat without JavaScript, and the admin pairs Kanpur with Surat, so no two
// tests ask for the same pairing.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

const demoPassword = process.env.DEMO_PASSWORD ?? '';
const need =
	'Our ICCC watches 300 cameras. We want to link the cameras of shops and schools, as Kanpur did.';

async function signedIn(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
	const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	return page;
}

/** Fills the need and the topics, then asks for the ranked mentors. */
async function describeNeed(page: Page, text: string) {
	await page.getByLabel('What your city needs help with').fill(text);
	await page.getByRole('group', { name: 'Sectors' }).getByLabel('Public safety').check();
	await page
		.getByRole('group', { name: 'ICCC components' })
		.getByLabel('CCTV Surveillance')
		.check();
	await page.getByRole('button', { name: 'Show suggestions' }).click();
	return page.getByRole('group', { name: 'Suggested mentors' });
}

test('a city member asks for help, sees explained suggestions and sends the request; the mentor accepts', async ({
	browser
}) => {
	// Two officers, each signing in, over six pages: longer than one page's budget.
	test.slow();
	const member = await signedIn(browser, 'member.sagar@citysetu.test');
	await member.goto('/mentorships');
	await member.getByRole('link', { name: 'Ask for a mentor' }).click();
	await expect(member.getByRole('heading', { level: 1, name: 'Ask for a mentor' })).toBeVisible();

	// Without a topic there is nothing to rank: the error sits beside the topics, the text stays.
	await member.getByLabel('What your city needs help with').fill('Too short');
	await member.getByRole('button', { name: 'Show suggestions' }).click();
	await expect(member.getByText('Choose at least one sector or ICCC component.')).toBeVisible();
	await expect(member.getByLabel('What your city needs help with')).toHaveValue('Too short');

	const suggestions = await describeNeed(member, 'Too short');
	await expect(suggestions).toBeVisible();
	// Every mentor with their score, each reason with its share of the score in words.
	const pune = suggestions.getByRole('listitem').filter({ hasText: 'Demo mentor, Pune' }).first();
	await expect(pune.getByText(/^Score \d+ of 100$/)).toBeVisible();
	await expect(pune.getByText(/of 3 places free/)).toBeVisible();
	await expect(pune.getByText(/^\d+% of the score$/).first()).toBeAttached();
	// Rajkot already mentors Sagar, and says so.
	const rajkot = suggestions
		.getByRole('listitem')
		.filter({ hasText: 'Demo Mentor, Rajkot' })
		.first();
	await expect(rajkot.getByText('already works with this city')).toBeVisible();

	// Too short a need is refused beside the field, with the topics and the choice kept.
	await suggestions.getByRole('radio', { name: 'Ask Demo mentor, Pune' }).check();
	await member.getByRole('button', { name: 'Send the request' }).click();
	await expect(member.getByText('Describe the need in at least 20 characters.')).toBeVisible();
	await expect(member.getByRole('checkbox', { name: 'Public safety' })).toBeChecked();

	await member.getByLabel('What your city needs help with').fill(need);
	await member.getByRole('radio', { name: 'Ask Demo mentor, Pune' }).check();
	await member.getByRole('button', { name: 'Send the request' }).click();
	await expect(member).toHaveURL(/\/mentorships\/[0-9a-f-]{36}$/);
	const id = new URL(member.url()).pathname.split('/').pop() ?? '';

	// The mentor finds the request in the list, reads it and accepts.
	const mentor = await signedIn(browser, 'mentor.pune@citysetu.test');
	await mentor.goto('/mentorships?status=requested');
	const row = mentor.getByRole('row').filter({ hasText: 'Sagar asks Pune' });
	await row.getByRole('link', { name: 'Answer the request' }).click();
	await expect(mentor).toHaveURL(`/mentorships/${id}/decision`);
	await expect(mentor.getByText(need)).toBeVisible();
	await expect(mentor.getByText('Sagar asks Pune for mentoring.')).toBeVisible();
	// The request page itself carries the same answer form; the mentor answers there.
	await mentor.goto(`/mentorships/${id}`);
	await expect(mentor.getByText(need)).toBeVisible();
	await mentor.getByLabel('Reason').fill('Welcome, Sagar.');
	await mentor.getByRole('button', { name: 'Accept' }).click();
	await expect(mentor).toHaveURL(`/mentorships/${id}`);
	await expect(mentor.getByRole('button', { name: 'Accept' })).toHaveCount(0);

	// The requester sees it active.
	await member.goto('/mentorships?status=active&city=pune');
	await expect(
		member.getByRole('row').filter({ hasText: 'Pune mentors Sagar' }).getByText('Active')
	).toBeVisible();
	// Answered once: the decision page now says so.
	await mentor.goto(`/mentorships/${id}/decision`);
	await expect(mentor.getByText('This request is no longer open: it is Active.')).toBeVisible();
});

test('the request form works without JavaScript', async ({ browser }) => {
	const member = await signedIn(browser, 'member.sagar@citysetu.test', false);
	await member.goto('/mentorships/new');
	const suggestions = await describeNeed(member, need);
	await expect(suggestions.getByRole('radio', { name: 'Ask Demo mentor, Surat' })).toBeVisible();
	// What was typed comes back with the suggestions.
	await expect(member.getByLabel('What your city needs help with')).toHaveValue(need);
	await expect(member.getByRole('checkbox', { name: 'CCTV Surveillance' })).toBeChecked();

	// Sending without a choice is refused beside the choices, nothing lost.
	await member.getByRole('button', { name: 'Send the request' }).click();
	await expect(member.getByText('Choose a mentor.')).toBeVisible();
	await expect(member.getByLabel('What your city needs help with')).toHaveValue(need);

	await member.getByRole('radio', { name: 'Ask Demo mentor, Surat' }).check();
	await member.getByRole('button', { name: 'Send the request' }).click();
	await expect(member).toHaveURL(/\/mentorships\/[0-9a-f-]{36}$/);
	const id = new URL(member.url()).pathname.split('/').pop() ?? '';

	// The open request is listed with a one-click withdraw, which works without JavaScript too.
	await member.goto('/mentorships');
	const open = member.getByRole('region', { name: 'Your city’s open requests' });
	await expect(open.getByRole('link', { name: 'Request to Surat' })).toHaveAttribute(
		'href',
		`/mentorships/${id}`
	);
	await open.getByRole('button', { name: 'Withdraw the request to Surat' }).click();
	await expect(member).toHaveURL(/\/mentorships#open-requests$/);
	await expect(member.getByRole('button', { name: 'Withdraw the request to Surat' })).toHaveCount(
		0
	);
});

/** The page's WCAG 2.1 AA violations that axe can detect, by rule. */
async function violations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	return results.violations.map((v) => `${new URL(page.url()).pathname}: ${v.id}`);
}

test('an admin proposes a pairing from the same ranking; the pages pass an accessibility scan', async ({
	browser
}) => {
	// Three accessibility scans on top of the path itself.
	test.slow();
	const admin = await signedIn(browser, 'admin@citysetu.test');
	await admin.goto('/admin/mentorships');
	expect(await violations(admin)).toEqual([]);
	await admin.getByRole('link', { name: 'Propose a pairing' }).click();
	await admin.getByLabel('Mentee city').selectOption('kanpur');
	const suggestions = await describeNeed(
		admin,
		'Kanpur links private cameras to its ICCC and wants a city that has done it at scale.'
	);
	await expect(suggestions.getByRole('radio', { name: 'Ask Demo mentor, Surat' })).toBeVisible();
	expect(await violations(admin)).toEqual([]);
	await suggestions.getByRole('radio', { name: 'Ask Demo mentor, Surat' }).check();
	await admin.getByRole('button', { name: 'Propose the pairing' }).click();
	await expect(admin).toHaveURL(/\/mentorships\/[0-9a-f-]{36}$/);
	const id = new URL(admin.url()).pathname.split('/').pop() ?? '';

	await admin.goto('/admin/mentorships?status=proposed&city=kanpur');
	await expect(
		admin.getByRole('row').filter({ hasText: 'Kanpur asks Surat' }).getByText('Proposed')
	).toBeVisible();
	await admin.goto(`/mentorships/${id}/decision`);
	await expect(admin.getByText('The Mission proposes that Surat mentors Kanpur.')).toBeVisible();
	await expect(admin.getByRole('button', { name: 'Accept' })).toBeVisible();
	expect(await violations(admin)).toEqual([]);
});
