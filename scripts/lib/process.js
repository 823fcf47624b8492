import { spawn } from 'node:child_process';

/**
 * Runs the stack for the life of this process: on SIGINT or SIGTERM (or a fatal stack error)
 * it stops the child command, then every service, then exits. Calling it again while it stops
 * waits for that (and so never returns).
 */
export function handleShutdown(stop) {
	/** @type {Promise<never> | null} */
	let stopping = null;
	const shutdown = (code) =>
		(stopping ??= (async () => {
			console.log('\nstopping CitySetu…');
			try {
				await stop();
			} finally {
				process.exit(code);
			}
		})());
	process.on('SIGINT', () => shutdown(130));
	process.on('SIGTERM', () => shutdown(143));
	return shutdown;
}

/** Spawns a command with inherited output; resolves with its exit code. */
export function run(command, args, { env = process.env, cwd } = {}) {
	const child = spawn(command, args, { env, cwd, stdio: 'inherit' });
	const done = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
	);
	return { child, done };
}
