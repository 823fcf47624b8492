// `npm run stack`: starts only the local services and prints the environment that points the
// app (or `vite dev`, or a test run) at them. Stops them on Ctrl+C.
import { handleShutdown } from './lib/process.js';
import { startStack } from './stack/index.js';
import { loadDotEnv } from './lib/env.js';

loadDotEnv();

let shutdown;
try {
	const stack = await startStack({ onFatal: () => shutdown?.(1) });
	shutdown = handleShutdown(stack.stop);
	console.log('\nThe local stack is running. Environment for the app:\n');
	for (const [key, value] of Object.entries(stack.env)) console.log(`${key}=${value}`);
	console.log('\nPress Ctrl+C to stop.');
} catch (error) {
	console.error(`CitySetu's local stack could not start: ${error.message}`);
	process.exit(1);
}
