import { describe, expect, it } from 'vitest';
import {
	fromShare,
	leafNodes,
	sampleOverall,
	sampleRoundRows,
	sampleValue,
	unitInterval
} from './sample-scores.js';

const cities = Array.from({ length: 60 }, (_, i) => `city-${i}`);
const nodes = ['policy', 'people', 'process', 'technology', 'outcomes'];

/** Every sample of a scheme over many cities, nodes and two rounds. */
function samples(scheme, extra = {}) {
	return cities.flatMap((city) =>
		nodes.flatMap((node) =>
			[0, 1].map((step) =>
				sampleValue({
					scheme,
					framework: 'fw',
					city,
					node,
					round: `round-${step}`,
					step,
					...extra
				})
			)
		)
	);
}

const decimals = (v) => (String(v).split('.')[1] ?? '').length;

describe('unitInterval', () => {
	it('gives the same number for the same key, in [0, 1), and different ones for others', () => {
		expect(unitInterval('sagar|people|dmaf-cycle-2')).toBe(
			unitInterval('sagar|people|dmaf-cycle-2')
		);
		const values = cities.map((c) => unitInterval(c));
		expect(new Set(values).size).toBe(values.length);
		for (const v of values) expect(v >= 0 && v < 1).toBe(true);
	});
});

describe('sampleValue', () => {
	it('is deterministic: the same city, node and round always give the same value', () => {
		const p = { framework: 'dmaf', city: 'sagar', node: 'people', round: 'dmaf-cycle-2', step: 1 };
		expect(sampleValue({ scheme: 'percentage', ...p })).toBe(
			sampleValue({ scheme: 'percentage', ...p })
		);
		expect(samples('stars')).toEqual(samples('stars'));
	});

	it('gives percentages between about 20 and 95 with at most two decimals', () => {
		const values = samples('percentage');
		for (const v of values) {
			expect(v).toBeGreaterThanOrEqual(18);
			expect(v).toBeLessThanOrEqual(95);
			expect(decimals(v)).toBeLessThanOrEqual(2);
		}
		// Spread out, not all alike.
		expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(30);
	});

	it('gives whole stars from 1 to 5, mostly 2 or 3', () => {
		const values = samples('stars');
		for (const v of values) {
			expect(Number.isInteger(v)).toBe(true);
			expect(v).toBeGreaterThanOrEqual(1);
			expect(v).toBeLessThanOrEqual(5);
		}
		const middling = values.filter((v) => v === 2 || v === 3).length;
		expect(middling / values.length).toBeGreaterThan(0.6);
	});

	it('gives whole levels from 1 to 5', () => {
		for (const v of samples('level')) {
			expect(Number.isInteger(v)).toBe(true);
			expect(v >= 1 && v <= 5).toBe(true);
		}
	});

	it('drifts a little, mostly upwards, from one round to the next', () => {
		const pairs = cities.flatMap((city) =>
			nodes.map((node) => {
				const p = { scheme: 'percentage', framework: 'fw', city, node };
				return [
					sampleValue({ ...p, round: 'first', step: 0 }),
					sampleValue({ ...p, round: 'second', step: 1 })
				];
			})
		);
		const changes = pairs.map(([a, b]) => b - a);
		expect(changes.filter((c) => c !== 0).length / changes.length).toBeGreaterThan(0.9);
		expect(changes.reduce((s, c) => s + c, 0) / changes.length).toBeGreaterThan(0);
		for (const c of changes) expect(Math.abs(c)).toBeLessThan(15);
	});

	it('keeps published cities near their place and the others under them', () => {
		const unranked = samples('percentage', { ceiling: true });
		for (const v of unranked) expect(v).toBeLessThanOrEqual(75);
		const first = samples('percentage', { anchor: { rank: 1 } });
		for (const v of first) expect(v).toBeGreaterThan(75);
		const fourStars = samples('stars', { anchor: { value: 4 } });
		expect(new Set(fourStars)).toEqual(new Set([4]));
	});

	it('stays under a cap', () => {
		for (const v of samples('stars', { max: 2 })) expect(v).toBeLessThanOrEqual(2);
	});
});

