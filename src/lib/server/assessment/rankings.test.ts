import { describe, expect, it } from 'vitest';
import {
	cityEntry,
	indexRound,
	childrenOf,
	normalise,
	rankEntries,
	rankRound,
	rankingWithChange,
	strongestWeakest
} from './rankings';
import type { Entry, RankNode, RoundValues, StoredScore, StoredValue } from './rankings';

// A framework of two pillars: "ops" with two parameters (a percentage and a level), and "cyber"
// scored on itself, on stars.
const nodes: RankNode[] = [
	{ id: 'ops', parent_id: null, scheme: 'percentage' },
	{ id: 'ops-team', parent_id: 'ops', scheme: 'percentage' },
	{ id: 'ops-level', parent_id: 'ops', scheme: 'level' },
	{ id: 'cyber', parent_id: null, scheme: 'stars' }
];
const noSource = { url: null, confidence: null, note: null };

function score(
	cityId: string,
	nodeId: string,
	value: number | null,
	extra: Partial<StoredScore> = {}
): StoredScore {
	return { cityId, nodeId, value, rank: null, sample: false, source: noSource, ...extra };
}

function result(
	cityId: string,
	value: number | null,
	extra: Partial<StoredValue> = {}
): StoredValue {
	return { cityId, value, rank: null, sample: false, source: noSource, ...extra };
}

function entry(cityId: string, normalised: number | null, storedRank: number | null = null): Entry {
	return {
		cityId,
		value: normalised === null ? null : normalised * 100,
		scheme: 'percentage',
		normalised,
		basis: normalised === null ? 'rank' : 'stored',
		storedRank,
		parameters: 0,
		sample: false,
		source: null
	};
}

describe('normalising', () => {
	it('puts each scheme on 0–1: percentage/100, level/5, stars/5', () => {
		expect(normalise('percentage', 95)).toBe(0.95);
		expect(normalise('level', 3)).toBe(0.6);
		expect(normalise('stars', 4)).toBe(0.8);
		expect(normalise('stars', 0)).toBe(0);
	});

	it('finds the children of each node, the pillars at the top', () => {
		const children = childrenOf(nodes);
		expect(children.get(null)).toEqual(['ops', 'cyber']);
		expect(children.get('ops')).toEqual(['ops-team', 'ops-level']);
	});
});

describe('a city’s value', () => {
	const values: RoundValues = {
		scores: [
			score('a', 'ops-team', 90),
			score('a', 'ops-level', 4, { sample: true }),
			score('a', 'cyber', 3),
			score('b', 'ops', 70, {
				source: { url: 'https://example.org', confidence: 'single', note: 'as reported' }
			}),
			score('b', 'ops-team', 20)
		],
		results: [result('c', null, { rank: 1 })]
	};
	const index = indexRound(nodes, 'percentage', values);

	it('is the mean of the parameters below a pillar, normalised, and sample if any is', () => {
		const ops = cityEntry(index, 'a', { nodeId: 'ops' });
		expect(ops).toMatchObject({ basis: 'mean', parameters: 2, sample: true, source: null });
		// (0.9 + 4/5) / 2 = 0.85, shown on the pillar's percentage scale.
		expect(ops?.normalised).toBeCloseTo(0.85);
		expect(ops?.value).toBeCloseTo(85);
	});

	it('is the pillar’s own score where it has one, with its source', () => {
		const ops = cityEntry(index, 'b', { nodeId: 'ops' });
		expect(ops).toMatchObject({ basis: 'stored', value: 70, normalised: 0.7, sample: false });
		expect(ops?.source).toEqual({
			url: 'https://example.org',
			confidence: 'single',
			note: 'as reported'
		});
	});

	it('overall is the mean of all parameters when no result is stored', () => {
		const overall = cityEntry(index, 'a', { overall: true });
		// (0.9 + 0.8 + 0.6) / 3
		expect(overall?.normalised).toBeCloseTo(2.3 / 3);
		expect(overall).toMatchObject({ basis: 'mean', parameters: 3, sample: true });
	});

	it('counts a part scored as a whole once, in place of the parameters below it', () => {
		// b: ops 70 on the pillar itself (its ops-team 20 is not counted again), no cyber.
		expect(cityEntry(index, 'b', { overall: true })).toMatchObject({
			basis: 'mean',
			parameters: 1,
			normalised: 0.7
		});
	});

	it('a published rank without a value stays a rank, not a mean', () => {
		expect(cityEntry(index, 'c', { overall: true })).toMatchObject({
			basis: 'rank',
			value: null,
			normalised: null,
			storedRank: 1
		});
	});

	it('is nothing for a parameter the city has no score on', () => {
		expect(cityEntry(index, 'b', { nodeId: 'cyber' })).toBeNull();
		expect(cityEntry(index, 'nobody', { overall: true })).toBeNull();
	});

	it('stars are shown on their own scale', () => {
		expect(cityEntry(index, 'a', { nodeId: 'cyber' })).toMatchObject({
			value: 3,
			scheme: 'stars',
			normalised: 0.6
		});
	});
});

