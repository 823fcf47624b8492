// `npm run reindex`: rebuilds the search index from Postgres into a fresh Meilisearch index and
// swaps it in atomically, showing progress. Uses the hosted services named in the environment,
// else the local stack that is running, else starts the local stack for the rebuild.
import { Meilisearch } from 'meilisearch';
import { meiliHttpClient } from '../src/lib/server/search/http.ts';
import { rebuildIndex } from '../src/lib/server/search/indexer.ts';
import { createSupabase } from '../src/lib/server/supabase.ts';
import { loadDotEnv } from './lib/env.js';
import { runningStackEnv, startStack } from './stack/index.js';

loadDotEnv();

let stack = null;
let env = process.env;
if (!env.SUPABASE_URL || !env.MEILISEARCH_URL) {
	const running = runningStackEnv();
	if (running) {
		env = { ...running, ...process.env };
		console.log('using the local stack that is running');
	} else {
		console.log('starting the local stack…');
		stack = await startStack({ quiet: true });
		env = { ...stack.env, ...process.env };
	}
}

const started = Date.now();
try {
	if (!env.MEILISEARCH_INDEX_KEY) {
		throw new Error('MEILISEARCH_INDEX_KEY is not set (the index key: see the README, Production)');
	}
	const db = createSupabase({
		url: env.SUPABASE_URL,
		key: env.SUPABASE_SERVICE_ROLE_KEY,
		barePostgrest: env.SUPABASE_BARE_POSTGREST === '1'
	});
	const meili = new Meilisearch({
		host: env.MEILISEARCH_URL,
		apiKey: env.MEILISEARCH_INDEX_KEY,
		httpClient: meiliHttpClient
	});
	const uid = env.MEILISEARCH_INDEX || 'citysetu';
	let shown = -1;
	const count = await rebuildIndex(db, meili, {
		uid,
		onProgress: ({ indexed, total }) => {
			const percent = Math.floor((indexed / total) * 100);
			if (percent !== shown) {
				shown = percent;
				process.stdout.write(`\rindexing: ${indexed} of ${total} (${percent}%)`);
			}
		}
	});
	process.stdout.write('\n');
	console.log(
		`rebuilt “${uid}” with ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s; the new index is live`
	);
} catch (error) {
	console.error(`\nreindex failed: ${error.message}; the old index is still in use`);
	process.exitCode = 1;
} finally {
	await stack?.stop();
}
