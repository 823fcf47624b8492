// A second app for the browser tests: the same database as the main one, but a Meilisearch
// address where nothing listens, so the tests see search fall back to Postgres. Under `npm test`
// the database comes from the environment; run alone, from the stack the main server started.
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../scripts/stack/ports.js';

async function stackEnv() {
	if (process.env.SUPABASE_URL) return {};
	const file = path.join(process.env.CITYSETU_DATA_DIR ?? '', 'stack.json');
	for (const started = Date.now(); Date.now() - started < 180_000;) {
		if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')).env;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`no local stack appeared in ${file}`);
}

Object.assign(process.env, await stackEnv(), {
	// A port that was free a moment ago: connections to it are refused.
	MEILISEARCH_URL: `http://127.0.0.1:${await freePort()}`,
	SEARCH_WORKER: '0',
	PORT: process.env.E2E_DEGRADED_PORT
});
await import('../../scripts/serve.js');
