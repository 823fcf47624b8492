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

let shutdown;
try {
	const dataDir = defaultDataDir();
	const stack = await startStack({ dataDir, onFatal: () => shutdown?.(1) });
	const envFile = path.join(dataDir, 'stack.env');
	writePrivate(
		envFile,
		Object.entries(stack.env)
			.map(([key, value]) => `${key}=${value}\n`)
			.join('')
	);
	shutdown = handleShutdown(async () => {
		fs.rmSync(envFile, { force: true });
		await stack.stop();
	});
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
} catch (error) {
	console.error(`CitySetu's local stack could not start: ${error.message}`);
	process.exit(1);
}
