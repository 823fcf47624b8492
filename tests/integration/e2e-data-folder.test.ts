import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run test:e2e` run alone makes a throwaway data folder for its stack; it must remove that
// folder when it ends, and never one it was given. Listing the tests loads the configuration
// (which makes the folder) without starting any server.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-e2e-config-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function listTests(env: Record<string, string>) {
	const inherited = { ...process.env };
	delete inherited.CITYSETU_DATA_DIR;
	execFileSync(
		process.execPath,
		[path.resolve('node_modules/@playwright/test/cli.js'), 'test', '--list'],
		{ env: { ...inherited, TMPDIR: tmp, ...env }, stdio: 'ignore' }
	);
}

describe('the browser tests’ data folder', () => {
	it('is removed at the end when the run made it', () => {
		listTests({});
		expect(fs.readdirSync(tmp).filter((name) => name.startsWith('citysetu-e2e-'))).toEqual([]);
	}, 30_000);

	it('is kept when it was given', () => {
		const given = fs.mkdtempSync(path.join(tmp, 'given-'));
		listTests({ CITYSETU_DATA_DIR: given });
		expect(fs.existsSync(given)).toBe(true);
	}, 30_000);
});
