import { spawn } from 'node:child_process';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/** @typedef {ReturnType<typeof supervise>} Service */

/**
 * Runs one service as a child process and restarts it when it dies on its own, with a growing
 * pause, giving up after MAX_RESTARTS within a minute. `stop()` ends it for good.
 */
export function supervise({
	name,
	command,
	args,
	env,
	cwd,
	uid,
	gid,
	log,
	onFatal,
	ready,
	backoffMs = 500
}) {
	let child;
	let stopping = false;
	let restarts = [];
	let exited = Promise.resolve();
	// The last lines the service wrote to stderr, so a crash says why even when output is quiet.
	let lastErrors = [];

	function launch() {
		child = spawn(command, args, {
			cwd,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
			...(uid === undefined ? {} : { uid, gid })
		});
		const forward = (stream, write) =>
			stream.on('data', (chunk) => {
				for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) write(line);
			});
		lastErrors = [];
		forward(child.stdout, log.info);
		forward(child.stderr, (line) => {
			lastErrors = [...lastErrors, line].slice(-3);
			log.info(line);
		});
		const current = child;
		exited = new Promise((resolve) =>
			current.on('exit', (code, signal) => {
				resolve();
				// A termination signal sent by someone else (Ctrl+C reaches the whole process group)
				// is a request to stop, not a crash: do not fight it.
				if (signal === 'SIGTERM' || signal === 'SIGINT') {
					if (!stopping) log.info(`${name} stopped by ${signal}`);
					return;
				}
				if (!stopping) restart(code, signal);
			})
		);
		current.on('error', (error) => log.error(`could not run ${command}: ${error.message}`));
	}

	const said = () => (lastErrors.length ? `; it said: ${lastErrors.join(' | ')}` : '');

	function restart(code, signal) {
		const now = Date.now();
		restarts = restarts.filter((t) => now - t < RESTART_WINDOW_MS);
		if (restarts.length >= MAX_RESTARTS) {
			log.error(`${name} keeps crashing (exit ${code ?? signal}); giving up${said()}`);
			onFatal?.(new Error(`${name} crashed ${MAX_RESTARTS} times within a minute`));
			return;
		}
		restarts.push(now);
		const delay = backoffMs * 2 ** (restarts.length - 1);
		log.warn(`${name} exited unexpectedly (${code ?? signal}); restarting in ${delay} ms${said()}`);
		setTimeout(() => {
			if (stopping) return;
			launch();
			ready?.().then(
				() => log.info(`${name} is back`),
				(error) => log.error(`${name} did not come back: ${error.message}`)
			);
		}, delay);
	}

	return {
		name,
		get pid() {
			return child?.pid;
		},
		start() {
			stopping = false;
			launch();
		},
		/** Stops the service: the signal first, SIGKILL if it has not gone after `graceMs`. */
		async stop(signal = 'SIGTERM', graceMs = 10_000) {
			stopping = true;
			if (!child || child.exitCode !== null || child.signalCode !== null) return;
			child.kill(signal);
			const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
			await exited;
			clearTimeout(timer);
		},
		/** Kills the process as a crash would, for tests of the restart path. */
		crash() {
			child?.kill('SIGKILL');
		}
	};
}
