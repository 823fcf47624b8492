// Importing assessment scores as an admin, in the browser and through the API, on a framework
// this spec makes for itself (as system work): a round created on the page, a CSV import, a
// corrected .xlsx, a bad file that changes nothing, the export downloaded and imported again,
// the import page's accessibility, and no way in for anyone else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { checked } from './contract';
import { MEMBER, demoPassword, service } from './mentorship-data';

const ADMIN = 'admin@citysetu.test';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A framework of the spec's own, with a parameter on each scale. */
async function makeFramework(label: string): Promise<string> {
	const slug = `it-import-${label}-${Date.now()}`;
	const { error } = await service().rpc('import_framework', {
		p: {
			slug,
			acronym: 'ITI',
			name_en: `Import test ${label}`,
			name_hi: 'आयात परीक्षण',
			scheme: 'percentage',
			position: 99,
			nodes: [
				{ slug: 'governance', kind: 'pillar', name_en: 'Governance', name_hi: 'शासन' },
				{
					slug: 'team-management',
					parent: 'governance',
					kind: 'parameter',
					name_en: 'Team management',
					name_hi: 'टीम प्रबंधन'
				},
				{
					slug: 'data-use',
					parent: 'governance',
					kind: 'parameter',
					name_en: 'Data use',
					name_hi: 'डेटा उपयोग',
					scheme: 'level'
				}
			]
		}
	});
	expect(error).toBeNull();
	return slug;
}

async function signIn(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
}

async function scoresOf(framework: string, round: string) {
	const { data } = await service()
		.from('assessment_scores')
		.select(
			'value, cities(slug), framework_nodes(slug), assessment_rounds!inner(slug, frameworks!inner(slug))'
		)
		.eq('assessment_rounds.slug', round)
		.eq('assessment_rounds.frameworks.slug', framework);
	return Object.fromEntries(
		(data ?? []).map((s) => [`${s.cities.slug}/${s.framework_nodes.slug}`, s.value])
	);
}

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Scores');
	for (const row of rows) sheet.addRow(row);
	return Buffer.from(await book.xlsx.writeBuffer());
}

