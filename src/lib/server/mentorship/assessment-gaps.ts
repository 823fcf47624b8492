// "Strong where you are weakest": the mentee city's weakest assessment parameters and what each
// candidate mentor city scored on them. The loader reads as the caller, so row-level security
// decides which rounds count (public ones; private ones for admins too), once per request: the
// mentee city's values, then the candidate cities' values on its weakest parameters. The pure
// functions below pick the weakest parameters and match a mentor city against them; the margin
// and the scale of the score live in weights.ts.
import type { Enums } from '$lib/database.types';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { GAP_LEAD_FOR_FULL_MARKS, GAP_MARGIN, WEAKEST_PER_FRAMEWORK } from './weights';

export type ScoreScheme = Enums<'score_scheme'>;

const schemeMaximum: Record<ScoreScheme, number> = { percentage: 100, level: 5, stars: 5 };

/** A value on the 0–1 scale that compares schemes: percentage/100, level/5, stars/5. */
export function normalise(scheme: ScoreScheme, value: number): number {
	return value / schemeMaximum[scheme];
}

/** One value of the mentee city: a parameter (or a pillar with its own value) in a round. */
export interface MenteeScore {
	round: {
		id: string;
		slug: string;
		nameEn: string;
		nameHi: string | null;
		year: number;
		resultsOn: string | null;
	};
	framework: { id: string; slug: string; acronym: string };
	node: {
		id: string;
		slug: string;
		nameEn: string;
		nameHi: string;
		/** The node's own scheme, else its framework's. */
		scheme: ScoreScheme;
		parentId: string | null;
	};
	value: number;
	sample: boolean;
}

/** One of the mentee city's weakest parameters, in the latest round of its framework. */
export type WeakParameter = MenteeScore;

/** A candidate city's value on a parameter in a round. */
export interface CityValue {
	roundId: string;
	nodeId: string;
	value: number;
	sample: boolean;
}

/** What the score reads of the assessments: the weakest parameters, the candidates' values. */
export interface AssessmentGaps {
	weakest: WeakParameter[];
	/** Each candidate city's values on the weakest parameters, by city id. */
	valuesByCity: Record<string, CityValue[]>;
}

/** A parameter on which the mentor city leads the mentee city: what the reason says. */
export interface GapEvidence {
	parameter: { slug: string; en: string; hi: string };
	framework: { slug: string; acronym: string };
	round: { slug: string; en: string; hi: string | null };
	scheme: ScoreScheme;
	mentorValue: number;
	menteeValue: number;
	/** Either value is a generated sample, not a published figure. */
	sample: boolean;
}

/** How far a mentor city covers the mentee city's weakest parameters. */
export interface GapMatch {
	/** The gap factor's part earned, 0–1: the leads added up, capped. */
	fraction: number;
	/** The parameters it leads on, largest lead first. */
	evidence: GapEvidence[];
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });
// Percentages carry two decimals, so a lead is exact to four on the 0–1 scale; rounding there
// keeps 70% against 60% a lead of 0.1, not 0.0999….
const lead = (weak: WeakParameter, value: number) =>
	Math.round((normalise(weak.node.scheme, value) - normalise(weak.node.scheme, weak.value)) * 1e4) /
	1e4;

/** Latest first: by year, then by results date (a round without one counts as earlier), then slug. */
function compareRounds(a: MenteeScore['round'], b: MenteeScore['round']): number {
	return (
		b.year - a.year ||
		(b.resultsOn ?? '').localeCompare(a.resultsOn ?? '') ||
		a.slug.localeCompare(b.slug)
	);
}

/**
 * The mentee city's weakest parameters: in the latest round of each framework in which it has
 * values, the `WEAKEST_PER_FRAMEWORK` lowest on the 0–1 scale, ties by name. A node counts when
 * no node under it has a value of the city's in that round: parameters, and pillars scored
 * only as a whole (counting a pillar and its own parameters would name one weakness twice).
 * `parentOf` maps the frameworks' node ids to their parents'.
 */
export function weakestParameters(
	scores: MenteeScore[],
	parentOf: ReadonlyMap<string, string | null>
): WeakParameter[] {
	const latest = new Map<string, MenteeScore['round']>();
	for (const { framework, round } of scores) {
		const seen = latest.get(framework.id);
		if (!seen || compareRounds(round, seen) < 0) latest.set(framework.id, round);
	}
	const weakest: WeakParameter[] = [];
	const frameworks = [...latest.keys()].sort((a, b) => {
		const acronym = (id: string) => scores.find((s) => s.framework.id === id)?.framework.acronym;
		return byName.compare(acronym(a) ?? '', acronym(b) ?? '') || a.localeCompare(b);
	});
	for (const frameworkId of frameworks) {
		const roundId = latest.get(frameworkId)?.id;
		const inRound = scores.filter((s) => s.round.id === roundId);
		const covered = new Set<string>();
		for (const score of inRound) {
			// Every ancestor of a valued node has a value below it; the set stops a looped tree.
			for (
				let parent = score.node.parentId;
				parent !== null && !covered.has(parent);
				parent = parentOf.get(parent) ?? null
			) {
				covered.add(parent);
			}
		}
		const ranked = inRound
			.filter((s) => !covered.has(s.node.id))
			.sort(
				(a, b) =>
					normalise(a.node.scheme, a.value) - normalise(b.node.scheme, b.value) ||
					byName.compare(a.node.nameEn, b.node.nameEn) ||
					a.node.slug.localeCompare(b.node.slug)
			);
		weakest.push(...ranked.slice(0, WEAKEST_PER_FRAMEWORK));
	}
	return weakest;
}

