import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from './processes.js';

/**
 * @typedef {{ pid: number, url?: string, services?: { name: string, pid: number }[] }} Lock
 */

/** The lock file's content, or null when there is none. */
function readLock(dataDir) {
	try {
		return /** @type {Lock} */ (
			JSON.parse(fs.readFileSync(path.join(dataDir, 'stack.lock'), 'utf8'))
		);
	} catch {
		return null;
	}
}

/** The launcher that holds a data folder, from its lock file, or null when none (still) does. */
export function lockHolder(dataDir) {
	const lock = readLock(dataDir);
	return lock && isRunning(lock.pid, 'node') ? lock : null;
}

/** Throws, saying where and how to stop it, when a CitySetu launcher already uses the folder. */
export function refuseBusyDataDir(dataDir) {
	const holder = lockHolder(dataDir);
	if (!holder) return;
	throw new Error(
		`CitySetu already runs from ${dataDir} (process ${holder.pid}` +
			(holder.url ? `, at ${holder.url}` : '') +
			'). Stop that one first (Ctrl+C where it runs, or ' +
			`\`kill ${holder.pid}\`), or give this one a folder of its own with CITYSETU_DATA_DIR.`
	);
}

/** Throws when services of a launcher that died (killed with SIGKILL, say) still run. */
function refuseOrphans(dataDir, lock) {
	const orphans = (lock?.services ?? []).filter((s) => isRunning(s.pid, s.name));
	if (orphans.length === 0) return;
	throw new Error(
		`services of a CitySetu start that was killed still run from ${dataDir}: ` +
			orphans.map((s) => `${s.name} (process ${s.pid})`).join(', ') +
			`. Stop them with \`kill ${orphans.map((s) => s.pid).join(' ')}\` and start again.`
	);
}

/**
 * Claims a data folder for this process, or explains which CitySetu already runs from it. A lock
 * left by a launcher that has died is taken over once the services it names have stopped.
 * `describe(url)` records where the app answers and `record(services)` which processes serve
 * it (for the next refusal's message); `release()` gives the folder up.
 */
export function lockDataDir(dataDir) {
	const file = path.join(dataDir, 'stack.lock');
	for (let attempt = 0; ; attempt++) {
		try {
			fs.writeFileSync(file, JSON.stringify({ pid: process.pid }), { flag: 'wx' });
			break;
		} catch (error) {
			if (error.code !== 'EEXIST' || attempt > 0) throw error;
		}
		refuseBusyDataDir(dataDir);
		refuseOrphans(dataDir, readLock(dataDir));
		fs.rmSync(file, { force: true });
	}
	/** @type {Lock} */
	const state = { pid: process.pid };
	const write = () => fs.writeFileSync(file, JSON.stringify(state));
	return {
		/** @param {string} url */
		describe(url) {
			state.url = url;
			write();
		},
		/** @param {{ name: string, pid: number | undefined }[]} services */
		record(services) {
			state.services = services.flatMap(({ name, pid }) => (pid ? [{ name, pid }] : []));
			write();
		},
		release() {
			fs.rmSync(file, { force: true });
		}
	};
}
