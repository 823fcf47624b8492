import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(target) {
	const stat = fs.statSync(target, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of fs.readdirSync(target)) {
		latest = Math.max(latest, newest(path.join(target, entry)));
	}
	return latest;
}

/** Where the app is built: build/, or CITYSETU_BUILD_DIR (the test run uses its own). */
const buildDir = () => path.resolve(root, process.env.CITYSETU_BUILD_DIR ?? 'build');

/** True when the build is missing or older than any of its sources. */
export function buildIsStale() {
	const built = fs.statSync(path.join(buildDir(), 'index.js'), { throwIfNoEntry: false });
	if (!built) return true;
	return inputs.some((input) => newest(path.join(root, input)) > built.mtimeMs);
}

/** The built app's entry (read when called, so .env and the environment are honoured). */
export const buildEntry = () => path.join(buildDir(), 'index.js');
export const binDir = path.join(root, 'node_modules/.bin');
