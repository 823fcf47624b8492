// Rankings from a round's stored values, as plain functions of their input (no database): what
// the ranking page, the comparison, the city page and the API all compute the same way.
//
// A city's value for a part of a framework is its own stored score where there is one, else the
// mean of its parameters below that part (a part scored as a whole counting as one), each first
// normalised to 0–1 so that percentages, levels and stars can be averaged. Its overall value is the round's stored result
// (published, or sampled in the demo), else the mean of all its parameters. Published ranks are
// kept as published; cities without one follow, by value.
import type { Enums } from '$lib/database.types';

export type Scheme = Enums<'score_scheme'>;
export type Confidence = Enums<'source_confidence'>;

/** Where a stored value comes from and how sure it is (empty for values nobody seeded). */
export interface Source {
	url: string | null;
	confidence: Confidence | null;
	note: string | null;
}

/** A node of a framework's tree, as rankings need it. */
export interface RankNode {
	id: string;
	parent_id: string | null;
	/** The scheme the node is scored on: its own, else its framework's. */
	scheme: Scheme;
}

/** A stored value: a score (city × node) or an overall result (city). */
export interface StoredValue {
	cityId: string;
	value: number | null;
	rank: number | null;
	sample: boolean;
	source: Source;
}

export interface StoredScore extends StoredValue {
	nodeId: string;
}

/** What a round holds: its scores and its overall results. */
export interface RoundValues {
	scores: StoredScore[];
	results: StoredValue[];
}

/** The part of a framework a ranking is of: the overall result or one node. */
export type Target = { overall: true } | { nodeId: string };

/**
 * Where an entry's value comes from: `stored` (the city's own score or result), `mean` (the
 * mean of its parameters), or `rank` (only a published rank, no value).
 */
export type Basis = 'stored' | 'mean' | 'rank';

/** A city's value for one target in one round. */
export interface Entry {
	cityId: string;
	/** In the scheme's own units (a mean can have decimals); null when only a rank is known. */
	value: number | null;
	scheme: Scheme;
	/** The value on 0–1, to compare across schemes; null with the value. */
	normalised: number | null;
	basis: Basis;
	/** The rank as stored (published), if any. */
	storedRank: number | null;
	/** How many parameter values a mean is made of (0 for a stored value). */
	parameters: number;
	/** True if any value behind this one is a generated sample. */
	sample: boolean;
	/** The stored value's source, where one was seeded. */
	source: Source | null;
}

/** An entry with its place in the ranking. */
export interface RankedEntry extends Entry {
	rank: number;
	/** Shares its rank with another city. */
	joint: boolean;
}

/** The change of a value since the previous round, where both rounds have one. */
export interface Change {
	/** In the scheme's units (percentage points, levels, stars). */
	value: number;
	/** True if either value behind it is a sample. */
	sample: boolean;
	previousRank: number | null;
}

export interface RankingRow extends RankedEntry {
	change: Change | null;
}

/** The top of each scheme's scale. */
export const SCALE: Record<Scheme, number> = { percentage: 100, level: 5, stars: 5 };

/** A value on 0–1: percentage/100, level/5, stars/5. */
export function normalise(scheme: Scheme, value: number): number {
	return value / SCALE[scheme];
}

/** Each node's children (the pillars under `null`), in the order given. */
export function childrenOf(nodes: readonly RankNode[]): Map<string | null, string[]> {
	const children = new Map<string | null, string[]>();
	for (const n of nodes) children.set(n.parent_id, [...(children.get(n.parent_id) ?? []), n.id]);
	return children;
}

/** The top-level nodes of a tree: the pillars (dimensions, themes) of a framework. */
export function pillarsOf<N extends RankNode>(nodes: readonly N[]): N[] {
	return nodes.filter((n) => n.parent_id === null);
}

/**
 * The mean of a city's normalised values below `roots`: a part with a value of its own counts
 * once and stands for everything below it; a part without one is looked into, down to the
 * parameters. With values on parameters only, this is the mean of the parameters.
 */
