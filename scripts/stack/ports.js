import net from 'node:net';

export const HOST = '127.0.0.1';

/** Asks the kernel for a free TCP port on the loopback address. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, HOST, () => {
			const { port } = /** @type {net.AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

/** True when something already listens on the port. */
export function isPortTaken(port, host = HOST) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(true));
		server.listen(port, host, () => server.close(() => resolve(false)));
	});
}

/** Polls `check` until it resolves truthy, the deadline passes or `signal` aborts. */
export async function waitFor(
	check,
	{ timeoutMs = 30_000, intervalMs = 100, what = 'service', signal } = {}
) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while (Date.now() < deadline) {
		if (signal?.aborted) throw new Error(`stopped waiting for ${what}`);
		try {
			if (await check()) return;
		} catch (error) {
			lastError = error;
		}
		await new Promise((r) => setTimeout(r, intervalMs));
	}
	throw new Error(
		`${what} did not become ready within ${timeoutMs / 1000} s` +
			(lastError ? `: ${lastError.message ?? lastError}` : '')
	);
}
