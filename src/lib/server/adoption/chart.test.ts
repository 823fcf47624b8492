import { describe, expect, it } from 'vitest';
import { progressChart } from './chart';
import { summariseProgress } from './progress';

const at = (recorded_on: string, value: number) => ({
	recorded_on,
	value,
	created_at: `${recorded_on}T10:00:00Z`
});

describe('progressChart', () => {
	it('draws shares of target, capped, with the total', () => {
		const categories = [
			{
				id: 'shops',
				name: 'Shops',
				language: 'en',
				target: 100,
				unit: 'cameras',
				progress: [at('2026-03-01', 20), at('2026-03-10', 130)]
			},
			{
				id: 'buses',
				name: 'बसें',
				language: 'hi',
				target: null,
				unit: 'buses',
				progress: [at('2026-03-02', 4)]
			}
		];
		const chart = progressChart(categories, summariseProgress(categories));
		expect(chart?.mode).toBe('share');
		expect(chart?.lines).toEqual([
			{
				key: 'shops',
				name: 'Shops',
				language: 'en',
				total: false,
				points: [
					{ on: '2026-03-01', value: 20 },
					{ on: '2026-03-10', value: 100 }
				]
			},
			{
				key: 'total',
				name: null,
				language: null,
				total: true,
				points: [
					{ on: '2026-03-01', value: 20 },
					{ on: '2026-03-10', value: 100 }
				]
			}
		]);
	});

	it('draws counts when no category has a target, and nothing without updates', () => {
		const categories = [
			{
				id: 'shops',
				name: 'Shops',
				language: 'en',
				target: null,
				unit: '',
				progress: [at('2026-03-01', 5)]
			}
		];
		expect(progressChart(categories, summariseProgress(categories))?.mode).toBe('count');
		const empty = [{ ...categories[0], progress: [] }];
		expect(progressChart(empty, summariseProgress(empty))).toBeNull();
	});
});
