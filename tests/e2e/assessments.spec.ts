// The assessment views in a browser: the frameworks list, a ranking filtered by zone (without
// JavaScript) and its CSV, a city's assessments, a comparison, a private round seen by an admin
// only, the API's answers against its document, the accessibility scan and a 320 px screen.
// Published facts (IMAF 2.0's top five, Bilaspur's 95%) are asserted; sample values only by
// their mark, never by their numbers. A framework of this spec's own gives known values.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Browser, Download, Page } from '@playwright/test';
import { createSupabase } from '../../src/lib/server/supabase';
import { test } from './contract';

const demoPassword = process.env.DEMO_PASSWORD ?? '';
const slug = 'it-views-e2e';

/** System access to the stack the app runs on, to make this spec's framework. */
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

// Known values in a public round and a private one: Ajmer (Northern) and three Central cities.
test.beforeAll(async () => {
	const db = service();
	const { data: id, error } = await db.rpc('import_framework', {
		p: {
			slug,
			acronym: 'ITVE',
			name_en: 'Views browser test framework',
			name_hi: 'व्यू ब्राउज़र परीक्षण फ़्रेमवर्क',
			scheme: 'percentage',
			nodes: [
				{ slug: 'ops', kind: 'pillar', name_en: 'Operations', name_hi: 'संचालन' },
				{ slug: 'cyber', kind: 'pillar', name_en: 'Cyber security', name_hi: 'साइबर सुरक्षा' }
			],
			rounds: [
				{
					slug: 'open',
					name_en: 'Open round',
					year: 2024,
					assessing_body: 'QCI',
					is_public: true
				},
				{
					slug: 'draft',
					name_en: 'Draft round',
					year: 2025,
					assessing_body: 'QCI',
					is_public: false
				}
			]
		}
	});
	if (error || !id) throw new Error(`import_framework: ${error?.message}`);
	const ids = async (table: 'framework_nodes' | 'assessment_rounds') => {
		const { data } = await db.from(table).select('id, slug').eq('framework_id', id);
		return Object.fromEntries((data ?? []).map((r) => [r.slug, r.id]));
	};
	const [nodes, rounds] = await Promise.all([ids('framework_nodes'), ids('assessment_rounds')]);
	const { data: cityRows } = await db
		.from('cities')
		.select('id, slug')
		.in('slug', ['ajmer', 'jhansi', 'aligarh', 'bareilly']);
	const city = Object.fromEntries((cityRows ?? []).map((c) => [c.slug, c.id]));
	const open: [string, number, number][] = [
		['ajmer', 90, 80],
		['jhansi', 70, 60],
		['aligarh', 50, 40],
		['bareilly', 30, 20]
	];
	const rows = [
		...open.flatMap(([c, ops, cyber]) => [
			{ round_id: rounds.open, city_id: city[c], node_id: nodes.ops, value: ops },
			{ round_id: rounds.open, city_id: city[c], node_id: nodes.cyber, value: cyber }
		]),
		{ round_id: rounds.draft, city_id: city.ajmer, node_id: nodes.ops, value: 10 }
	];
	// Upsert: a retried run on the same stack finds its values already there.
	const saved = await db
		.from('assessment_scores')
		.upsert(rows, { onConflict: 'round_id,city_id,node_id' });
	if (saved.error) throw new Error(saved.error.message);
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	return page;
}

/** A downloaded file's bytes. */
async function bytesOf(download: Download): Promise<Buffer> {
	return fs.readFileSync(await download.path());
}

async function axe(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((v) => `${new URL(page.url()).pathname}: ${v.id}`)).toEqual([]);
}

