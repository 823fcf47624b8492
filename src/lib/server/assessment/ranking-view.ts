// The ranking page of a framework (and its CSV): one round, the overall result or one part of the
// framework, narrowed by zonal council and state. Ranks stay national: the filters only narrow
// the list.
import { parseQuery } from '$lib/schemas/query';
import { rankingQuery } from '$lib/schemas/assessment-query';
import type { RankingFilters } from '$lib/schemas/assessment-query';
import type { Db } from '../supabase';
import { assessmentCities, statesOf } from './city-list';
import type { RankedCity } from './city-list';
import { defaultRound, getFramework, previousRound } from './frameworks';
import type { Framework, FrameworkNode, Round } from './frameworks';
import { hasSample, indexRound, rankingWithChange } from './rankings';
import type { RankingRow, Target } from './rankings';
import { loadRoundValues } from './round-values';

export interface RankingViewRow extends RankingRow {
	city: RankedCity;
}

export interface RankingView {
	round: Round | null;
	/** The round changes are measured from. */
	previous: Round | null;
	/** The part ranked; null for the overall result. */
	node: FrameworkNode | null;
	/** The ranked cities the filters keep, by rank. */
	rows: RankingViewRow[];
	/** How many cities the round ranks, before filtering. */
	ranked: number;
	/** Whether the round holds any generated sample value. */
	sample: boolean;
}

/** A framework's ranking for one round and target, filtered. */
export async function frameworkRanking(
	db: Db,
	framework: Framework,
	filters: Omit<RankingFilters, 'page'>,
	cities: readonly RankedCity[]
): Promise<RankingView> {
	const round =
		framework.rounds.find((r) => r.slug === filters.round) ?? defaultRound(framework.rounds);
	const node = framework.nodes.find((n) => n.slug === filters.pillar) ?? null;
	if (!round) return { round: null, previous: null, node, rows: [], ranked: 0, sample: false };
	const previous = previousRound(framework.rounds, round);
	const values = await loadRoundValues(db, previous ? [round.id, previous.id] : [round.id]);
	const empty = { scores: [], results: [] };
	const current = values.get(round.id) ?? empty;
	const target: Target = node ? { nodeId: node.id } : { overall: true };
	const rows = rankingWithChange(
		indexRound(framework.nodes, framework.scheme, current),
		previous
			? indexRound(framework.nodes, framework.scheme, values.get(previous.id) ?? empty)
			: null,
		target
	);
	const byId = new Map(cities.map((c) => [c.id, c]));
	const withCity = rows
		.map((row) => ({ ...row, city: byId.get(row.cityId) }))
		.filter((row): row is RankingViewRow => row.city !== undefined);
	return {
		round,
		previous,
		node,
		rows: withCity.filter(
			({ city }) =>
				(!filters.zone || city.zonal_council === filters.zone) &&
				(!filters.state || city.state === filters.state)
		),
		ranked: withCity.length,
		sample: hasSample(current)
	};
}

export type RankingRequest =
	| { kind: 'not_found' }
	| {
			kind: 'ok';
			framework: Framework;
			filters: RankingFilters;
			/** The parameters the parser could not use, with the value given. */
			invalid: { field: string; value: string }[];
			states: string[];
			view: RankingView;
	  };

/** Reads a ranking request (the page's or the CSV's query string) and builds its view. */
export async function rankingRequest(
	db: Db,
	frameworkSlug: string,
	params: URLSearchParams
): Promise<RankingRequest> {
	const [framework, cities] = await Promise.all([
		getFramework(db, frameworkSlug),
		assessmentCities()
	]);
	if (!framework) return { kind: 'not_found' };
	const states = statesOf(cities);
	const query = parseQuery(
		rankingQuery({
			rounds: framework.rounds.map((r) => r.slug),
			nodes: framework.nodes.map((n) => n.slug),
			states
		}),
		params
	);
	const view = await frameworkRanking(db, framework, query.data, cities);
	return {
		kind: 'ok',
		framework,
		filters: query.data,
		invalid: query.ok ? [] : query.invalid,
		states,
		view
	};
}

/** The query string of a ranking, for links and the CSV (empty values left out). */
export function rankingSearch(filters: Partial<RankingFilters>): string {
	const params = new URLSearchParams();
	for (const key of ['round', 'pillar', 'zone', 'state'] as const) {
		const value = filters[key];
		if (value) params.set(key, value);
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}
