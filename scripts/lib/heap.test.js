import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, SEMI_SPACE_MB, heapArgs, heapEnv } from './heap.js';

describe('heapArgs', () => {
	it('sets both heap settings when NODE_OPTIONS sets neither', () => {
		expect(heapArgs('')).toEqual([
			`--max-semi-space-size=${SEMI_SPACE_MB}`,
			`--heap-growing-percent=${HEAP_GROWING_PERCENT}`
		]);
		expect(heapArgs('--enable-source-maps')).toHaveLength(2);
	});

	it('leaves to NODE_OPTIONS a setting it makes, so an operator can change it', () => {
		expect(heapArgs('--heap-growing-percent=100')).toEqual([
			`--max-semi-space-size=${SEMI_SPACE_MB}`
		]);
		expect(heapArgs('--max-semi-space-size=32 --heap-growing-percent=100')).toEqual([]);
	});
});

describe('heapEnv', () => {
	it('caps malloc arenas unless the environment already says how many', () => {
		expect(heapEnv({})).toEqual({ MALLOC_ARENA_MAX: '2' });
		expect(heapEnv({ MALLOC_ARENA_MAX: '8' })).toEqual({});
	});
});