/**
 * Where a mentor city is stronger than the mentee city on the mentee's weakest parameters, by
 * `GAP_MARGIN` or more, with the evidence for the reason, largest lead first; its part of the
 * gap factor grows with the leads added up, to 1 at `GAP_LEAD_FOR_FULL_MARKS`. Null when it
 * leads on none (or has no values on them).
 */
export function matchGaps(weakest: WeakParameter[], values: CityValue[]): GapMatch | null {
	const found = new Map(values.map((v) => [`${v.roundId} ${v.nodeId}`, v]));
	const leads: { size: number; evidence: GapEvidence }[] = [];
	for (const weak of weakest) {
		const theirs = found.get(`${weak.round.id} ${weak.node.id}`);
		if (!theirs) continue;
		const size = lead(weak, theirs.value);
		if (size < GAP_MARGIN) continue;
		leads.push({
			size,
			evidence: {
				parameter: { slug: weak.node.slug, en: weak.node.nameEn, hi: weak.node.nameHi },
				framework: { slug: weak.framework.slug, acronym: weak.framework.acronym },
				round: { slug: weak.round.slug, en: weak.round.nameEn, hi: weak.round.nameHi },
				scheme: weak.node.scheme,
				mentorValue: theirs.value,
				menteeValue: weak.value,
				sample: weak.sample || theirs.sample
			}
		});
	}
	if (leads.length === 0) return null;
	leads.sort(
		(a, b) =>
			b.size - a.size ||
			byName.compare(a.evidence.parameter.en, b.evidence.parameter.en) ||
			byName.compare(a.evidence.framework.acronym, b.evidence.framework.acronym)
	);
	const total = leads.reduce((sum, l) => sum + l.size, 0);
	return {
		fraction: Math.min(1, total / GAP_LEAD_FOR_FULL_MARKS),
		evidence: leads.map((l) => l.evidence)
	};
}

const ROUND = 'id, slug, name_en, name_hi, year, results_on';
const NODE = 'id, slug, name_en, name_hi, scheme, parent_id';
const FRAMEWORK = 'id, slug, acronym, scheme';

/**
 * Reads, as the caller, the mentee city's weakest parameters and the values of the candidate
 * cities on them: three queries whatever the number of mentors (the mentee's values, the
 * frameworks' trees, the candidates' values). Empty when the caller sees no values of the city.
 */
export async function loadAssessmentGaps(
	db: Db,
	menteeCityId: string,
	cityIds: string[]
): Promise<AssessmentGaps> {
	const none: AssessmentGaps = { weakest: [], valuesByCity: {} };
	const menteeResult = await db
		.from('assessment_scores')
		.select(
			`value, is_sample, round:assessment_rounds (${ROUND}), node:framework_nodes (${NODE}, framework:frameworks (${FRAMEWORK}))`
		)
		.eq('city_id', menteeCityId)
		.not('value', 'is', null);
	if (menteeResult.error) {
		throw new DatabaseError('reading the mentee city’s assessment scores', menteeResult.error);
	}
	const scores: MenteeScore[] = [];
	for (const row of menteeResult.data ?? []) {
		const { round, node, value } = row;
		if (value === null) continue;
		scores.push({
			round: {
				id: round.id,
				slug: round.slug,
				nameEn: round.name_en,
				nameHi: round.name_hi,
				year: round.year,
				resultsOn: round.results_on
			},
			framework: {
				id: node.framework.id,
				slug: node.framework.slug,
				acronym: node.framework.acronym
			},
			node: {
				id: node.id,
				slug: node.slug,
				nameEn: node.name_en,
				nameHi: node.name_hi,
				scheme: node.scheme ?? node.framework.scheme,
				parentId: node.parent_id
			},
			value,
			sample: row.is_sample
		});
	}
	if (scores.length === 0) return none;

	const frameworkIds = [...new Set(scores.map((s) => s.framework.id))];
	const tree = await db
		.from('framework_nodes')
		.select('id, parent_id')
		.in('framework_id', frameworkIds)
		.not('parent_id', 'is', null);
	if (tree.error) throw new DatabaseError('reading the frameworks’ trees', tree.error);
	const parentOf = new Map((tree.data ?? []).map((n) => [n.id, n.parent_id]));
	const weakest = weakestParameters(scores, parentOf);
	if (weakest.length === 0 || cityIds.length === 0) return { weakest, valuesByCity: {} };

	const theirs = await db
		.from('assessment_scores')
		.select('city_id, round_id, node_id, value, is_sample')
		.in('city_id', cityIds)
		.in('round_id', [...new Set(weakest.map((w) => w.round.id))])
		.in('node_id', [...new Set(weakest.map((w) => w.node.id))])
		.not('value', 'is', null);
	if (theirs.error) {
		throw new DatabaseError('reading the mentor cities’ assessment scores', theirs.error);
	}
	const valuesByCity: Record<string, CityValue[]> = {};
	for (const row of theirs.data ?? []) {
		if (row.value === null) continue;
		(valuesByCity[row.city_id] ??= []).push({
			roundId: row.round_id,
			nodeId: row.node_id,
			value: row.value,
			sample: row.is_sample
		});
	}
	return { weakest, valuesByCity };
}
