import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { nativeSha256 } from './scripts/lib/native-sha256.js';

export default defineConfig({
	// SvelteKit's CSP hashes with Node's SHA-256 rather than its own JavaScript one: see the module.
	plugins: [nativeSha256(), sveltekit()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	build: {
		rolldownOptions: {
			// Rolldown reports slow plugin callbacks once a build takes over 3 s; SvelteKit's own
			// writeBundle always does, and the report is noise in every `npm start` and test run.
			checks: { bundlerTimings: false }
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
					setupFiles: ['src/lib/i18n/test-setup.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					globalSetup: ['tests/integration/global-setup.ts'],
					setupFiles: ['tests/integration/setup.ts'],
					// One shared stack: files run one after another, like meilisearch-js's suite.
					fileParallelism: false,
					testTimeout: 30_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
