import { describe, expect, it } from 'vitest';
import { cap, dailySeries, summariseProgress, trendOf } from './progress';
import type { ProgressCategory, ProgressUpdate } from './progress';

const update = (recorded_on: string, value: number, created_at = `${recorded_on}T10:00:00Z`) =>
	({ recorded_on, value, created_at }) satisfies ProgressUpdate;

const category = (
	id: string,
	target: number | null,
	unit: string,
	progress: ProgressUpdate[]
): ProgressCategory => ({ id, target, unit, progress });

describe('dailySeries', () => {
	it('keeps the last value recorded each day, oldest day first', () => {
		expect(
			dailySeries([
				update('2026-03-02', 40),
				update('2026-03-01', 10),
				update('2026-03-02', 35, '2026-03-02T18:00:00Z'),
				update('2026-03-02', 30, '2026-03-02T08:00:00Z')
			])
		).toEqual([
			{ on: '2026-03-01', value: 10 },
			{ on: '2026-03-02', value: 35 }
		]);
	});

	it('is empty without updates', () => {
		expect(dailySeries([])).toEqual([]);
	});
});

describe('trendOf', () => {
	it('is the change over the last two points', () => {
		const series = [
			{ on: '2026-01-01', value: 5 },
			{ on: '2026-02-01', value: 20 },
			{ on: '2026-03-01', value: 12 }
		];
		expect(trendOf(series, (p) => p.value)).toEqual({
			from: '2026-02-01',
			to: '2026-03-01',
			change: -8
		});
	});

	it('needs two points', () => {
		expect(trendOf([{ on: '2026-01-01', value: 5 }], (p) => p.value)).toBeNull();
	});
});

describe('cap', () => {
	it('keeps shares between 0 and 1', () => {
		expect([cap(1.4), cap(0.25), cap(-0.1)]).toEqual([1, 0.25, 0]);
	});
});

describe('summariseProgress', () => {
	it('adds up latest values over targets when the targeted categories share a unit', () => {
		const result = summariseProgress([
			category('shops', 100, 'cameras', [update('2026-03-01', 20), update('2026-03-10', 60)]),
			category('hotels', 50, 'cameras', [update('2026-03-05', 10)]),
			category('buses', null, 'buses', [update('2026-03-07', 12)])
		]);
		const [shops, hotels, buses] = result.categories;
		expect(shops).toMatchObject({ latest: { on: '2026-03-10', value: 60 }, share: 0.6 });
		expect(shops.trend).toEqual({ from: '2026-03-01', to: '2026-03-10', change: 40 });
		expect(hotels.trend).toBeNull();
		expect(buses).toMatchObject({ share: null, shownShare: null, inTotal: false });
		expect(result.withoutTarget).toEqual(['buses']);
		expect(result.total).toMatchObject({ kind: 'sum', unit: 'cameras', value: 70, target: 150 });
		// Each day counts every category's last value so far (hotels 0 before its first update).
		expect(result.total?.series).toEqual([
			{ on: '2026-03-01', value: 20, share: 20 / 150 },
			{ on: '2026-03-05', value: 30, share: 30 / 150 },
			{ on: '2026-03-10', value: 70, share: 70 / 150 }
		]);
		expect(result.total?.trend).toEqual({ from: '2026-03-05', to: '2026-03-10', change: 40 });
	});

	it('keeps the true share past the target and caps only what is shown', () => {
		const result = summariseProgress([
			category('pumps', 40, 'cameras', [update('2026-03-01', 50)])
		]);
		expect(result.categories[0]).toMatchObject({ share: 1.25, shownShare: 1 });
		expect(result.total).toMatchObject({ share: 1.25, shownShare: 1 });
	});

	it('takes the mean of the shares when units differ', () => {
		const result = summariseProgress([
			category('cameras', 100, 'cameras', [update('2026-03-01', 50)]),
			category('buses', 10, 'buses', [update('2026-03-02', 10)])
		]);
		expect(result.total?.kind).toBe('mean');
		expect(result.total?.share).toBeCloseTo(0.75);
		expect(result.total?.series).toEqual([
			{ on: '2026-03-01', share: 0.25 },
			{ on: '2026-03-02', share: 0.75 }
		]);
		expect(result.total?.trend?.change).toBeCloseTo(0.5);
	});

	it('counts a targeted category without updates as zero', () => {
		const result = summariseProgress([
			category('shops', 100, 'cameras', []),
			category('hotels', 100, 'Cameras', [update('2026-03-01', 50)])
		]);
		expect(result.categories[0]).toMatchObject({ latest: null, share: 0 });
		expect(result.total).toMatchObject({ kind: 'sum', value: 50, target: 200, share: 0.25 });
	});

	it('has no total when no category has a target', () => {
		const result = summariseProgress([category('shops', null, '', [update('2026-03-01', 5)])]);
		expect(result.total).toBeNull();
		expect(result.withoutTarget).toEqual(['shops']);
		expect(result.categories[0].latest).toEqual({ on: '2026-03-01', value: 5 });
	});
});
