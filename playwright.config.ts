import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// `npm test` passes the port and a running stack; run alone, the web server starts its own
// stack in a throwaway folder.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// A second app whose Meilisearch never answers (tests/e2e/degraded-server.js).
process.env.E2E_DEGRADED_PORT ||= String(port + 1);
const degradedURL = `http://127.0.0.1:${process.env.E2E_DEGRADED_PORT}`;
// Run alone, a fresh folder each run (sign-in throttling counts must not carry over), made once
// here: the workers inherit CITYSETU_DATA_DIR rather than making folders of their own. Only a
// folder made here is removed, when the run ends. Not in a globalTeardown: Playwright runs that
// before it stops the web servers, while the stack still uses the folder.
if (!process.env.CITYSETU_DATA_DIR) {
	const made = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-e2e-'));
	process.env.CITYSETU_DATA_DIR = made;
	process.on('exit', () => fs.rmSync(made, { recursive: true, force: true }));
}
// The demo accounts' password: `npm test` passes the one its stack generated.
process.env.DEMO_PASSWORD ||= 'e2e demo password 2026';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	// A user's path here spans several pages and sign-ins; on a busy CI machine 30 s was too
	// tight for the longest (the accessibility scan of four pages).
	timeout: 60_000,
	reporter: [
		['list'],
		// `npm test` asks for a JSON report to add up the totals of every test layer.
		...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json'] as ['json']] : []),
		...(process.env.CI ? [] : [['html', { open: 'never' }] as ['html', { open: 'never' }]])
	],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		locale: 'en-IN',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			// Quiet Chromium's background traffic: this machine's network is closed.
			args: [
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-sandbox'
			]
		}
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /mobile\.spec\.ts/ },
		{ name: 'mobile', use: { ...devices['Pixel 7'] }, testMatch: /mobile\.spec\.ts/ }
	],
	webServer: [
		{
			command: 'node scripts/start.js',
			url: `${baseURL}/health`,
			reuseExistingServer: false,
			timeout: 120_000,
			gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
			env: {
				PORT: String(port),
				DEMO_PASSWORD: process.env.DEMO_PASSWORD,
				CITYSETU_DATA_DIR: process.env.CITYSETU_DATA_DIR ?? '',
				// Specs look at the reach figures right after making the rows they count.
				REACH_CACHE_SECONDS: '0'
			}
		},
		{
			command: 'node tests/e2e/degraded-server.js',
			url: `${degradedURL}/health`,
			reuseExistingServer: false,
			timeout: 180_000,
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
			env: { CITYSETU_DATA_DIR: process.env.CITYSETU_DATA_DIR ?? '' }
		}
	]
});
