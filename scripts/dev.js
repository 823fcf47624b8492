// `npm run dev`: the local stack plus Vite's dev server with hot reload.
import path from 'node:path';
import { binDir } from './lib/build.js';
import { handleShutdown, run } from './lib/process.js';
import { startStack } from './stack/index.js';
import { loadDotEnv } from './lib/env.js';

loadDotEnv();

let stack;
let vite;
const shutdown = handleShutdown(async () => {
	vite?.child.kill('SIGTERM');
	await vite?.done;
	await stack?.stop();
});
try {
	stack = await startStack({ onFatal: () => shutdown(1) });
} catch (error) {
	console.error(`CitySetu could not start its services: ${error.message}`);
	process.exit(1);
}
vite = run(path.join(binDir, 'vite'), ['dev', '--host', '127.0.0.1', ...process.argv.slice(2)], {
	// Links in mail point at Vite's server (the local stack's default is npm start's port).
	env: { PUBLIC_ORIGIN: 'http://localhost:5173', ...process.env, ...stack.env }
});
vite.done.then((code) => shutdown(code ?? 0));
