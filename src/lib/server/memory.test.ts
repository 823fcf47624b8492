import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import {
	MAX_GAP_MS,
	MIN_GAP_MS,
	memoryGuardStats,
	nextGap,
	reduceMemory,
	shouldReduce,
	startMemoryGuard,
	stopMemoryGuard
} from './memory';

const MB = 1e6;

describe('shouldReduce', () => {
	it('collects only over the target', () => {
		expect(shouldReduce(201 * MB, 200 * MB, 10_000, null)).toBe(true);
		expect(shouldReduce(200 * MB, 200 * MB, 10_000, null)).toBe(false);
		expect(shouldReduce(150 * MB, 200 * MB, 10_000, null)).toBe(false);
	});

	it('leaves at least the gap between two collections', () => {
		expect(shouldReduce(300 * MB, 200 * MB, 10_000, 10_000 - MIN_GAP_MS + 1)).toBe(false);
		expect(shouldReduce(300 * MB, 200 * MB, 10_000, 10_000 - MIN_GAP_MS)).toBe(true);
	});

	it('never collects with no target', () => {
		expect(shouldReduce(900 * MB, 0, 10_000, null)).toBe(false);
	});
});

describe('nextGap', () => {
	it('keeps the shortest gap while collections bring the resident set well under the target', () => {
		expect(nextGap(MIN_GAP_MS, 150 * MB, 200 * MB)).toBe(MIN_GAP_MS);
		expect(nextGap(40_000, 150 * MB, 200 * MB)).toBe(MIN_GAP_MS);
	});

	it('doubles the gap, up to its longest, while they do not', () => {
		expect(nextGap(MIN_GAP_MS, 185 * MB, 200 * MB)).toBe(2 * MIN_GAP_MS);
		expect(nextGap(2 * MIN_GAP_MS, 230 * MB, 200 * MB)).toBe(4 * MIN_GAP_MS);
		expect(nextGap(MAX_GAP_MS, 230 * MB, 200 * MB)).toBe(MAX_GAP_MS);
	});
});

describe('on this process', () => {
	afterEach(stopMemoryGuard);

	it('runs a memory-reducing collection without leaving gc to other code', () => {
		expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined'); // no --expose-gc
		const paused = reduceMemory();
		expect(paused).not.toBeNull();
		expect(paused).toBeGreaterThanOrEqual(0);
		// The flag was on only while V8's function was taken: a context made now has no gc.
		expect(vm.runInNewContext('typeof gc')).toBe('undefined');
		expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
	});

	it('collects once the resident set passes the target, then waits out the gap', async () => {
		const before = memoryGuardStats().reductions;
		startMemoryGuard(1); // one byte: always over
		await new Promise((resolve) => setTimeout(resolve, 2_600));
		const after = memoryGuardStats();
		// Checked every second for 2.6 s, but the gap (5 s) allows one collection only.
		expect(after.reductions - before).toBe(1);
		expect(after.lastPauseMs).toBeGreaterThanOrEqual(0);
		// Nothing brings a process under one byte: the next collection waits twice as long.
		expect(after.gapMs).toBe(2 * MIN_GAP_MS);
	});

	it('does nothing with no target, and holds nothing that keeps a later start from running', async () => {
		const before = memoryGuardStats().reductions;
		startMemoryGuard(0);
		await new Promise((resolve) => setTimeout(resolve, 1_200));
		expect(memoryGuardStats().reductions).toBe(before);
		startMemoryGuard(1);
		await new Promise((resolve) => setTimeout(resolve, 1_200));
		expect(memoryGuardStats().reductions).toBe(before + 1);
	});
});