test('an admin creates a round, imports CSV then a corrected .xlsx, and a bad file changes nothing', async ({
	page
}) => {
	test.slow();
	const framework = await makeFramework('page');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-scores-'));
	const file = (name: string, content: string | Buffer) => {
		const at = path.join(dir, name);
		fs.writeFileSync(at, content);
		return at;
	};

	await signIn(page, ADMIN);
	await page.getByRole('link', { name: 'Assessment rounds' }).click();
	await expect(page).toHaveURL(/\/admin\/assessments$/);
	const section = page.getByRole('region', { name: `ITI: Import test page` });
	await section.getByText('New round of ITI').click();
	const form = section.getByRole('form', { name: 'New round of ITI' });
	await form.getByLabel('Name (English)').fill('Import test round');
	await form.getByLabel('Slug (optional)').fill('it-import-round');
	await form.getByLabel('Year', { exact: true }).fill('2025');
	await form.getByLabel('Assessing body').fill('Quality Council of India');
	await form.getByRole('button', { name: 'Create the round' }).click();
	await expect(section.getByRole('status')).toHaveText('Round Import test round created.');
	const rounds = section.getByRole('table', { name: 'Rounds of ITI' });
	await expect(rounds.getByRole('row', { name: /Import test round/ })).toContainText('Admins only');
	await rounds.getByRole('link', { name: 'Import test round' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ITI: Import test round');

	const upload = async (at: string) => {
		await page.getByLabel('CSV or Excel file').setInputFiles(at);
		await page.getByRole('button', { name: 'Check and import' }).click();
	};
	await upload(
		file(
			'first.csv',
			'\uFEFFcity,parameter,value\r\nsalem,team-management,80\r\nsalem,data-use,3\r\n' +
				'vellore,team-management,95.5\r\nthanjavur,data-use,2\r\n'
		)
	);
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'4 imported, 0 unchanged, 0 removed.'
	);

	await upload(
		file(
			'corrected.xlsx',
			await workbook([
				['city', 'parameter', 'value'],
				['salem', 'team-management', 82.5],
				['salem', 'data-use', 3],
				['vellore', 'team-management', 95.5],
				['vellore', 'data-use', 4]
			])
		)
	);
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		/2 imported, 2 unchanged, 1 removed\./
	);
	const history = page.getByRole('region', { name: 'Import history' });
	await expect(history.getByRole('heading', { level: 3 })).toHaveCount(2);
	const changes = history.getByRole('table', { name: /Changes made by corrected\.xlsx/ });
	await expect(changes.getByRole('row', { name: /Salem/ })).toContainText('80');
	await expect(changes.getByRole('row', { name: /Salem/ })).toContainText('82.5');
	await expect(changes.getByRole('row', { name: /Thanjavur/ })).toContainText('none');
	await expect(history.getByRole('heading', { level: 3 }).first()).toContainText('Mission Admin');

	const before = await scoresOf(framework, 'it-import-round');
	await upload(
		file(
			'bad.csv',
			'city,parameter,value\nSalem,team-management,50\nvellore,data-use,7\nvellore,data-use,4\n'
		)
	);
	const report = page.getByRole('region', { name: 'Problems in bad.csv' });
	await expect(report.getByRole('alert')).toContainText('Nothing was imported.');
	await expect(report.getByRole('alert')).toContainText('The file has 3 problems.');
	const problems = report.getByRole('table', { name: 'Problems by row and column' });
	await expect(problems.getByRole('row', { name: /^2 city/ })).toContainText(
		'“Salem” is not a city slug. Did you mean salem?'
	);
	await expect(problems.getByRole('row', { name: /^3 value/ })).toContainText('not a level');
	await expect(problems.getByRole('row', { name: /^4 the row/ })).toContainText('row 3');
	const href = await report
		.getByRole('link', { name: 'Download the whole report (CSV)' })
		.getAttribute('href');
	const reportCsv = Buffer.from(href?.split(',')[1] ?? '', 'base64').toString('utf8');
	expect(reportCsv.startsWith('\uFEFFrow,column,message\r\n2,city,')).toBe(true);
	expect(await scoresOf(framework, 'it-import-round')).toEqual(before);

	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(axe.violations).toEqual([]);

	// The export, imported again as it is, changes nothing.
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the round’s scores (CSV)' }).click();
	const exported = await (await download).path();
	expect(fs.readFileSync(exported, 'utf8')).toBe(
		'\uFEFFcity,parameter,value\r\nsalem,data-use,3\r\nsalem,team-management,82.5\r\n' +
			'vellore,data-use,4\r\nvellore,team-management,95.5\r\n'
	);
	await upload(file('exported.csv', fs.readFileSync(exported)));
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText(
		'0 imported, 4 unchanged, 0 removed.'
	);
	fs.rmSync(dir, { recursive: true, force: true });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the import form posts the file and shows the counts or the report', async ({ page }) => {
		const framework = await makeFramework('nojs');
		const { data: found } = await service()
			.from('frameworks')
			.select('id')
			.eq('slug', framework)
			.single();
		const { error } = await service()
			.from('assessment_rounds')
			.insert({
				framework_id: found?.id ?? '',
				slug: 'it-import-nojs',
				name_en: 'No script round',
				year: 2024,
				assessing_body: 'QCI'
			});
		expect(error).toBeNull();
		await signIn(page, ADMIN);
		await page.goto(`/admin/assessments/${framework}/it-import-nojs`);
		const file = page.getByLabel('CSV or Excel file');
		await file.setInputFiles({
			name: 'scores.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('city,parameter,value\nsalem,team-management,40\nvellore,data-use,1\n')
		});
		await page.getByRole('button', { name: 'Check and import' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'2 imported, 0 unchanged, 0 removed.'
		);
		await page.getByLabel('CSV or Excel file').setInputFiles({
			name: 'scores.xls',
			mimeType: 'application/vnd.ms-excel',
			buffer: Buffer.from('not a workbook')
		});
		await page.getByRole('button', { name: 'Check and import' }).click();
		await expect(page.getByText('Choose a .csv or .xlsx file.')).toBeVisible();
		await page.getByLabel('CSV or Excel file').setInputFiles({
			name: 'wrong.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('town,parameter,value\nsalem,team-management,40\n')
		});
		await page.getByRole('button', { name: 'Check and import' }).click();
		const report = page.getByRole('region', { name: 'Problems in wrong.csv' });
		await expect(report.getByRole('table')).toContainText('“town” is not a column of the format');
		await expect(
			report.getByRole('link', { name: 'Download the whole report (CSV)' })
		).toBeVisible();
	});
});

test('no one but an admin reaches the assessment admin pages', async ({ page }) => {
	const framework = await makeFramework('guard');
	const response = await page.goto(`/admin/assessments`);
	expect(response?.url()).toMatch(/\/login\?next=%2Fadmin%2Fassessments$/);
	await signIn(page, MEMBER);
	await expect(page.getByRole('link', { name: 'Assessment rounds' })).toHaveCount(0);
	for (const url of ['/admin/assessments', `/admin/assessments/${framework}/none`]) {
		const answer = await page.goto(url);
		expect(answer?.status()).toBe(403);
		await expect(page.getByText('You do not have permission to do that.')).toBeVisible();
	}
});

