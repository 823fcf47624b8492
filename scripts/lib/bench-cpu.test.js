import { describe, expect, it } from 'vitest';
import { ceilingRatio, cpuMeter, cpuMs, findPid, parseStatCpuMs } from './bench-cpu.js';

describe('parseStatCpuMs', () => {
	it('adds user and system ticks, counting fields after the command name', () => {
		// pid (comm) state ppid … utime=250 stime=50 (fields 14 and 15)
		const stat = '4242 (node (worker) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11';
		expect(parseStatCpuMs(stat)).toBe(3000);
	});
});

describe('on this machine', () => {
	it('reads this process, finds it by its command line, and meters it', () => {
		expect(cpuMs(process.pid)).toBeGreaterThan(0);
		expect(cpuMs(999_999_999)).toBeNaN();
		expect(findPid([process.argv[1]])).not.toBeNull();
		expect(findPid(['no process has this in its command line 7f3a'])).toBeNull();
		const meter = cpuMeter([{ name: 'self', pid: () => 'self' }]);
		const until = Date.now() + 30;
		let spin = 0;
		while (Date.now() < until) spin++;
		expect(spin).toBeGreaterThan(0);
		const perRequest = meter.stop(10).self;
		expect(perRequest).toBeGreaterThan(1); // 30 ms of work over 10 requests
		expect(perRequest).toBeLessThan(100);
	});
});

describe('ceilingRatio', () => {
	it('is 1 when the app costs nothing, and falls as it costs more', () => {
		expect(ceilingRatio({ meilisearch: 5, app: 0, generator: 1 })).toBe(1);
		expect(ceilingRatio({ meilisearch: 5, app: 2, generator: 1 })).toBe(0.75);
	});
});
