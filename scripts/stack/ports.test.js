import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { HOST, ephemeralRange, freePort, isPortTaken } from './ports.js';

describe('ephemeralRange', () => {
	it('reads the kernel’s range, or gives null', () => {
		expect(ephemeralRange('32768\t60999\n')).toEqual([32768, 60999]);
		expect(ephemeralRange('')).toBeNull();
		expect(ephemeralRange(null)).toBeNull();
	});
});

describe('freePort', () => {
	it('picks a port below the range outgoing connections take their ports from', async () => {
		for (let i = 0; i < 20; i++) {
			const port = await freePort([32768, 60999]);
			expect(port).toBeGreaterThanOrEqual(10_000);
			expect(port).toBeLessThan(32768);
		}
	});

	it('gives a port a service can listen on at once', async () => {
		const port = await freePort();
		expect(await isPortTaken(port)).toBe(false);
		const server = net.createServer();
		await new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, HOST, resolve);
		});
		expect(await isPortTaken(port)).toBe(true);
		await new Promise((resolve) => server.close(resolve));
	});

	it('falls back to the kernel’s pick when no lower range is left', async () => {
		const port = await freePort([1024, 65535]);
		expect(port).toBeGreaterThan(0);
		expect(await isPortTaken(port)).toBe(false);
	});
});