/** An API token for an account, made through the account page's form. */
async function tokenFor(request: APIRequestContext, baseURL: string, email: string) {
	const origin = { origin: baseURL };
	const login = await request.post('/login', {
		form: { email, password: demoPassword },
		headers: { ...origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(login.status()).toBe(303);
	const created = await request.post('/account?/createToken', {
		form: { name: `assessments ${Date.now()}`, scope: 'read_write', current: demoPassword },
		headers: { ...origin, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	const token = JSON.stringify(await created.json()).match(/cs_[a-z2-7]{32}/)?.[0];
	expect(token).toBeTruthy();
	return { authorization: `Bearer ${token}` };
}

test('the API creates a round, imports CSV and .xlsx, reports bad rows and exports', async ({
	playwright,
	baseURL
}) => {
	const framework = await makeFramework('api');
	const base = baseURL ?? '';
	const adminContext = await playwright.request.newContext({ baseURL: base });
	const memberContext = await playwright.request.newContext({ baseURL: base });
	const anonContext = await playwright.request.newContext({ baseURL: base });
	const admin = await tokenFor(adminContext, base, ADMIN);
	const member = await tokenFor(memberContext, base, MEMBER);
	const api = checked(anonContext, base);
	const root = `/api/v1/assessments/${framework}`;

	const created = await api.post(`${root}/rounds`, {
		headers: admin,
		data: {
			name: 'API round',
			slug: 'it-import-api',
			year: 2024,
			assessing_body: 'QCI',
			public: false
		}
	});
	expect(created.status()).toBe(201);
	expect(await created.json()).toMatchObject({ framework, slug: 'it-import-api', public: false });
	expect(created.headers().location).toBe(`${base}${root}/it-import-api/scores`);
	expect(
		(
			await api.post(`${root}/rounds`, {
				headers: admin,
				data: { name: 'API round', slug: 'it-import-api', year: 2024, assessing_body: 'QCI' }
			})
		).status()
	).toBe(409);
	expect(
		(await api.post(`${root}/rounds`, { headers: admin, data: { name: '', year: 1900 } })).status()
	).toBe(400);
	expect(
		(
			await api.post(`${root}/rounds`, {
				headers: member,
				data: { name: 'Nope', year: 2024, assessing_body: 'QCI' }
			})
		).status()
	).toBe(403);

	const scores = `${root}/it-import-api/scores`;
	const csv = 'city,parameter,value\ntiruchirappalli,team-management,70\ntirunelveli,data-use,5\n';
	const first = await api.post(scores, {
		headers: { ...admin, 'content-type': 'text/csv; charset=utf-8' },
		data: csv
	});
	expect(first.status()).toBe(200);
	expect(await first.json()).toEqual({ imported: 2, unchanged: 0, removed: 0 });
	const again = await api.post(scores, {
		headers: { ...admin, 'content-type': 'text/csv' },
		data: csv
	});
	expect(await again.json()).toEqual({ imported: 0, unchanged: 2, removed: 0 });
	const xlsx = await api.post(scores, {
		headers: { ...admin, 'content-type': XLSX },
		data: await workbook([
			['city', 'parameter', 'value'],
			['tiruchirappalli', 'team-management', 71.25]
		])
	});
	expect(await xlsx.json()).toEqual({ imported: 1, unchanged: 0, removed: 1 });

	const bad = await api.post(scores, {
		headers: { ...admin, 'content-type': 'text/csv' },
		data: 'city,parameter,value\ntiruchirappalli,team-management,101\natlantis,data-use,2\n'
	});
	expect(bad.status()).toBe(422);
	expect((await bad.json()).errors).toEqual([
		{
			row: 2,
			column: 'value',
			message: '101 is not a percentage from 0 to 100 with at most two decimals.'
		},
		{ row: 3, column: 'city', message: '“atlantis” is not a city slug.' }
	]);
	expect((await api.post(scores, { headers: admin, data: { city: 'salem' } })).status()).toBe(415);
	expect(
		(
			await api.post(scores, { headers: { ...member, 'content-type': 'text/csv' }, data: csv })
		).status()
	).toBe(403);

	const exportUrl = `${root}/it-import-api/scores.csv`;
	expect((await api.get(exportUrl)).status()).toBe(404);
	const exported = await api.get(exportUrl, { headers: admin });
	expect(exported.status()).toBe(200);
	expect(exported.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(exported.headers()['content-disposition']).toContain('attachment');
	expect(await exported.text()).toBe(
		'\uFEFFcity,parameter,value\r\ntiruchirappalli,team-management,71.25\r\n'
	);
	await Promise.all([adminContext.dispose(), memberContext.dispose(), anonContext.dispose()]);
});
