// The memo logic without Postgres: with no DATABASE_URL notices are never live, and `announce`
// reaches only this process, which is enough to drive what a notice does to kept values.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_MS, announce, changesLive, keyedMemo, memo, onChange } from './changes';

/** A load the test resolves by hand, counting how often it was started. */
function deferredLoads<K, T>() {
	const started: { key: K; resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
	const load = (key: K) =>
		new Promise<T>((resolve, reject) => started.push({ key, resolve, reject }));
	return { started, load };
}

/** Notices reach listeners on the next turn of the event loop. */
const announced = async (topic: string) => {
	await announce(topic);
	await new Promise((resolve) => setImmediate(resolve));
};

afterEach(() => {
	vi.useRealTimers();
});

describe('change notices without a database', () => {
	it('are not live, and an announcement reaches this process once per batch', async () => {
		expect(changesLive()).toBe(false);
		const batches: string[][] = [];
		const stop = onChange((changed) => {
			if (changed !== 'all') batches.push([...changed].sort());
		});
		void announce('sectors');
		void announce('cities');
		void announce('sectors');
		await new Promise((resolve) => setImmediate(resolve));
		stop();
		await announced('cities');
		expect(batches).toEqual([['cities', 'sectors']]);
	});
});

describe('memo', () => {
	it('loads once, shares a load in flight and keeps the value', async () => {
		let loads = 0;
		const kept = memo(['memo_a'], async () => ++loads);
		const [first, second] = await Promise.all([kept.get(), kept.get()]);
		expect([first, second, await kept.get()]).toEqual([1, 1, 1]);
		expect(loads).toBe(1);
	});

	it('forgets the value when one of its tables changes, not for another table', async () => {
		let loads = 0;
		const kept = memo(['memo_b', 'memo_b2'], async () => ++loads);
		expect(await kept.get()).toBe(1);
		await announced('memo_other');
		expect(await kept.get()).toBe(1);
		await announced('memo_b2');
		expect(await kept.get()).toBe(2);
		kept.clear();
		expect(await kept.get()).toBe(3);
	});

	it('does not keep a value whose load a change overtook', async () => {
		const { started, load } = deferredLoads<void, string>();
		const kept = memo(['memo_c'], () => load());
		const stale = kept.get();
		await announced('memo_c');
		started[0].resolve('read before the change');
		// The caller that asked before the change still gets its answer…
		expect(await stale).toBe('read before the change');
		// …but the next one reads again.
		const fresh = kept.get();
		expect(started).toHaveLength(2);
		started[1].resolve('read after the change');
		expect(await fresh).toBe('read after the change');
		expect(await kept.get()).toBe('read after the change');
		expect(started).toHaveLength(2);
	});

	it('does not keep a failure: the next caller loads again', async () => {
		const { started, load } = deferredLoads<void, string>();
		const kept = memo(['memo_d'], () => load());
		const failing = kept.get();
		started[0].reject(new Error('PostgREST is down'));
		await expect(failing).rejects.toThrow('PostgREST is down');
		const retried = kept.get();
		started[1].resolve('back');
		expect(await retried).toBe('back');
	});

	it('keeps a value FALLBACK_MS at most while notices are not live', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		let loads = 0;
		const kept = memo(['memo_e'], async () => ++loads);
		expect(await kept.get()).toBe(1);
		vi.advanceTimersByTime(FALLBACK_MS - 1);
		expect(await kept.get()).toBe(1);
		vi.advanceTimersByTime(2);
		expect(await kept.get()).toBe(2);
	});
});

describe('keyedMemo', () => {
	it('loads each key once and shares a load in flight per key', async () => {
		const loads: string[] = [];
		const kept = keyedMemo(['keyed_a'], async (key: string) => {
			loads.push(key);
			return key.toUpperCase();
		});
		const answers = await Promise.all([kept.get('a'), kept.get('b'), kept.get('a')]);
		expect(answers).toEqual(['A', 'B', 'A']);
		expect(await kept.get('b')).toBe('B');
		expect(loads).toEqual(['a', 'b']);
	});

	it('keeps the most recently used keys, dropping the least recently used', async () => {
		const loads: string[] = [];
		const kept = keyedMemo(
			['keyed_b'],
			async (key: string) => {
				loads.push(key);
				return key;
			},
			{ max: 2 }
		);
		await kept.get('a');
		await kept.get('b');
		await kept.get('a'); // a is now the most recently used: b goes first
		await kept.get('c');
		expect(loads).toEqual(['a', 'b', 'c']);
		await kept.get('a');
		expect(loads).toEqual(['a', 'b', 'c']);
		await kept.get('b');
		expect(loads).toEqual(['a', 'b', 'c', 'b']);
	});

	it('forgets every key when one of its tables changes', async () => {
		const loads: string[] = [];
		const kept = keyedMemo(['keyed_c'], async (key: string) => {
			loads.push(key);
			return key;
		});
		await kept.get('a');
		await kept.get('b');
		await announced('keyed_c');
		await kept.get('a');
		await kept.get('b');
		expect(loads).toEqual(['a', 'b', 'a', 'b']);
	});

	it('does not keep a value whose load a change overtook, nor a failure', async () => {
		const { started, load } = deferredLoads<string, string>();
		const kept = keyedMemo(['keyed_d'], load);
		const stale = kept.get('a');
		await announced('keyed_d');
		started[0].resolve('old');
		expect(await stale).toBe('old');
		const failing = kept.get('a');
		expect(started).toHaveLength(2);
		started[1].reject(new Error('gone'));
		await expect(failing).rejects.toThrow('gone');
		const fresh = kept.get('a');
		expect(started).toHaveLength(3);
		started[2].resolve('new');
		expect(await fresh).toBe('new');
		expect(await kept.get('a')).toBe('new');
		expect(started).toHaveLength(3);
	});

	it('keeps values FALLBACK_MS at most while notices are not live', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		let loads = 0;
		const kept = keyedMemo(['keyed_e'], async (key: string) => `${key}${++loads}`);
		expect(await kept.get('a')).toBe('a1');
		vi.advanceTimersByTime(FALLBACK_MS + 1);
		expect(await kept.get('a')).toBe('a2');
	});
});
