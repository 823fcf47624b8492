import { beforeEach, describe, expect, it, vi } from 'vitest';

const env: Record<string, string | undefined> = {};
vi.mock('$env/dynamic/private', () => ({ env }));

const { cached, clearReachCache, reachRequest, reachSearch } = await import('./report');

describe('the reach panels cache', () => {
	beforeEach(() => {
		clearReachCache();
		env.REACH_CACHE_SECONDS = undefined;
		vi.useRealTimers();
	});

	it('answers a repeated question from the first answer until it expires', async () => {
		vi.useFakeTimers();
		const read = vi.fn(async () => ({ n: read.mock.calls.length }));
		expect(await cached('a', read)).toEqual({ n: 1 });
		expect(await cached('a', read)).toEqual({ n: 1 });
		expect(read).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(30_001);
		expect(await cached('a', read)).toEqual({ n: 2 });
	});

	it('asks once for questions asked at the same time', async () => {
		let release: (value: string) => void = () => {};
		const read = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
		const both = Promise.all([cached('b', read), cached('b', read)]);
		release('answer');
		expect(await both).toEqual(['answer', 'answer']);
		expect(read).toHaveBeenCalledTimes(1);
	});

	it('keeps no failed answer', async () => {
		const failing = vi.fn(async () => {
			throw new Error('down');
		});
		await expect(cached('c', failing)).rejects.toThrow('down');
		await Promise.resolve();
		const working = vi.fn(async () => 'up');
		expect(await cached('c', working)).toBe('up');
	});

	it('keeps nothing with REACH_CACHE_SECONDS=0', async () => {
		env.REACH_CACHE_SECONDS = '0';
		const read = vi.fn(async () => 'x');
		await cached('d', read);
		await cached('d', read);
		expect(read).toHaveBeenCalledTimes(2);
	});
});

describe('the reach filters', () => {
	it('reads the filters and names what it cannot use', () => {
		const request = reachRequest(
			new URLSearchParams('zone=western&from=2026-01-01&to=2025-01-01&programme=Not A Slug')
		);
		expect(request.query.zone).toBe('western');
		expect(request.query.from).toBe('2026-01-01');
		expect(request.query.to).toBeUndefined();
		expect(Object.keys(request.errors).sort()).toEqual(['programme', 'to']);
	});

	it('refuses a period longer than twenty years', () => {
		const request = reachRequest(new URLSearchParams('from=2000-01-01&to=2026-01-01'));
		expect(request.errors.to).toContain('20 years');
	});

	it('writes the filters back as a query string, leaving out empty ones', () => {
		expect(reachSearch({ zone: 'western', state: undefined, from: '2026-01-01' })).toBe(
			'?zone=western&from=2026-01-01'
		);
		expect(reachSearch({})).toBe('');
	});
});
