import { describe, expect, it } from 'vitest';
import {
	ceilingRatio,
	cpuMeter,
	cpuMs,
	findPid,
	floorCeiling,
	parseStatCpuMs
} from './bench-cpu.js';

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

describe('floorCeiling', () => {
	it('adds what asking Meilisearch costs a bare client to the app’s own floor', () => {
		const floor = floorCeiling({
			direct: { meilisearch: 3, generator: 0.2 },
			appCached: { app: 0.4 },
			proxySearch: { app: 0.3 },
			proxyFixed: { app: 0.1 }
		});
		expect(floor.exchange).toBeCloseTo(0.2);
		expect(floor.app).toBeCloseTo(0.6);
		expect(floor.ceiling).toBeCloseTo(3.2 / 3.8);
		// To reach 0.9 the app may spend at most a ninth of Meilisearch's and the generator's.
		expect(floor.budget).toBeCloseTo(3.2 / 9);
		expect(ceilingRatio({ meilisearch: 3, app: floor.budget, generator: 0.2 })).toBeCloseTo(0.9);
	});

	it('never counts a negative exchange when the fixed answer happened to cost more', () => {
		const floor = floorCeiling({
			direct: { meilisearch: 3, generator: 1 },
			appCached: { app: 1 },
			proxySearch: { app: 0.2 },
			proxyFixed: { app: 0.3 }
		});
		expect(floor.exchange).toBe(0);
		expect(floor.ceiling).toBe(0.8);
	});
});