test('a visitor goes from the frameworks to a ranking, filters it by zone without JavaScript and downloads it', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
	const page = await context.newPage();
	await page.goto('/assessments');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessments');
	const imaf = page.getByRole('region', { name: /ICCC Maturity Assessment Framework/ });
	await expect(imaf.getByRole('link', { name: 'IMAF 2.0, cycle 1' })).toBeVisible();
	await imaf.getByRole('link', { name: 'IMAF rankings' }).click();
	await expect(page).toHaveURL(/\/assessments\/imaf$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('IMAF rankings');

	// The published top five keep their places, marked as published ranks with their source.
	const table = page.getByRole('table', { name: /Overall in IMAF 2\.0, cycle 1/ });
	// A row by its city's link: the notes of other rows name cities too.
	const rowOf = (city: string) =>
		table.getByRole('row').filter({ has: page.getByRole('link', { name: city, exact: true }) });
	const belagavi = rowOf('Belagavi');
	await expect(belagavi.getByRole('cell').first()).toContainText('1');
	await expect(belagavi).toContainText('published rank');
	await expect(belagavi).toContainText('rank only: no score published');
	await expect(belagavi.getByRole('link', { name: 'fourthline.in' })).toBeVisible();
	await expect(rowOf('Chandigarh')).toContainText('Tribune');
	// The demo fills the other cities with sample values: the page says what they are.
	if ((await table.getByText('Sample').count()) > 0) {
		await expect(page.getByRole('note')).toContainText('they are not real results');
	}
	await expect(page.getByRole('img', { name: /highest scores/ })).toBeVisible();

	await page.getByLabel('Zonal council').selectOption('southern');
	await page.getByRole('button', { name: 'Show the ranking' }).click();
	await expect(page).toHaveURL(/zone=southern/);
	await expect(page.getByLabel('Zonal council')).toHaveValue('southern');
	await expect(table.getByRole('link', { name: 'Belagavi', exact: true })).toBeVisible();
	await expect(table.getByRole('link', { name: 'Chandigarh', exact: true })).toHaveCount(0);

	const link = page.getByRole('link', { name: 'Download this table as CSV' });
	await expect(link).toHaveAttribute('href', /rankings\.csv\?.*zone=southern/);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('imaf-imaf-2-0-cycle-1-overall.csv');
	const bytes = await bytesOf(download);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toBe(
		'rank,city,state,zone,value,scheme,change,sample,source,confidence,joint,basis,city_slug,city_local'
	);
	expect(lines[1]).toMatch(/^1,Belagavi,Karnataka,southern,,percentage,,false,https:/);
	expect(lines.slice(1).every((line) => line.split(',')[3] === 'southern')).toBe(true);
	expect(lines.find((line) => line.includes('belagavi'))).toContain('ಬೆಳಗಾವಿ');
	await context.close();
});

test('a ranking of known values: a pillar, ranks kept national under a filter, change and parts', async ({
	page
}) => {
	await page.goto(`/assessments/${slug}?pillar=cyber&zone=central`);
	const table = page.getByRole('table', { name: 'Cyber security in Open round, by rank' });
	const rows = table.getByRole('row');
	// Ajmer (Northern, first) is filtered out: Jhansi stays second.
	await expect(rows).toHaveCount(4);
	await expect(rows.nth(1)).toContainText('2');
	await expect(rows.nth(1)).toContainText('Jhansi');
	await expect(rows.nth(1)).toContainText('60%');
	await expect(page.getByRole('status').filter({ hasText: 'ranked' })).toHaveText(
		'3 cities shown, of 4 ranked'
	);
	await expect(page.getByRole('note')).toHaveCount(0);
	await page.getByLabel('Part of the framework').selectOption('');
	await page.getByLabel('Zonal council').selectOption('');
	await page.getByRole('button', { name: 'Show the ranking' }).click();
	const overall = page.getByRole('table', { name: 'Overall in Open round, by rank' });
	await expect(overall.getByRole('row').nth(1)).toContainText('Ajmer');
	await expect(overall.getByRole('row').nth(1)).toContainText('85%');
	await expect(overall.getByRole('row').nth(1)).toContainText('mean of 2 parameters');
	await expect(page.getByRole('region', { name: 'About this framework' })).toContainText(
		'Cyber security'
	);
	// The private round is not offered to the public.
	await expect(page.getByLabel('Round').getByRole('option')).toHaveText(['Open round']);
});

test('the city page shows its assessments and leads to a comparison of two cities', async ({
	page
}) => {
	await page.goto('/cities/bilaspur');
	const section = page.getByRole('region', { name: 'Assessments' });
	const imaf = section.getByRole('table', { name: 'Bilaspur in IMAF, round by round' });
	const row = imaf.getByRole('row').filter({ hasText: 'IMAF 2.0, cycle 1' });
	await expect(row).toContainText('95%');
	await expect(row).toContainText('rank 5');
	await expect(section.getByRole('link', { name: 'IMAF rankings' })).toHaveAttribute(
		'href',
		'/assessments/imaf?round=imaf-2-0-cycle-1'
	);
	await section.getByRole('link', { name: 'Compare Bilaspur with another city' }).first().click();
	await expect(page).toHaveURL(/\/assessments\/imaf\/compare\?a=bilaspur/);
	await expect(page.getByLabel('First city')).toHaveValue('bilaspur');
	await page.getByLabel('Second city').selectOption('raipur');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/b=raipur/);
	const table = page.getByRole('table', { name: 'Bilaspur and Raipur in IMAF 2.0, cycle 1' });
	const team = table.getByRole('row').filter({ hasText: 'Team management' });
	await expect(team.getByRole('cell').first()).toContainText('95%');
	await expect(table.getByRole('row').filter({ hasText: 'Overall' })).toContainText('rank 5');
	await expect(page.getByRole('img', { name: /Bilaspur and Raipur/ })).toBeVisible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download the comparison as CSV' }).click()
	]);
	const text = (await bytesOf(download)).toString('utf8');
	expect(
		text.startsWith('\uFEFFpart,name_en,name_hi,kind,scheme,value_bilaspur,value_raipur')
	).toBe(true);
	expect(text).toContain('टीम प्रबंधन');
	expect(text).toMatch(/\r\nteam-management-and-inter-departmental-coordination,[^\r]*,95,/);
});

