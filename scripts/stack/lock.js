import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from './postgres.js';

/** The launcher that holds a data folder, from its lock file, or null when none (still) does. */
export function lockHolder(dataDir) {
	try {
		const holder = JSON.parse(fs.readFileSync(path.join(dataDir, 'stack.lock'), 'utf8'));
		return isRunning(holder.pid, 'node') ? holder : null;
	} catch {
		return null;
	}
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

/**
 * Claims a data folder for this process, or explains which CitySetu already runs from it. A lock
 * left by a launcher that has died is taken over. Returns the lock: `describe(url)` records where
 * the app answers (for the next refusal's message), `release()` gives the folder up.
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
		fs.rmSync(file, { force: true });
	}
	return {
		describe(url) {
			fs.writeFileSync(file, JSON.stringify({ pid: process.pid, url }));
		},
		release() {
			fs.rmSync(file, { force: true });
		}
	};
}
