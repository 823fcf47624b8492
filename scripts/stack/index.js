import fs from 'node:fs';
import path from 'node:path';
import { createSupabase } from '../../src/lib/server/supabase.ts';
import {
	demoAccounts,
	seedDemoAccounts,
	seedDemoMentorships,
	seedPlaceNames,
	seedSitePages,
	seedPractices,
	seedProgrammes,
	seedReferenceData
} from '../lib/seed.js';
import { seedFrameworks, seedSampleScores } from '../lib/seed-assessments.js';
import { seedDemoAdoptions, seedKanpurSafeCity } from '../lib/seed-adoptions.js';
import { seedDemoActivity } from '../lib/generate-activity.js';
import { apiKeys, loadSecrets, writePrivate } from './keys.js';
import { lockDataDir } from './lock.js';
import { createLogger } from './log.js';
import { startMeilisearch } from './meilisearch.js';
import { migrate } from './migrate.js';
import { freePort } from './ports.js';
import { startPostgrest } from './postgrest.js';
import { connectionString, initCluster, startPostgres } from './postgres.js';

// The services' own output is noise unless something goes wrong; CITYSETU_STACK_VERBOSE=1 shows it.
const verbose = process.env.CITYSETU_STACK_VERBOSE === '1';

// CITYSETU_DATA_DIR moves the data elsewhere (the test runner uses a throwaway folder).
export const defaultDataDir = () =>
	path.resolve(process.env.CITYSETU_DATA_DIR ?? path.join(import.meta.dirname, '../../.data'));

/** Makes sure the data folder exists and is writable, or explains why not. */
function prepareDataDir(dir) {
	try {
		fs.mkdirSync(dir, { recursive: true });
		fs.accessSync(dir, fs.constants.W_OK);
		// Postgres runs as its own user when we are root and must be able to reach its folder.
		fs.chmodSync(dir, 0o755);
	} catch (error) {
		throw new Error(`the data folder ${dir} cannot be used: ${error.message}`, { cause: error });
	}
}

/**
 * The environment of a local stack already running on this data folder (started by `npm start`,
 * `npm run dev` or `npm run stack`), or null.
 */
export function runningStackEnv(dataDir = defaultDataDir()) {
	try {
		const { pid, env } = JSON.parse(fs.readFileSync(path.join(dataDir, 'stack.json'), 'utf8'));
		process.kill(pid, 0);
		return env;
	} catch {
		return null;
	}
}

/**
 * Starts the local stack: Postgres (migrated and seeded), PostgREST and Meilisearch, each on a
 * free port of 127.0.0.1 and supervised. Services whose hosted equivalent is configured in the
 * environment (SUPABASE_URL, MEILISEARCH_URL) are not started. Returns the environment the app
 * needs and a `stop()` that ends every child.
 *
 * One launcher at a time may use a data folder: a second start on it is refused at once, naming
 * the process (and, once `describe(url)` recorded it, the address) of the first. A start that
 * fails, or is cut short by aborting `signal`, stops whatever it had started.
 * @param {{ dataDir?: string, env?: Record<string, string | undefined>, quiet?: boolean,
 *   onFatal?: (error: Error) => void, postgresReadyTimeoutMs?: number, signal?: AbortSignal }}
 *   [options]
 * @returns {Promise<{ env: Record<string, string>, services: import('./supervisor.js').Service[],
 *   stop: () => Promise<void>, demo: { password: string, emails: string[] } | null,
 *   describe: (url: string) => void }>}
 */