test('a city of known values shows its history and its strongest pillar', async ({ page }) => {
	await page.goto('/cities/jhansi');
	const table = page
		.getByRole('region', { name: 'Assessments' })
		.getByRole('table', { name: 'Jhansi in ITVE, round by round' });
	await expect(table.getByRole('row').filter({ hasText: 'Open round' })).toContainText('65%');
	await expect(table.getByRole('row').filter({ hasText: 'Open round' })).toContainText('rank 2');
	await expect(page.getByRole('region', { name: 'Assessments' })).toContainText(
		'Strongest in Open round: Operations'
	);
});

test('an admin sees the private round, marked; the public does not', async ({ browser, page }) => {
	await page.goto('/assessments');
	const mine = page.getByRole('region', { name: /Views browser test framework/ });
	await expect(mine.getByRole('link', { name: 'Open round' })).toBeVisible();
	await expect(mine.getByRole('link', { name: 'Draft round' })).toHaveCount(0);
	const draft = await page.goto(`/assessments/${slug}/compare?a=ajmer&b=jhansi&round=draft`);
	expect(draft?.status()).toBe(200);
	await expect(page.getByText('The filter “draft” is not known and was ignored.')).toBeVisible();

	const admin = await signedIn(browser, 'admin@citysetu.test');
	await admin.goto('/assessments');
	const adminView = admin.getByRole('region', { name: /Views browser test framework/ });
	const item = adminView.getByRole('listitem').filter({ hasText: 'Draft round' });
	await expect(item).toContainText('Private');
	await item.getByRole('link', { name: 'Draft round' }).click();
	await expect(admin.getByRole('heading', { level: 2, name: /Draft round/ })).toContainText(
		'Private'
	);
	await expect(
		admin.getByRole('table', { name: 'Overall in Draft round, by rank' }).getByRole('row')
	).toHaveCount(2);
	await admin.context().close();
});

test('the assessments API answers as its document says', async ({ request }) => {
	const list = await request.get('/api/v1/assessments');
	expect(list.status()).toBe(200);
	const body = await list.json();
	const imaf = body.frameworks.find((f: { slug: string }) => f.slug === 'imaf');
	expect(imaf.rounds[0]).toMatchObject({ slug: 'imaf-2-0-cycle-1', public: true, year: 2024 });
	expect(body.frameworks.find((f: { slug: string }) => f.slug === slug).rounds).toHaveLength(1);
	const city = await request.get('/api/v1/cities/bilaspur/assessments');
	expect(city.status()).toBe(200);
	const imafCity = (await city.json()).frameworks.find((f: { slug: string }) => f.slug === 'imaf');
	expect(imafCity.rounds[0].overall).toMatchObject({ rank: 5, basis: 'rank', value: null });
	expect((await request.get('/api/v1/cities/atlantis/assessments')).status()).toBe(404);
	expect((await request.get('/api/v1/assessments?framework=imaf')).status()).toBe(400);
});

// One test a page: the scan of a long ranking takes a while on a busy machine.
for (const target of [
	'/assessments',
	'/assessments/imaf',
	`/assessments/${slug}?pillar=cyber`,
	'/assessments/dmaf/compare?a=surat&b=pune',
	'/cities/bilaspur'
]) {
	test(`${target} passes the accessibility scan and fits a 320 px screen`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		await page.goto(target);
		await axe(page);
		// Nothing of the page's own content is wider than the screen; wide tables scroll inside
		// their own region. (The site header and the rest of the city page are others'.)
		const wide = await page.evaluate(() => {
			const city = document.getElementById('assessments-heading')?.closest('section');
			const scope = city ?? document.querySelector('main');
			return [...(scope?.querySelectorAll('*') ?? [])]
				.filter((e) => !e.closest('.table-scroll'))
				.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
				.map((e) => `${e.tagName}.${e.className}`);
		});
		expect(wide).toEqual([]);
		await context.close();
	});
}
