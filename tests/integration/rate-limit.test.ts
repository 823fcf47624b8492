// The token bucket behind the rate limits of search and password resets, on the real database.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { takeToken } from '../../src/lib/server/rate-limit';
import { anon, service } from './clients';

describe('takeToken', () => {
	it('lets the burst through, then asks the caller to wait', async () => {
		const limit = { bucket: 'test', burst: 3, perSecond: 0.5 };
		const key = randomUUID();
		const waits = [];
		for (let i = 0; i < 5; i++) waits.push(await takeToken(limit, key));
		expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
		// One token comes back every 2 seconds.
		expect(waits[3]).toBeGreaterThanOrEqual(1);
		expect(waits[3]).toBeLessThanOrEqual(2);
		expect(waits[4]).toBeLessThanOrEqual(2);
	});

	it('keeps keys apart', async () => {
		const limit = { bucket: 'test', burst: 1, perSecond: 0.01 };
		const [a, b] = [randomUUID(), randomUUID()];
		expect(await takeToken(limit, a)).toBe(0);
		expect(await takeToken(limit, a)).toBeGreaterThan(0);
		expect(await takeToken(limit, b)).toBe(0);
	});

	it('refills over time', async () => {
		const limit = { bucket: 'test', burst: 1, perSecond: 20 };
		const key = randomUUID();
		expect(await takeToken(limit, key)).toBe(0);
		await new Promise((resolve) => setTimeout(resolve, 120));
		expect(await takeToken(limit, key)).toBe(0);
	});

	it('counts parallel requests exactly', async () => {
		const limit = { bucket: 'test', burst: 5, perSecond: 0.001 };
		const key = randomUUID();
		const waits = await Promise.all(Array.from({ length: 20 }, () => takeToken(limit, key)));
		expect(waits.filter((w) => w === 0)).toHaveLength(5);
	});

	it('is system work: the public can neither call it nor read the counters', async () => {
		const call = await anon().rpc('take_rate_limit_token', {
			p_bucket: 'test',
			p_key: 'x',
			p_capacity: 1000,
			p_per_second: 1000
		});
		expect(call.error?.code).toBe('42501');
		const read = await anon().from('rate_limits').select('key');
		expect(read.error?.code).toBe('42501');
		const own = await service().from('rate_limits').select('key').eq('bucket', 'test');
		expect(own.error).toBeNull();
	});
});
