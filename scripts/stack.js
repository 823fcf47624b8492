// `npm run stack`: starts only the local services and says how to point the app (or `vite dev`,
// or a test run) at them. Stops them on Ctrl+C. The keys and passwords are not printed: they
// go to a file only its owner can read, which the output names.
import fs from 'node:fs';
import path from 'node:path';
import { handleShutdown } from './lib/process.js';
import { defaultDataDir, startStack } from './stack/index.js';
import { writePrivate } from './stack/keys.js';
import { loadDotEnv } from './lib/env.js';

loadDotEnv();

/** Variables whose values are keys or passwords (DATABASE_URL holds the database password). */
const isSecret = (key) => /KEY|SECRET|PASSWORD/.test(key) || key === 'DATABASE_URL';

const dataDir = defaultDataDir();
const envFile = path.join(dataDir, 'stack.env');
let stack;
// Ctrl+C or SIGTERM while the stack starts cuts the start short; it stops what it had started.
const starting = new AbortController();
let stackStarting = Promise.resolve();
const shutdown = handleShutdown(async () => {
	starting.abort();
	await stackStarting.catch(() => {});
	if (stack) fs.rmSync(envFile, { force: true });
	await stack?.stop();
});

try {
	stackStarting = startStack({ dataDir, onFatal: () => shutdown(1), signal: starting.signal });
	stack = await stackStarting;
} catch (error) {
	// Cut short: the shutdown under way ends the process.
	if (starting.signal.aborted) await shutdown(1);
	console.error(`CitySetu's local stack could not start: ${error.message}`);
	process.exit(1);
}

writePrivate(
	envFile,
	Object.entries(stack.env)
		.map(([key, value]) => `${key}=${value}\n`)
		.join('')
);
const shown = Object.entries(stack.env).filter(([key]) => !isSecret(key));
const hidden = Object.keys(stack.env).filter(isSecret);
console.log('\nThe local stack is running. Environment for the app:\n');
for (const [key, value] of shown) console.log(`${key}=${value}`);
if (hidden.length > 0) {
	console.log(`\nWith ${hidden.join(', ')}, the whole environment is in`);
	console.log(`  ${envFile}`);
	console.log('(readable by you only; it goes when the stack stops). To use it in a shell:');
	console.log(`  set -a; . '${envFile}'; set +a`);
	console.log(`The stack's own secrets stay in ${path.join(dataDir, 'secrets.json')}.`);
}
console.log('\nPress Ctrl+C to stop.');