function meanOf(
	roots: readonly string[],
	scores: ReadonlyMap<string, StoredScore> | undefined,
	index: Pick<RoundIndex, 'children' | 'schemes'>
): { mean: number; count: number; sample: boolean } | null {
	let sum = 0;
	let count = 0;
	let sample = false;
	const visit = (id: string) => {
		const score = scores?.get(id);
		const scheme = index.schemes.get(id);
		if (score && score.value !== null && scheme) {
			sum += normalise(scheme, score.value);
			count += 1;
			sample ||= score.sample;
			return;
		}
		for (const child of index.children.get(id) ?? []) visit(child);
	};
	for (const id of roots) visit(id);
	return count === 0 ? null : { mean: sum / count, count, sample };
}

/** A round's scores indexed by city, then node. */
export function scoresByCity(
	scores: readonly StoredScore[]
): Map<string, Map<string, StoredScore>> {
	const byCity = new Map<string, Map<string, StoredScore>>();
	for (const s of scores) {
		let row = byCity.get(s.cityId);
		if (!row) byCity.set(s.cityId, (row = new Map()));
		row.set(s.nodeId, s);
	}
	return byCity;
}

/** Everything a round's entries are computed from, prepared once for many targets. */
export interface RoundIndex {
	nodes: readonly RankNode[];
	frameworkScheme: Scheme;
	schemes: Map<string, Scheme>;
	children: Map<string | null, string[]>;
	scores: Map<string, Map<string, StoredScore>>;
	results: Map<string, StoredValue>;
	cityIds: string[];
}

export function indexRound(
	nodes: readonly RankNode[],
	frameworkScheme: Scheme,
	values: RoundValues
): RoundIndex {
	const scores = scoresByCity(values.scores);
	const results = new Map(values.results.map((r) => [r.cityId, r]));
	return {
		nodes,
		frameworkScheme,
		schemes: new Map(nodes.map((n) => [n.id, n.scheme])),
		children: childrenOf(nodes),
		scores,
		results,
		cityIds: [...new Set([...scores.keys(), ...results.keys()])]
	};
}

/** A city's entry for a target in a round, or null when the round holds nothing for it. */
export function cityEntry(index: RoundIndex, cityId: string, target: Target): Entry | null {
	const scores = index.scores.get(cityId);
	const nodeId = 'nodeId' in target ? target.nodeId : null;
	const own = nodeId === null ? index.results.get(cityId) : scores?.get(nodeId);
	const scheme = nodeId === null ? index.frameworkScheme : index.schemes.get(nodeId);
	if (!scheme) return null;
	if (own) {
		// A stored value, or a published rank alone: a rank without a value stays that, never
		// filled in with a mean that would stand beside it as if published.
		const value = own.value;
		return {
			cityId,
			scheme,
			value,
			normalised: value === null ? null : normalise(scheme, value),
			basis: value === null ? 'rank' : 'stored',
			storedRank: own.rank,
			parameters: 0,
			sample: own.sample,
			source: own.source
		};
	}
	// Overall: the mean across the pillars; a part: across its children. A parameter (no
	// children) has no value but its own.
	const mean = meanOf(index.children.get(nodeId) ?? [], scores, index);
	if (!mean) return null;
	return {
		cityId,
		scheme,
		value: mean.mean * SCALE[scheme],
		normalised: mean.mean,
		basis: 'mean',
		storedRank: null,
		parameters: mean.count,
		sample: mean.sample,
		source: null
	};
}

// Values equal to this many decimals of the 0–1 scale tie (floating-point means differ in
// their last digits).
const TIE_DIGITS = 6;
const tieKey = (n: number) => n.toFixed(TIE_DIGITS);

/**
 * Ranks entries: those with a stored (published) rank keep it, in its order; the rest follow by
 * value, highest first, from the place after the last published one (after a joint tenth of
 * three, the 13th). Equal values and equal
 * published ranks share their rank ("joint"). Entries with neither are left out.
 */