describe('fromShare and sampleOverall', () => {
	it('turns shares into values the scheme accepts', () => {
		expect(fromShare('percentage', 0.47126)).toBe(47.13);
		expect(fromShare('stars', 0.05)).toBe(1);
		expect(fromShare('stars', 0.69)).toBe(3);
		expect(fromShare('level', 1.2)).toBe(5);
	});

	it('is the mean of the values as shares, in the framework’s scheme, under the published ones', () => {
		const values = [
			{ scheme: 'stars', value: 2 },
			{ scheme: 'stars', value: 4 },
			{ scheme: 'percentage', value: 80 }
		];
		// (0.4 + 0.8 + 0.8) / 3 = 0.667
		expect(sampleOverall('stars', values)).toBe(3);
		expect(sampleOverall('percentage', values)).toBe(66.67);
		expect(sampleOverall('stars', [{ scheme: 'stars', value: 5 }], 4)).toBe(3);
		expect(sampleOverall('stars', [])).toBeNull();
	});
});

describe('leafNodes', () => {
	const tree = [
		{ id: 's', parent_id: null, slug: 'systemic' },
		{ id: 'p', parent_id: 's', slug: 'policy' },
		{ id: 'q', parent_id: 's', slug: 'people' },
		{ id: 'x', parent_id: null, slug: 'sectoral' }
	];

	it('keeps the nodes without children: a pillar without parameters is scored itself', () => {
		expect(leafNodes(tree).map((n) => n.slug)).toEqual(['policy', 'people', 'sectoral']);
	});

	it('keeps only the leaves at or below the given nodes', () => {
		expect(leafNodes(tree, ['systemic']).map((n) => n.slug)).toEqual(['policy', 'people']);
		expect(leafNodes(tree, ['sectoral']).map((n) => n.slug)).toEqual(['sectoral']);
	});
});

describe('sampleRoundRows', () => {
	const framework = { slug: 'fw', scheme: 'percentage' };
	const round = { id: 'r2', slug: 'fw-2' };
	const roundCities = [
		{ id: 'c1', slug: 'sagar' },
		{ id: 'c2', slug: 'bilaspur' },
		{ id: 'c3', slug: 'kohima' }
	];
	const rows = sampleRoundRows({
		framework,
		nodes: [
			{ id: 'a', parent_id: null, slug: 'alpha', scheme: null },
			{ id: 'b', parent_id: null, slug: 'beta', scheme: null }
		],
		round,
		step: 1,
		cities: roundCities,
		hints: {},
		// Bilaspur's alpha is published; Kohima has a published overall rank.
		existing: [{ city_id: 'c2', node_id: 'a', value: 95 }],
		results: [{ city_id: 'c3', value: null, rank: 1 }]
	});

	it('fills every city × leaf without a value, marked as sample and without a source', () => {
		expect(rows.scores.map((s) => `${s.city_id}/${s.node_id}`)).toEqual([
			'c1/a',
			'c1/b',
			'c2/b',
			'c3/a',
			'c3/b'
		]);
		for (const s of rows.scores) {
			expect(s).toMatchObject({ round_id: 'r2', is_sample: true });
			expect(s).not.toHaveProperty('source_url');
		}
	});

	it('samples an overall result for cities without a published one, from all their values', () => {
		expect(rows.overall.map((r) => r.city_id)).toEqual(['c1', 'c2']);
		for (const r of rows.overall) {
			expect(r).toMatchObject({ is_sample: true, rank: null, source_url: null, confidence: null });
		}
		const beta = rows.scores.find((s) => s.city_id === 'c2' && s.node_id === 'b').value;
		expect(rows.overall[1].value).toBeCloseTo((95 + beta) / 2, 1);
	});

	it('is the same on every run', () => {
		const again = sampleRoundRows({
			framework,
			nodes: [
				{ id: 'a', parent_id: null, slug: 'alpha', scheme: null },
				{ id: 'b', parent_id: null, slug: 'beta', scheme: null }
			],
			round,
			step: 1,
			cities: roundCities,
			hints: {},
			existing: [{ city_id: 'c2', node_id: 'a', value: 95 }],
			results: [{ city_id: 'c3', value: null, rank: 1 }]
		});
		expect(again).toEqual(rows);
	});
});
