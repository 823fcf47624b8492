import { describe, expect, it } from 'vitest';
import { matchGaps, normalise, weakestParameters } from './assessment-gaps';
import type { CityValue, MenteeScore, ScoreScheme } from './assessment-gaps';
import { GAP_LEAD_FOR_FULL_MARKS, GAP_MARGIN, WEAKEST_PER_FRAMEWORK } from './weights';

type Round = MenteeScore['round'];
const round = (slug: string, year: number, resultsOn: string | null = null): Round => ({
	id: `round-${slug}`,
	slug,
	nameEn: slug.toUpperCase(),
	nameHi: null,
	year,
	resultsOn
});
const imaf2 = round('imaf-2', 2022, '2022-08-01');
const imaf = { id: 'fw-imaf', slug: 'imaf', acronym: 'IMAF' };
const dmaf = { id: 'fw-dmaf', slug: 'dmaf', acronym: 'DMAF' };

// A value of the mentee city's: the node's slug names it, in IMAF 2 on percentages unless said.
function score(
	slug: string,
	value: number,
	over: {
		round?: Round;
		framework?: MenteeScore['framework'];
		scheme?: ScoreScheme;
		name?: string;
		parentId?: string | null;
		sample?: boolean;
	} = {}
): MenteeScore {
	return {
		round: over.round ?? imaf2,
		framework: over.framework ?? imaf,
		node: {
			id: `node-${slug}`,
			slug,
			nameEn: over.name ?? `Parameter ${slug}`,
			nameHi: `मानक ${slug}`,
			scheme: over.scheme ?? 'percentage',
			parentId: over.parentId ?? null
		},
		value,
		sample: over.sample ?? false
	};
}

const noTree = new Map<string, string | null>();
const slugs = (scores: MenteeScore[]) => scores.map((s) => s.node.slug);
const theirs = (weak: MenteeScore, value: number, sample = false): CityValue => ({
	roundId: weak.round.id,
	nodeId: weak.node.id,
	value,
	sample
});

describe('normalise', () => {
	it('puts every scheme on 0–1: percentage/100, level/5, stars/5', () => {
		expect(normalise('percentage', 95)).toBe(0.95);
		expect(normalise('level', 3)).toBe(0.6);
		expect(normalise('stars', 4)).toBe(0.8);
		expect(normalise('stars', 0)).toBe(0);
	});
});

describe('weakestParameters', () => {
	it('takes the three lowest of the latest round', () => {
		const older = round('imaf-1', 2019);
		const scores = [
			score('a', 90),
			score('b', 40),
			score('c', 70),
			score('d', 55),
			score('e', 60),
			// Far weaker, but in an older round of the same framework: the latest round counts.
			score('old', 5, { round: older })
		];
		expect(WEAKEST_PER_FRAMEWORK).toBe(3);
		expect(slugs(weakestParameters(scores, noTree))).toEqual(['b', 'd', 'e']);
	});

	it('finds the latest round by year, then by results date', () => {
		const early = round('early', 2022, '2022-03-01');
		const undated = round('undated', 2022);
		const previous = round('previous', 2021, '2021-12-31');
		const scores = [
			score('in-early', 50, { round: early }),
			score('in-undated', 10, { round: undated }),
			score('in-previous', 5, { round: previous }),
			score('in-latest', 80)
		];
		expect(slugs(weakestParameters(scores, noTree))).toEqual(['in-latest']);
		// Without a results date a round of the same year counts as the earlier one.
		expect(slugs(weakestParameters(scores.slice(0, 3), noTree))).toEqual(['in-early']);
	});

	it('takes the weakest three of each framework', () => {
		const dmaf2 = round('dmaf-2', 2020);
		const scores = [
			score('i1', 20),
			score('i2', 30),
			score('d1', 2, { round: dmaf2, framework: dmaf, scheme: 'level' }),
			score('d2', 1, { round: dmaf2, framework: dmaf, scheme: 'level' })
		];
		expect(slugs(weakestParameters(scores, noTree))).toEqual(['d2', 'd1', 'i1', 'i2']);
	});

	it('compares schemes on the 0–1 scale', () => {
		const scores = [
			score('percent', 45),
			score('level', 2, { scheme: 'level' }),
			score('stars', 3, { scheme: 'stars' }),
			score('high', 99)
		];
		// Level 2 is 0.4, 45% is 0.45, 3 stars 0.6.
		expect(slugs(weakestParameters(scores, noTree))).toEqual(['level', 'percent', 'stars']);
	});

	it('breaks ties by name, then slug, whatever the order the rows come in', () => {
		const scores = [
			score('z', 50, { name: 'Beta' }),
			score('y', 50, { name: 'alpha' }),
			score('x', 50, { name: 'Beta' }),
			score('w', 50, { name: 'Gamma' })
		];
		expect(slugs(weakestParameters(scores, noTree))).toEqual(['y', 'x', 'z']);
		expect(slugs(weakestParameters([...scores].reverse(), noTree))).toEqual(['y', 'x', 'z']);
	});

	it('counts a pillar with its own value only when nothing under it has one', () => {
		// pillar → dimension (no value) → parameter: the pillar's value sums up its parameter's.
		const tree = new Map<string, string | null>([
			['node-dimension', 'node-pillar'],
			['node-parameter', 'node-dimension']
		]);
		const scores = [
			score('pillar', 10, { name: 'Pillar' }),
			score('parameter', 30, { parentId: 'node-dimension' }),
			score('whole', 20, { name: 'Pillar scored whole' })
		];
		expect(slugs(weakestParameters(scores, tree))).toEqual(['whole', 'parameter']);
	});

	it('is empty without scores', () => {
		expect(weakestParameters([], noTree)).toEqual([]);
	});
});