describe('ranking', () => {
	it('orders by value and gives ties one shared rank', () => {
		const ranked = rankEntries([
			entry('low', 0.5),
			entry('top', 0.9),
			entry('tie1', 0.7),
			entry('tie2', 0.7)
		]);
		expect(ranked.map((r) => [r.cityId, r.rank, r.joint])).toEqual([
			['top', 1, false],
			['tie1', 2, true],
			['tie2', 2, true],
			['low', 4, false]
		]);
	});

	it('treats means equal but for floating-point noise as tied', () => {
		const ranked = rankEntries([entry('a', 0.1 + 0.2), entry('b', 0.3)]);
		expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
	});

	it('keeps published ranks (rank-only rows too) and ranks the rest after them', () => {
		// The DMAF cycle 2 shape: ranks 1, 2 and a joint 3rd published without values.
		const ranked = rankEntries([
			entry('valued', 0.99),
			entry('p3a', null, 3),
			entry('p1', null, 1),
			entry('p3b', null, 3),
			entry('p2', 0.4, 2),
			entry('other', 0.5)
		]);
		expect(ranked.map((r) => [r.cityId, r.rank, r.joint])).toEqual([
			['p1', 1, false],
			['p2', 2, false],
			['p3a', 3, true],
			['p3b', 3, true],
			['valued', 5, false],
			['other', 6, false]
		]);
	});

	it('starts after the places the published ranks take, gaps and joint ranks included', () => {
		expect(rankEntries([entry('p5', null, 5), entry('other', 0.5)]).map((r) => r.rank)).toEqual([
			5, 6
		]);
		// 1st, then three joint 10th (the 8th unknown): the next city is 13th.
		const joint = rankEntries([
			entry('p1', null, 1),
			entry('a', null, 10),
			entry('b', null, 10),
			entry('c', null, 10),
			entry('next', 0.2)
		]);
		expect(joint.map((r) => r.rank)).toEqual([1, 10, 10, 10, 13]);
	});

	it('ranks a pillar by own scores and means alike', () => {
		const index = indexRound(nodes, 'percentage', {
			scores: [
				score('a', 'ops-team', 90),
				score('a', 'ops-level', 5),
				score('b', 'ops', 80),
				score('c', 'ops-team', 10)
			],
			results: []
		});
		expect(rankRound(index, { nodeId: 'ops' }).map((r) => [r.cityId, r.rank])).toEqual([
			['a', 1],
			['b', 2],
			['c', 3]
		]);
	});
});

describe('change since the previous round', () => {
	const current = indexRound(nodes, 'percentage', {
		scores: [score('a', 'ops-team', 90), score('b', 'ops-team', 50, { sample: true })],
		results: [result('c', 60)]
	});
	const previous = indexRound(nodes, 'percentage', {
		scores: [score('a', 'ops-team', 80), score('b', 'ops-team', 55)],
		results: [result('d', 40)]
	});

	it('is the difference in the scheme’s units, only where both rounds have a value', () => {
		const rows = rankingWithChange(current, previous, { nodeId: 'ops-team' });
		const a = rows.find((r) => r.cityId === 'a');
		const b = rows.find((r) => r.cityId === 'b');
		expect(a?.change?.value).toBeCloseTo(10);
		expect(a?.change).toMatchObject({ sample: false, previousRank: 1 });
		expect(b?.change?.value).toBeCloseTo(-5);
		expect(b?.change?.sample).toBe(true);
	});

	it('is absent for a city missing from either round, and without a previous round', () => {
		const overall = rankingWithChange(current, previous, { overall: true });
		expect(overall.find((r) => r.cityId === 'c')?.change).toBeNull();
		expect(
			rankingWithChange(current, null, { overall: true }).every((r) => r.change === null)
		).toBe(true);
	});

	it('is absent where one round has only a rank', () => {
		const ranked = indexRound(nodes, 'percentage', {
			scores: [],
			results: [result('a', null, { rank: 2 })]
		});
		const rows = rankingWithChange(ranked, current, { overall: true });
		expect(rows[0].change).toBeNull();
	});
});

describe('strongest and weakest pillars', () => {
	const pillar = (nodeId: string, normalised: number | null) => ({
		nodeId,
		entry: normalised === null && nodeId === 'none' ? null : entry('a', normalised)
	});

	it('are the pillars at the highest and the lowest value, ties included', () => {
		expect(
			strongestWeakest([
				pillar('ops', 0.9),
				pillar('cyber', 0.3),
				pillar('data', 0.9),
				pillar('rank-only', null),
				pillar('none', null)
			])
		).toEqual({ strongest: ['ops', 'data'], weakest: ['cyber'] });
	});

	it('are none with fewer than two values, or all equal', () => {
		expect(strongestWeakest([pillar('ops', 0.9), pillar('none', null)])).toEqual({
			strongest: [],
			weakest: []
		});
		expect(strongestWeakest([pillar('ops', 0.5), pillar('cyber', 0.5)])).toEqual({
			strongest: [],
			weakest: []
		});
	});
});
