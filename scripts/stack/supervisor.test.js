import { describe, expect, it } from 'vitest';
import { createLogger } from './log.js';
import { supervise } from './supervisor.js';

describe('supervise', () => {
	it('restarts a service that dies on its own, and stops it for good on stop()', async () => {
		const warnings = [];
		const log = { ...createLogger('test', { quiet: true }), warn: (m) => warnings.push(m) };
		const service = supervise({
			name: 'sleeper',
			command: process.execPath,
			args: ['-e', 'setTimeout(() => {}, 60000)'],
			env: process.env,
			log
		});
		service.start();
		const first = service.pid;
		expect(first).toBeGreaterThan(0);
		service.crash();
		await expect
			.poll(() => service.pid !== first && service.pid !== undefined, { timeout: 5000 })
			.toBe(true);
		expect(warnings.join()).toMatch(/sleeper exited unexpectedly/);
		const second = service.pid;
		await service.stop();
		await new Promise((r) => setTimeout(r, 800));
		expect(service.pid).toBe(second);
		expect(() => process.kill(second, 0)).toThrow();
	});

	it('gives up and reports when a service keeps crashing, with what it said', async () => {
		let fatal;
		const errors = [];
		const service = supervise({
			name: 'crasher',
			command: process.execPath,
			args: [
				'-e',
				"process.stderr.write('error: unexpected argument\\n'); setTimeout(() => process.exit(3), 100)"
			],
			env: process.env,
			log: { info() {}, warn() {}, error: (m) => errors.push(m) },
			backoffMs: 10,
			onFatal: (error) => (fatal = error)
		});
		service.start();
		await expect
			.poll(() => fatal?.message, { timeout: 5_000, interval: 50 })
			.toMatch(/crashed 5 times/);
		expect(errors.join()).toMatch(
			/crasher keeps crashing \(exit 3\).*it said: error: unexpected argument/
		);
		await service.stop();
	});
});