describe('matchGaps', () => {
	const weakest = weakestParameters([score('a', 60), score('b', 40), score('c', 50)], noTree);
	const [b, c, a] = weakest;

	it('names the parameters the mentor city leads on by the margin, largest lead first', () => {
		expect(GAP_MARGIN).toBe(0.1);
		// 70 against 60 is a lead of exactly the margin: it counts. 59.99 against 50 does not.
		const match = matchGaps(weakest, [theirs(a, 70), theirs(b, 95), theirs(c, 59.99)]);
		expect(match?.evidence).toEqual([
			{
				parameter: { slug: 'b', en: 'Parameter b', hi: 'मानक b' },
				framework: { slug: 'imaf', acronym: 'IMAF' },
				round: { slug: 'imaf-2', en: 'IMAF-2', hi: null },
				scheme: 'percentage',
				mentorValue: 95,
				menteeValue: 40,
				sample: false
			},
			expect.objectContaining({ parameter: expect.objectContaining({ slug: 'a' }) })
		]);
	});

	it('grows with the leads, to full marks at the cap', () => {
		expect(GAP_LEAD_FOR_FULL_MARKS).toBe(0.5);
		expect(matchGaps(weakest, [theirs(b, 60)])?.fraction).toBeCloseTo(0.2 / 0.5, 10);
		expect(matchGaps(weakest, [theirs(b, 60), theirs(c, 70)])?.fraction).toBeCloseTo(0.8, 10);
		expect(matchGaps(weakest, [theirs(a, 100), theirs(b, 100), theirs(c, 100)])?.fraction).toBe(1);
	});

	it('gives nothing without a lead, or without values', () => {
		expect(matchGaps(weakest, [])).toBeNull();
		expect(matchGaps([], [theirs(a, 100)])).toBeNull();
		expect(matchGaps(weakest, [theirs(a, 65), theirs(b, 30), theirs(c, 50)])).toBeNull();
		// A value in another round of the framework is not the same parameter in the same round.
		const elsewhere = { ...theirs(b, 100), roundId: 'round-imaf-1' };
		expect(matchGaps(weakest, [elsewhere])).toBeNull();
	});

	it('compares levels and stars on the same scale: one step counts', () => {
		const [level, stars] = weakestParameters(
			[score('level', 2, { scheme: 'level' }), score('stars', 3, { scheme: 'stars' })],
			noTree
		);
		const match = matchGaps([level, stars], [theirs(level, 3), theirs(stars, 5)]);
		expect(match?.evidence.map((e) => [e.parameter.slug, e.scheme, e.mentorValue])).toEqual([
			['stars', 'stars', 5],
			['level', 'level', 3]
		]);
		// Leads of 0.4 and 0.2: past the cap.
		expect(match?.fraction).toBe(1);
	});

	it('marks a lead as sample when either value is', () => {
		const [weak, sampled] = weakestParameters(
			[score('published', 40), score('sampled', 45, { sample: true })],
			noTree
		);
		const match = matchGaps([weak, sampled], [theirs(weak, 90, true), theirs(sampled, 90)]);
		expect(match?.evidence.map((e) => [e.parameter.slug, e.sample])).toEqual([
			['published', true],
			['sampled', true]
		]);
		expect(matchGaps([weak], [theirs(weak, 90)])?.evidence[0].sample).toBe(false);
	});
});
