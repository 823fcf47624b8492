// `npm start`: the whole platform on one machine. Starts the local stack (or uses the hosted
// services named in the environment), builds the app when its sources changed, and serves it.
import path from 'node:path';
import { binDir, buildIsStale } from './lib/build.js';
import { heapArgs, heapEnv } from './lib/heap.js';
import { handleShutdown, run } from './lib/process.js';
import { defaultDataDir, startStack } from './stack/index.js';
import { refuseBusyDataDir } from './stack/lock.js';
import { createLogger } from './stack/log.js';
import { HOST, isPortTaken, waitFor } from './stack/ports.js';
import { supervise } from './stack/supervisor.js';
import { loadDotEnv } from './lib/env.js';

loadDotEnv();

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? HOST;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
	console.error(`PORT must be a port number; got “${process.env.PORT}”.`);
	process.exit(1);
}
// Said before the port check: a second `npm start` on the same port should hear why.
if (!process.env.SUPABASE_URL || !process.env.MEILISEARCH_URL) {
	try {
		refuseBusyDataDir(defaultDataDir());
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
if (await isPortTaken(port, host)) {
	console.error(
		`Port ${port} on ${host} is already in use. Stop whatever uses it, or choose another port: ` +
			`PORT=3001 npm start`
	);
	process.exit(1);
}

let stack;
let app;
// Ctrl+C or SIGTERM while the stack starts cuts the start short; it stops what it had started.
const starting = new AbortController();
let stackStarting = Promise.resolve();
const shutdown = handleShutdown(async () => {
	starting.abort();
	await stackStarting.catch(() => {});
	await app?.stop();
	await stack?.stop();
});

try {
	stackStarting = startStack({ onFatal: () => shutdown(1), signal: starting.signal });
	stack = await stackStarting;
} catch (error) {
	// Cut short: the shutdown under way ends the process.
	if (starting.signal.aborted) await shutdown(1);
	console.error(`CitySetu could not start its services: ${error.message}`);
	process.exit(1);
}

if (buildIsStale()) {
	console.log('building the app…');
	const { done } = run(path.join(binDir, 'vite'), ['build', '--logLevel', 'warn']);
	if ((await done) !== 0) {
		console.error('The build failed; see the messages above.');
		await shutdown(1);
	}
}

const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
app = supervise({
	name: 'app',
	command: process.execPath,
	args: [...heapArgs(), path.join(import.meta.dirname, 'serve.js')],
	env: { ...process.env, ...heapEnv(), ...stack.env, PORT: String(port), HOST: host },
	log: createLogger('app'),
	onFatal: () => shutdown(1),
	ready: () => waitFor(async () => (await fetch(`${url}/health`)).status < 500, { what: 'the app' })
});
app.start();
try {
	await waitFor(async () => (await fetch(`http://${host}:${port}/health`)).status < 500, {
		what: 'the app',
		timeoutMs: 30_000
	});
} catch (error) {
	console.error(error.message);
	await shutdown(1);
}
// A second start on the same data folder names this address when it refuses.
stack.describe(url);
console.log(`\nCitySetu is running at ${url}  (Ctrl+C stops it and every service)`);
if (stack.demo) {
	console.log(`\nDemo accounts (local stack only), password: ${stack.demo.password}`);
	for (const email of stack.demo.emails) console.log(`  ${email}`);
}
console.log('');
