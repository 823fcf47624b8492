import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import type { Download } from '@playwright/test';

// The reach dashboard's exports: every table as CSV and Excel through the page's own links,
// plain links without JavaScript; with it, an export slower than a second shows its progress
// and can be cancelled, and a cancelled one saves nothing.

const STATES = 'States and union territories: smart cities and engaged cities';
const FILE = /^citysetu-reach-states-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.(csv|xlsx)$/;

async function bytesOf(download: Download): Promise<Buffer> {
	return fs.readFileSync(await download.path());
}

test('without JavaScript, a table downloads as CSV and as Excel with the page’s filters', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
	const page = await context.newPage();
	await page.goto('/programme?zone=western');

	const csv = page.getByRole('link', { name: `${STATES} as CSV` });
	await expect(csv).toHaveAttribute(
		'href',
		/^\/programme\/export\/states\?format=csv&.*zone=western/
	);
	const [csvDownload] = await Promise.all([page.waitForEvent('download'), csv.click()]);
	expect(csvDownload.suggestedFilename()).toMatch(FILE);
	const bytes = await bytesOf(csvDownload);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toBe('State,Zonal council,Smart cities,Engaged cities');
	expect(lines).toContainEqual(expect.stringMatching(/^Gujarat,Western,6,\d+$/));

	const xlsx = page.getByRole('link', { name: `${STATES} as Excel` });
	const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), xlsx.click()]);
	expect(xlsxDownload.suggestedFilename()).toMatch(FILE);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load((await bytesOf(xlsxDownload)) as unknown as ArrayBuffer);
	expect(book.worksheets.map((s) => s.name)).toEqual(['Report', 'States']);
	// The first sheet names the filters the figures were read with.
	const facts = book.worksheets[0].getRows(1, book.worksheets[0].rowCount) ?? [];
	const zone = facts.find((r) => r.getCell(1).value === 'Zonal council');
	expect(zone?.getCell(2).value).toBe('Western');
	const sheet = book.worksheets[1];
	expect(sheet.getRow(2).getCell(1).value).toBe('State');
	const gujarat = sheet
		.getRows(3, sheet.rowCount - 2)
		?.find((r) => r.getCell(1).value === 'Gujarat');
	expect(gujarat?.getCell(3).value).toBe(6);
	await context.close();
});

test('with JavaScript, a quick export just arrives; a slow one shows progress and Cancel stops it', async ({
	browser
}) => {
	const context = await browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	await page.goto('/programme');
	const csv = page.getByRole('link', { name: `${STATES} as CSV` });

	const [quick] = await Promise.all([page.waitForEvent('download'), csv.click()]);
	expect(quick.suggestedFilename()).toMatch(FILE);
	await expect(page.getByRole('dialog')).toHaveCount(0);

	// Hold the next exports back, as a slow line would: each answer comes two seconds after the
	// test has checked the dialog (on a busy machine a fixed delay could run out before then).
	let release!: () => void;
	let held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/programme/export/**', async (route) => {
		await held;
		await new Promise((resolve) => setTimeout(resolve, 2000));
		await route.continue().catch(() => undefined);
	});
	const downloads: Download[] = [];
	page.on('download', (download) => downloads.push(download));
	await csv.click();
	const dialog = page.getByRole('dialog', { name: 'Download' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('progressbar')).toBeVisible();
	const cancel = dialog.getByRole('button', { name: 'Cancel' });
	await expect(cancel).toBeFocused();
	await cancel.click();
	await expect(dialog.getByRole('status')).toHaveText('Download cancelled. Nothing was saved.');
	// Past the moment the held answer arrives: still nothing saved.
	release();
	await page.waitForTimeout(2500);
	expect(downloads).toEqual([]);
	held = new Promise<void>((resolve) => (release = resolve));
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(csv).toBeFocused();

	// Escape cancels as well.
	await csv.click();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog.getByRole('status')).toHaveText('Download cancelled. Nothing was saved.');
	release();
	await page.waitForTimeout(2500);
	expect(downloads).toEqual([]);
	await context.close();
});
