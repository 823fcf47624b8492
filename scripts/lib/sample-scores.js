// Generated sample scores for the local demo stack: deterministic (the same city, node and
// round always give the same value), plausible for each scheme, and marked `is_sample`. Pure
// functions; scripts/lib/seed-assessments.js reads and writes the database around them.
import { createHash } from 'node:crypto';

/** A number in [0, 1) that depends on the key alone: the same key gives the same number. */
export function unitInterval(key) {
	return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/** A value of `scheme` as a share of its maximum (percentage/100, level/5, stars/5). */
export function normalise(scheme, value) {
	return scheme === 'percentage' ? value / 100 : value / 5;
}

/** A share of the maximum as a value `scheme` accepts (0–2 decimals, or a whole level or star). */
export function fromShare(scheme, share) {
	const n = Math.min(1, Math.max(0, share));
	if (scheme === 'percentage') return Math.round(n * 10000) / 100;
	return Math.min(5, Math.max(1, Math.round(n * 5)));
}

/**
 * The nodes scored directly: those without children. With `under` (node slugs), only the
 * leaves at or below those nodes.
 * @template {{ id: string, parent_id: string | null, slug: string }} N
 * @param {N[]} nodes
 * @param {string[]} [under]
 * @returns {N[]}
 */
export function leafNodes(nodes, under) {
	const parents = new Set(nodes.map((n) => n.parent_id).filter(Boolean));
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const within = (node) => {
		for (let n = node; n; n = n.parent_id ? byId.get(n.parent_id) : undefined) {
			if (under.includes(n.slug)) return true;
		}
		return false;
	};
	return nodes.filter((n) => !parents.has(n.id) && (!under || within(n)));
}

// Unanchored samples stay below this share in a round with published overall results, so that
// no generated city outscores the published ones.
const PUBLISHED_CEILING = 0.75;

/**
 * A plausible, deterministic sample value for a city × node × round. A city has its own level
 * per framework and node; each later round of the framework (`step` 1, 2…) drifts from it a
 * little, mostly upwards, so "change since the last round" shows something. A city with a
 * published overall result in the round (`anchor`: its rank, or its value in the scheme) scores
 * near it; the others stay under the published ones when `ceiling` is set. `max` caps it.
 * @param {{ scheme: 'percentage' | 'level' | 'stars', framework: string, city: string,
 *   node: string, round: string, step: number, anchor?: { rank?: number | null,
 *   value?: number | null }, ceiling?: boolean, max?: number }} p
 */
export function sampleValue({ scheme, framework, city, node, round, step, anchor, ceiling, max }) {
	const noise = unitInterval(`${city}|${node}|${round}`) - 0.5;
	let share;
	if (anchor && (anchor.value != null || anchor.rank != null)) {
		const target =
			anchor.value != null
				? normalise(scheme, anchor.value)
				: Math.max(PUBLISHED_CEILING + 0.05, 0.93 - 0.015 * (anchor.rank - 1));
		share = Math.min(0.95, target + noise * 0.1);
	} else {
		const level =
			0.2 +
			0.55 *
				(0.5 * unitInterval(`${framework}|${city}`) +
					0.5 * unitInterval(`${framework}|${city}|${node}`));
		const trend = -0.02 + 0.08 * unitInterval(`${framework}|${city}|${node}|trend`);
		share = Math.max(0.18, level + step * trend + noise * 0.06);
		if (ceiling) share = Math.min(share, PUBLISHED_CEILING);
	}
	const value = fromShare(scheme, share);
	return max == null ? value : Math.min(value, max);
}

/**
 * A sample overall result: the mean of the city's values as shares, in the framework's scheme.
 * `below`: the lowest published overall value of the round, which a sample stays under.
 */
export function sampleOverall(scheme, values, below) {
	if (!values.length) return null;
	const mean = values.reduce((sum, v) => sum + normalise(v.scheme, v.value), 0) / values.length;
	const value = fromShare(scheme, mean);
	if (below == null) return value;
	const stepDown = scheme === 'percentage' ? 0.01 : 1;
	return Math.max(scheme === 'percentage' ? 0 : 1, Math.min(value, below - stepDown));
}

/**
 * The sample rows of one round: a score for each city × leaf node (within `hints.under`) that
 * has none, and an overall result for each city without a published one, all `is_sample` and
 * without a source. `existing`: the round's scores; `results`: its published overall results.
 */
export function sampleRoundRows({
	framework,
	nodes,
	round,
	step,
	cities,
	hints,
	existing,
	results
}) {
	const published = new Map(results.map((r) => [r.city_id, r]));
	const publishedValues = results.map((r) => r.value).filter((v) => v != null);
	const taken = new Set(existing.map((s) => `${s.city_id}|${s.node_id}`));
	const schemeOf = (node) => node.scheme ?? framework.scheme;
	const scores = [];
	for (const city of cities) {
		for (const node of leafNodes(nodes, hints.under)) {
			if (taken.has(`${city.id}|${node.id}`)) continue;
			scores.push({
				round_id: round.id,
				city_id: city.id,
				node_id: node.id,
				value: sampleValue({
					scheme: schemeOf(node),
					framework: framework.slug,
					city: city.slug,
					node: node.slug,
					round: round.slug,
					step,
					anchor: published.get(city.id),
					ceiling: results.length > 0,
					max: hints.max?.[node.slug]
				}),
				is_sample: true
			});
		}
	}
	// Overall samples from every value the city has in the round, published ones included.
	const nodeById = new Map(nodes.map((n) => [n.id, n]));
	const valuesOf = new Map();
	for (const s of [...existing, ...scores]) {
		if (s.value == null) continue;
		const list = valuesOf.get(s.city_id) ?? [];
		list.push({ scheme: schemeOf(nodeById.get(s.node_id)), value: Number(s.value) });
		valuesOf.set(s.city_id, list);
	}
	const below = publishedValues.length ? Math.min(...publishedValues.map(Number)) : null;
	const overall = cities
		.filter((c) => !published.has(c.id) && valuesOf.has(c.id))
		.map((c) => ({
			round_id: round.id,
			city_id: c.id,
			value: sampleOverall(framework.scheme, valuesOf.get(c.id), below),
			rank: null,
			is_sample: true,
			source_url: null,
			confidence: null,
			note_en: null
		}));
	return { scores, overall };
}
