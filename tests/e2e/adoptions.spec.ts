// Adoption, as a city records it in the browser: Sagar takes up Bilaspur's self-funding digital
// library through the Rajkot mentorship, from exploring (with evidence text, a link and a figure)
// through planning to implemented, adds a category with a target and two progress updates and
// sees the chart and its table; Rajkot's mentor verifies the implemented step and comments; the
// public cannot open the adoption until Sagar makes its evidence public, then can, without the
// comments. (The demo's own adoption, Sagar taking up Kanpur's playbook, is left alone.)
import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { demoMentorship, MEMBER, MENTOR, service, signedIn, userByEmail } from './mentorship-data';

const PRACTICE = 'bilaspur-self-funding-digital-library-imaf-2-iccc-ranking';

/** A date some days before today in India, as a date input takes it. */
const indianDate = (daysAgo: number) =>
	new Date(Date.now() + 330 * 60_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** The ids of Sagar and of the library practice. */
async function sagarAndLibrary() {
	const [member, practice] = await Promise.all([
		userByEmail(MEMBER),
		service().from('practices').select('id').eq('slug', PRACTICE).single()
	]);
	if (!member.city_id || !practice.data) throw new Error('Sagar or the library is not seeded');
	return { city: member.city_id, practice: practice.data.id };
}

/** Sagar's adoption of the library, removed (system work) so the spec starts from none. */
async function forgetSagarsAdoption() {
	const { city, practice } = await sagarAndLibrary();
	const { error } = await service()
		.from('adoptions')
		.delete()
		.eq('city_id', city)
		.eq('practice_id', practice);
	if (error) throw new Error(`could not clear Sagar's adoption: ${error.message}`);
}

/** The address of Sagar's adoption of the library. */
async function sagarsAdoption(): Promise<string> {
	const { city, practice } = await sagarAndLibrary();
	const { data, error } = await service()
		.from('adoptions')
		.select('id')
		.eq('city_id', city)
		.eq('practice_id', practice)
		.single();
	if (error || !data) throw new Error(`Sagar's adoption is missing: ${error?.message}`);
	return `/adoptions/${data.id}`;
}

/**
 * What on the page's main content reaches past the screen's right edge, other than inside the
 * scrolling wrappers of wide tables. (The content, not the whole document: the site header is
 * the layout's.)
 */
function overflowingContent(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		return [...document.querySelectorAll('main *')]
			.filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 1)
			.map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`);
	});
}

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations).toEqual([]);
}

/** Records the next stage on the adoption page. */
async function recordStage(page: Page, stage: string, daysAgo: number, text: string) {
	const form = page.getByRole('form', { name: 'Record the next stage' });
	await form.getByLabel('Stage', { exact: true }).selectOption(stage);
	await form.getByLabel('Date of this stage').fill(indianDate(daysAgo));
	await form.getByRole('textbox', { name: 'Evidence', exact: true }).fill(text);
	await form.getByRole('button', { name: 'Record this stage' }).click();
	await expect(page.getByText('The stage is recorded.')).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('Sagar records an adoption from exploring to implemented; Rajkot verifies; the public sees it once public', async ({
	browser
}) => {
	test.slow();
	await forgetSagarsAdoption();
	const mentorship = await demoMentorship();

	// Sagar starts from the practice page's link.
	const sagar = await signedIn(browser, MEMBER);
	await sagar.goto(`/practices/${PRACTICE}`);
	await sagar.getByRole('link', { name: 'Record an adoption' }).click();
	await expect(sagar).toHaveURL(/\/adoptions\/new\?practice=/);
	await expect(sagar.getByLabel('Practice', { exact: true })).toHaveValue(PRACTICE);
	await sagar.getByLabel('Mentorship (optional)').selectOption(mentorship);

	// A link that is not https is refused, and everything typed comes back.
	await sagar.getByLabel('Stage', { exact: true }).selectOption('exploring');
	await sagar.getByLabel('Date of this stage').fill(indianDate(30));
	await sagar
		.getByRole('textbox', { name: 'Evidence', exact: true })
		.fill('Our team **visited Bilaspur** and read the library’s accounts.');
	await sagar.getByLabel('Links to evidence').fill('http://example.org/visit-report');
	await sagar.getByLabel('What').first().fill('Members in Bilaspur');
	await sagar.getByLabel('Value').first().fill('1,200');
	await sagar.getByLabel('Unit').first().fill('readers');
	await sagar.getByRole('button', { name: 'Record the adoption' }).click();
	await expect(sagar.getByText(/must be a full https address/)).toBeVisible();
	await expect(sagar.getByLabel('What').first()).toHaveValue('Members in Bilaspur');
	await expect(sagar.getByRole('textbox', { name: 'Evidence', exact: true })).toHaveValue(
		/visited Bilaspur/
	);

	await sagar.getByLabel('Links to evidence').fill('https://example.org/visit-report');
	await sagar.getByRole('button', { name: 'Record the adoption' }).click();
	await expect(sagar).toHaveURL(/\/adoptions\/[0-9a-f-]{36}$/);
	const address = new URL(sagar.url()).pathname;
	await expect(sagar.getByRole('heading', { level: 1 })).toContainText('Sagar');
	await expect(sagar.locator('.prose strong')).toHaveText('visited Bilaspur');
	await expect(sagar.getByRole('link', { name: 'example.org' })).toHaveAttribute(
		'href',
		'https://example.org/visit-report'
	);
	await expect(sagar.getByRole('table', { name: 'Figures reported' })).toContainText('1,200');

	await recordStage(sagar, 'planning', 20, 'Budget approved by the SPV board.');
	await recordStage(sagar, 'implemented', 5, 'The library opened on the ICCC’s ground floor.');
	await expect(sagar.locator('.badges')).toContainText('claimed, not yet verified');

	// A category with a target, and two progress updates.
	const category = sagar.getByRole('form', { name: 'Add a category' });
	await category.getByLabel('Name', { exact: true }).fill('Members enrolled');
	await category.getByLabel('Target (optional)').fill('500');
	await category.getByLabel('Unit', { exact: true }).fill('members');
	await category.getByLabel('Officer’s name').fill('R. Tiwari');
	await category.getByLabel('Designation').fill('Librarian');
	await category.getByRole('button', { name: 'Add the category' }).click();
	await expect(sagar.getByText('The category is added.')).toBeVisible();
	const progress = sagar.getByRole('form', { name: 'Record progress' });
	for (const [daysAgo, value] of [
		[4, '120'],
		[1, '310']
	] as const) {
		await progress.getByLabel('Date').fill(indianDate(daysAgo));
		await progress.getByLabel('Count reached').fill(value);
		await progress.getByRole('button', { name: 'Record progress' }).click();
		await expect(sagar.getByText('Progress recorded.')).toBeVisible();
	}
	const table = sagar.getByRole('table', { name: 'Progress by category' });
	await expect(table.getByRole('row', { name: /Members enrolled/ })).toContainText('310');
	await expect(table.getByRole('row', { name: /Members enrolled/ })).toContainText('62%');
	await expect(table.getByRole('row', { name: /Members enrolled/ })).toContainText('+190');
	await expect(sagar.getByRole('img', { name: /Share of target reached over time/ })).toBeVisible();
	await expectAccessible(sagar);

	// Not public yet: the public gets a 404.
	const visitor = await (await browser.newContext()).newPage();
	expect((await visitor.goto(address))?.status()).toBe(404);

	// Rajkot's mentor verifies the claim and comments.
	const rajkot = await signedIn(browser, MENTOR);
	await rajkot.goto(address);
	await rajkot.getByRole('button', { name: 'Verify' }).click();
	await expect(rajkot.getByText('Verified. The claim now counts')).toBeVisible();
	await expect(rajkot.locator('.badges')).toContainText(/verified by .+ on /);
	const comment = rajkot.getByRole('form', { name: 'Add a comment' });
	await comment.getByLabel('Comment').fill('Good start: share the revenue figures next.');
	await comment.getByRole('button', { name: 'Post the comment' }).click();
	await expect(rajkot.getByText('Your comment is posted.')).toBeVisible();
	await expect(rajkot.getByText('share the revenue figures next')).toBeVisible();

	// Sagar makes the evidence public: the public then reads it, without the comments.
	await sagar.reload();
	await sagar.getByRole('button', { name: 'Make the evidence public' }).click();
	await expect(sagar.getByText('The city has made this evidence public.')).toBeVisible();
	expect((await visitor.goto(address))?.status()).toBe(200);
	await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Sagar');
	await expect(visitor.locator('.badges')).toContainText(/verified by .+ on /);
	await expect(visitor.getByRole('table', { name: 'Progress by category' })).toContainText('310');
	await expect(visitor.getByRole('heading', { name: 'Comments' })).toHaveCount(0);
	await expect(visitor.getByText('share the revenue figures next')).toHaveCount(0);
	await expectAccessible(visitor);

	// The practice, the city and the mentorship pages list it.
	await visitor.goto(`/practices/${PRACTICE}`);
	await expect(visitor.getByRole('heading', { name: /Taken up by \d+ cit/ })).toBeVisible();
	await expect(visitor.getByRole('link', { name: 'Sagar' }).first()).toBeVisible();
	await visitor.goto('/cities/sagar');
	await expect(
		visitor.getByRole('heading', { name: 'Practices this city has adopted' })
	).toBeVisible();
	await sagar.goto(`/mentorships/${mentorship}`);
	const led = sagar.getByRole('region', { name: 'Adoptions this mentorship led to' });
	await expect(led.getByRole('row').filter({ hasText: 'Implemented' })).toContainText(
		/verified by|verified on/
	);

	// The adoption page, its forms included, and the new-adoption form fit a 320 px screen.
	const phone = await signedIn(browser, MEMBER, {
		...devices['Pixel 7'],
		viewport: { width: 320, height: 800 }
	});
	for (const path of [address, `/adoptions/new?practice=${PRACTICE}`]) {
		await phone.goto(path);
		expect(await overflowingContent(phone), path).toEqual([]);
	}
});

test('a stale stage form keeps what was typed and says someone saved first', async ({
	browser
}) => {
	const address = await sagarsAdoption();
	const sagar = await signedIn(browser, MEMBER);
	await sagar.goto(address);
	const other = await signedIn(browser, MEMBER);
	await other.goto(address);
	await recordStage(other, 'scaled', 0, 'Opened a second branch.');

	const form = sagar.getByRole('form', { name: 'Record the next stage' });
	await form.getByLabel('Stage', { exact: true }).selectOption('dropped');
	await form.getByLabel('Date of this stage').fill(indianDate(0));
	await form.getByLabel('Reason (when dropped)').fill('Typed while someone else saved.');
	await form.getByRole('button', { name: 'Record this stage' }).click();
	await expect(sagar.getByText(/Someone saved a change to this adoption/)).toBeVisible();
	await expect(form.getByLabel('Reason (when dropped)')).toHaveValue(
		'Typed while someone else saved.'
	);
	await expect(sagar.getByText('Opened a second branch.')).toBeVisible();
});

test('the adoption page’s forms work without JavaScript', async ({ browser }) => {
	const address = await sagarsAdoption();
	const sagar = await signedIn(browser, MEMBER, { javaScriptEnabled: false });
	await sagar.goto(address);

	// An empty count is refused beside its field, the rest of the form kept.
	const progress = sagar.getByRole('form', { name: 'Record progress' });
	await progress.getByLabel('Date').fill(indianDate(0));
	await progress.getByLabel('Note (optional)').fill('Counted at the desk.');
	await progress.getByRole('button', { name: 'Record progress' }).click();
	await expect(sagar.getByText('Enter the count reached, zero or more.')).toBeVisible();
	await expect(progress.getByLabel('Note (optional)')).toHaveValue('Counted at the desk.');
	await progress.getByLabel('Count reached').fill('355');
	await progress.getByRole('button', { name: 'Record progress' }).click();
	await expect(sagar.getByText('Progress recorded.')).toBeVisible();
	await expect(
		sagar.getByRole('table', { name: 'Progress by category' }).getByRole('row', {
			name: /Members enrolled/
		})
	).toContainText('355');

	const comment = sagar.getByRole('form', { name: 'Add a comment' });
	await comment.getByLabel('Comment').fill('Revenue figures follow next month.');
	await comment.getByRole('button', { name: 'Post the comment' }).click();
	await expect(sagar.getByText('Revenue figures follow next month.')).toBeVisible();
});