export async function startStack({
	dataDir = defaultDataDir(),
	env = process.env,
	quiet = false,
	onFatal,
	postgresReadyTimeoutMs,
	signal
} = {}) {
	const log = createLogger('stack', { quiet });
	/** @type {import('./supervisor.js').Service[]} */
	const services = [];
	const stop = async () => {
		// Reverse order: clients before the database they use.
		for (const service of services.reverse()) {
			await service.stop(service.name === 'postgres' ? 'SIGINT' : 'SIGTERM');
		}
		services.length = 0;
	};
	const fatal = (error) => {
		log.error(error.message);
		onFatal?.(error);
	};
	/** @type {Record<string, string>} */
	const appEnv = {};
	let searchStarting = Promise.resolve();
	// Aborted when the start fails, so a search server still starting is not waited for.
	const starting = new AbortController();
	signal?.addEventListener('abort', () => starting.abort(), { once: true });
	/** Ends the start between its steps once the caller no longer wants it. */
	const stillWanted = () => {
		if (starting.signal.aborted) throw new Error('the start was cut short');
	};
	/** @type {{ password: string, emails: string[] } | null} */
	let demo = null;
	/** @type {ReturnType<typeof lockDataDir> | null} */
	let lock = null;

	try {
		const localDb = !env.SUPABASE_URL;
		const localSearch = !env.MEILISEARCH_URL;
		if (localDb || localSearch) {
			prepareDataDir(dataDir);
			lock = lockDataDir(dataDir);
		}
		const secrets = localDb || localSearch ? loadSecrets(dataDir) : null;

		searchStarting = localSearch
			? (async () => {
					const { url, keys } = await startMeilisearch({
						dir: path.join(dataDir, 'meilisearch'),
						port: await freePort(),
						masterKey: secrets.meiliMasterKey,
						index: env.MEILISEARCH_INDEX || 'citysetu',
						log: createLogger('meilisearch', { quiet: !verbose }),
						onFatal: fatal,
						onService: (service) => services.push(service),
						signal: starting.signal
					});
					Object.assign(appEnv, {
						MEILISEARCH_URL: url,
						// Never the master key: it stays in the data folder's secrets.
						MEILISEARCH_SEARCH_KEY: keys.searchKey,
						MEILISEARCH_INDEX_KEY: keys.indexKey
					});
				})()
			: Promise.resolve();
		// Awaited below; this only keeps a failure meanwhile from counting as unhandled.
		searchStarting.catch(() => {});

		if (localDb) {
			const dir = path.join(dataDir, 'postgres');
			await initCluster(dir, secrets.postgresPassword, log);
			stillWanted();
			const pgPort = await freePort();
			const { service: postgres, url } = await startPostgres({
				dir,
				port: pgPort,
				password: secrets.postgresPassword,
				log: createLogger('postgres', { quiet: !verbose }),
				onFatal: fatal,
				readyTimeoutMs: postgresReadyTimeoutMs,
				signal: starting.signal
			});
			services.push(postgres);
			stillWanted();
			await migrate({ url, authenticatorPassword: secrets.authenticatorPassword, log });
			stillWanted();
			const { service: postgrest, url: restUrl } = await startPostgrest({
				port: await freePort(),
				adminPort: await freePort(),
				dbUri: connectionString({
					port: pgPort,
					user: 'authenticator',
					password: secrets.authenticatorPassword
				}),
				jwtSecret: secrets.jwtSecret,
				log: createLogger('postgrest', { quiet: !verbose }),
				onFatal: fatal,
				signal: starting.signal
			});
			services.push(postgrest);
			stillWanted();
			const keys = apiKeys(secrets.jwtSecret);
			Object.assign(appEnv, {
				SUPABASE_URL: restUrl,
				SUPABASE_ANON_KEY: keys.anonKey,
				SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
				SUPABASE_JWT_SECRET: secrets.jwtSecret,
				SUPABASE_BARE_POSTGREST: '1',
				DATABASE_URL: url,
				CITYSETU_LOCAL_STACK: '1'
			});
			const system = createSupabase({
				url: restUrl,
				key: keys.serviceRoleKey,
				barePostgrest: true
			});
			await seedReferenceData(system, log);
			await seedPlaceNames(system, log);
			await seedSitePages(system, log);
			await seedProgrammes(system, log);
			await seedFrameworks(system, log);
			// Demo accounts exist only on the local stack: this branch never runs against a hosted
			// project. DEMO_PASSWORD wins; otherwise a password generated once is kept with the data.
			const demoPassword = env.DEMO_PASSWORD || secrets.demoPassword;
			await seedDemoAccounts(system, demoPassword, log);
			await seedPractices(system, log);
			// Kanpur's own Safe City work is a published fact; it needs its playbook, seeded above.
			await seedKanpurSafeCity(system, log);
			await seedDemoMentorships(system, log);
			// After the mentorship it goes through, and after the published results it must not hide.
			await seedDemoAdoptions(system, log);
			// A programme's worth of generated demo activity, so /programme has every panel filled
			// for this year and the last; closed action items are dated through the database itself.
			await seedDemoActivity(system, log, { databaseUrl: url });
			await seedSampleScores(system, log);
			stillWanted();
			demo = { password: demoPassword, emails: demoAccounts.map((a) => a.email) };
		}
		await searchStarting;
		stillWanted();
		// While the stack runs, other commands (`npm run reindex`) find its services here.
		const runtimeFile = path.join(dataDir, 'stack.json');
		if (localDb || localSearch) {
			writePrivate(runtimeFile, JSON.stringify({ pid: process.pid, env: appEnv }));
		}
		const stopAndForget = async () => {
			fs.rmSync(runtimeFile, { force: true });
			await stop();
			lock?.release();
		};
		// Should this launcher be killed outright, the next start names what it left running.
		lock?.record(services);
		const describe = (url) => lock?.describe(url);
		return { env: appEnv, services, stop: stopAndForget, demo, describe };
	} catch (error) {
		// A search server still starting is stopped too, without waiting for it to be ready.
		starting.abort();
		await searchStarting.catch(() => {});
		await stop();
		lock?.release();
		throw error;
	}
}
