import fs from 'node:fs';
import net from 'node:net';

export const HOST = '127.0.0.1';

/** The lowest port freePort picks from. */
const LOWEST = 10_000;

/**
 * The kernel's range of local ports for outgoing connections, from the text of
 * /proc/sys/net/ipv4/ip_local_port_range ("32768\t60999"), or null when it cannot be read.
 */
export function ephemeralRange(text = readEphemeralRange()) {
	const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(text ?? '');
	return match ? [Number(match[1]), Number(match[2])] : null;
}

function readEphemeralRange() {
	try {
		return fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8');
	} catch {
		return null;
	}
}

/**
 * A free TCP port on the loopback address for a service to listen on, taken below the kernel's
 * range for outgoing connections. A port the kernel hands out for port 0 lies in that range, and
 * between the pick and the service binding it an outgoing connection may be given it as its
 * local port: PostgREST then could not bind for as long as that connection lived. Outside the
 * range, only another listener can take it. Falls back to the kernel's pick.
 */
export async function freePort(range = ephemeralRange()) {
	const highest = (range?.[0] ?? 32_768) - 1;
	for (let tries = 0; highest > LOWEST && tries < 50; tries++) {
		const port = LOWEST + Math.floor(Math.random() * (highest - LOWEST + 1));
		if (!(await isPortTaken(port))) return port;
	}
	return kernelPort();
}

/** Asks the kernel for a free TCP port on the loopback address. */
function kernelPort() {
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
