// `npm run dev`: the local stack plus Vite's dev server with hot reload.
import path from 'node:path';
import { binDir } from './lib/build.js';
import { handleShutdown, run } from './lib/process.js';
import { startStack } from './stack/index.js';
import { loadDotEnv } from './lib/env.js';

loadDotEnv();

let stack;
let vite;
// Ctrl+C or SIGTERM while the stack starts cuts the start short; it stops what it had started.
const starting = new AbortController();
let stackStarting = Promise.resolve();
const shutdown = handleShutdown(async () => {
	starting.abort();
	await stackStarting.catch(() => {});
	vite?.child.kill('SIGTERM');
	await vite?.done;
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
vite = run(path.join(binDir, 'vite'), ['dev', '--host', '127.0.0.1', ...process.argv.slice(2)], {
	// Links in mail point at Vite's server (the local stack's default is npm start's port).
	env: { PUBLIC_ORIGIN: 'http://localhost:5173', ...process.env, ...stack.env }
});
vite.done.then((code) => shutdown(code ?? 0));
