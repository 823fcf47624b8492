// One city's assessments, for its page and GET /api/v1/cities/{slug}/assessments: per framework,
// the rounds in which it has a value, newest first, each with its overall result (and rank among
// all cities) and each pillar's value, the change since the framework's previous round, and its
// strongest and weakest pillars in the latest of them. Read as the caller: private rounds count
// for admins only.
import { keptForPublic } from '../public-reads';
import type { Db } from '../supabase';
import { assessmentCities } from './city-list';
import type { RankedCity } from './city-list';
import { frameworkSummary, listFrameworks, previousRound } from './frameworks';
import type { Framework, FrameworkNode, FrameworkSummary, Round } from './frameworks';
import {
	changeBetween,
	cityEntry,
	indexRound,
	pillarsOf,
	rankRound,
	strongestWeakest
} from './rankings';
import type { Change, Entry, RankedEntry, RoundIndex } from './rankings';
import { loadRoundValues, roundsWithValues } from './round-values';

export interface CityCell {
	entry: Entry | null;
	change: Change | null;
}

export interface CityRound {
	round: Round;
	/** The city's overall result with its rank among the round's cities. */
	overall: { entry: RankedEntry | null; change: Change | null };
	/** One cell per pillar of the framework, in its order. */
	pillars: CityCell[];
}

export interface CityFramework {
	framework: FrameworkSummary;
	/** The framework's top-level parts, the table's columns. */
	pillars: FrameworkNode[];
	/** The rounds with a value for the city, newest first. */
	rounds: CityRound[];
	/** Its strongest and weakest pillars (ids) in the newest of those rounds. */
	latest: { round: Round; strongest: string[]; weakest: string[] } | null;
}

export interface CityAssessments {
	city: RankedCity;
	frameworks: CityFramework[];
}

function cityRounds(
	framework: Framework,
	cityId: string,
	indexes: Map<string, RoundIndex>
): CityRound[] {
	const pillars = pillarsOf(framework.nodes);
	const rows: CityRound[] = [];
	for (const round of framework.rounds) {
		const index = indexes.get(round.id);
		if (!index) continue;
		const before = previousRound(framework.rounds, round);
		const previous = before ? indexes.get(before.id) : undefined;
		const overall = rankRound(index, { overall: true }).find((e) => e.cityId === cityId) ?? null;
		const previousOverall = previous ? cityEntry(previous, cityId, { overall: true }) : null;
		rows.push({
			round,
			overall: { entry: overall, change: overall ? changeBetween(overall, previousOverall) : null },
			pillars: pillars.map((p) => {
				const entry = cityEntry(index, cityId, { nodeId: p.id });
				const earlier = previous ? cityEntry(previous, cityId, { nodeId: p.id }) : null;
				return { entry, change: entry ? changeBetween(entry, earlier) : null };
			})
		});
	}
	return rows;
}

async function readCityAssessments(db: Db, citySlug: string): Promise<CityAssessments | null> {
	const [cities, frameworks] = await Promise.all([assessmentCities(), listFrameworks(db)]);
	const city = cities.find((c) => c.slug === citySlug);
	if (!city) return null;
	const roundIds = frameworks.flatMap((f) => f.rounds.map((r) => r.id));
	const present = await roundsWithValues(db, city.id, roundIds);
	// Whole rounds, not only the city's values: its overall rank is among all cities.
	const values = await loadRoundValues(db, [...present]);
	const result: CityFramework[] = [];
	for (const framework of frameworks) {
		const indexes = new Map<string, RoundIndex>();
		for (const round of framework.rounds) {
			const held = values.get(round.id);
			if (held) indexes.set(round.id, indexRound(framework.nodes, framework.scheme, held));
		}
		if (indexes.size === 0) continue;
		const rounds = cityRounds(framework, city.id, indexes);
		const pillars = pillarsOf(framework.nodes);
		const newest = rounds[0];
		result.push({
			framework: frameworkSummary(framework),
			pillars,
			rounds,
			latest: newest
				? {
						round: newest.round,
						...strongestWeakest(
							pillars.map((p, i) => ({ nodeId: p.id, entry: newest.pillars[i].entry }))
						)
					}
				: null
		});
	}
	return { city, frameworks: result };
}

// Anonymously, a city's figures are computed once from whole rounds and kept until a score,
// round, framework or city changes.
const publicCityAssessments = keptForPublic(
	[
		'assessment_results',
		'assessment_rounds',
		'assessment_scores',
		'cities',
		'framework_nodes',
		'frameworks'
	],
	readCityAssessments
);

/** A city's scores across rounds, per framework; null when no city has the slug. */
export function cityAssessments(db: Db, citySlug: string): Promise<CityAssessments | null> {
	return publicCityAssessments(db, citySlug);
}
