import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const keys = [
	'SUPABASE_URL',
	'SUPABASE_ANON_KEY',
	'SUPABASE_SERVICE_ROLE_KEY',
	'SUPABASE_JWT_SECRET',
	'SUPABASE_BARE_POSTGREST',
	'DATABASE_URL',
	'MEILISEARCH_URL',
	'MEILISEARCH_SEARCH_KEY',
	'MEILISEARCH_INDEX_KEY',
	'DEMO_PASSWORD'
] as const;

export type StackEnv = Record<(typeof keys)[number], string>;

declare module 'vitest' {
	export interface ProvidedContext {
		stackEnv: StackEnv;
		/** For tests that make Meilisearch keys; kept out of the app's environment. */
		meiliMasterKey: string;
	}
}

/**
 * One real stack for the whole integration run: `npm test` passes its own in the environment;
 * run alone, this starts a throwaway one and stops it at the end.
 */
export default async function setup(project: TestProject) {
	let stop: (() => Promise<void>) | undefined;
	let dataDir: string | undefined;
	let env: Record<string, string | undefined> = process.env;
	// (the launcher is plain JavaScript; its env is a flat map of strings)
	if (!process.env.DATABASE_URL || !process.env.SUPABASE_URL || !process.env.MEILISEARCH_URL) {
		const { startStack } = await import('../../scripts/stack/index.js');
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-integration-'));
		const stack = await startStack({ dataDir, env: {}, quiet: true });
		stop = stack.stop;
		env = { ...stack.env, DEMO_PASSWORD: stack.demo?.password };
	}
	// The local stack keeps its master key with its data, never in the environment it hands on.
	const secrets = path.join(dataDir ?? process.env.CITYSETU_DATA_DIR ?? '', 'secrets.json');
	project.provide(
		'meiliMasterKey',
		fs.existsSync(secrets) ? JSON.parse(fs.readFileSync(secrets, 'utf8')).meiliMasterKey : ''
	);
	project.provide(
		'stackEnv',
		Object.fromEntries(keys.map((key) => [key, env[key] ?? ''])) as StackEnv
	);
	return async () => {
		await stop?.();
		if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
	};
}