export function rankEntries<E extends Entry>(entries: readonly E[]): (E & RankedEntry)[] {
	const published = entries
		.filter((e) => e.storedRank !== null)
		.sort((a, b) => (a.storedRank ?? 0) - (b.storedRank ?? 0));
	const byValue = entries
		.filter((e) => e.storedRank === null && e.normalised !== null)
		.sort((a, b) => (b.normalised ?? 0) - (a.normalised ?? 0));
	const ranked: (E & RankedEntry)[] = published.map((e) => ({
		...e,
		rank: e.storedRank ?? 0,
		joint: false
	}));
	// The places the published ranks take: a rank shared by three takes three places.
	const shared = new Map<number, number>();
	for (const e of published) {
		shared.set(e.storedRank ?? 0, (shared.get(e.storedRank ?? 0) ?? 0) + 1);
	}
	const start = Math.max(0, ...[...shared].map(([rank, count]) => rank + count - 1));
	byValue.forEach((e, i) => {
		const previous = i > 0 ? byValue[i - 1] : null;
		const tied =
			previous !== null && tieKey(previous.normalised ?? 0) === tieKey(e.normalised ?? 0);
		const rank = tied ? ranked[ranked.length - 1].rank : start + i + 1;
		ranked.push({ ...e, rank, joint: false });
	});
	const counts = new Map<number, number>();
	for (const r of ranked) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
	for (const r of ranked) r.joint = (counts.get(r.rank) ?? 0) > 1;
	return ranked;
}

/** Every city's entry for a target, ranked. */
export function rankRound(index: RoundIndex, target: Target): RankedEntry[] {
	const entries = index.cityIds
		.map((cityId) => cityEntry(index, cityId, target))
		.filter((e) => e !== null);
	return rankEntries(entries);
}

/** The change from `previous` to `current`, where both have a value. */
export function changeBetween(current: Entry, previous: Entry | null | undefined): Change | null {
	if (!previous || current.normalised === null || previous.normalised === null) return null;
	return {
		// Through the 0–1 scale, in case a node's scheme changed between rounds.
		value: (current.normalised - previous.normalised) * SCALE[current.scheme],
		sample: current.sample || previous.sample,
		previousRank: 'rank' in previous && typeof previous.rank === 'number' ? previous.rank : null
	};
}

/** A ranking with each city's change since the previous round (null where there is none). */
export function rankingWithChange(
	current: RoundIndex,
	previous: RoundIndex | null,
	target: Target
): RankingRow[] {
	const before = previous ? new Map(rankRound(previous, target).map((e) => [e.cityId, e])) : null;
	return rankRound(current, target).map((e) => ({
		...e,
		change: before ? changeBetween(e, before.get(e.cityId)) : null
	}));
}

/**
 * A city's strongest and weakest pillars: those at its highest and its lowest value. Empty when
 * fewer than two pillars have a value, or all are equal.
 */
export function strongestWeakest(pillars: readonly { nodeId: string; entry: Entry | null }[]): {
	strongest: string[];
	weakest: string[];
} {
	const valued = pillars.filter(
		(p): p is { nodeId: string; entry: Entry & { normalised: number } } =>
			p.entry !== null && p.entry.normalised !== null
	);
	if (valued.length < 2) return { strongest: [], weakest: [] };
	const keys = valued.map((p) => tieKey(p.entry.normalised));
	const max = valued.reduce((m, p) => Math.max(m, p.entry.normalised), -Infinity);
	const min = valued.reduce((m, p) => Math.min(m, p.entry.normalised), Infinity);
	if (tieKey(max) === tieKey(min)) return { strongest: [], weakest: [] };
	return {
		strongest: valued.filter((_, i) => keys[i] === tieKey(max)).map((p) => p.nodeId),
		weakest: valued.filter((_, i) => keys[i] === tieKey(min)).map((p) => p.nodeId)
	};
}

/** Whether any value of a round is a sample. */
export function hasSample(values: RoundValues): boolean {
	return values.scores.some((s) => s.sample) || values.results.some((r) => r.sample);
}
