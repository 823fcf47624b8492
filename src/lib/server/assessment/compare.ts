// Two cities side by side in one round of a framework: overall (with each one's rank among all
// cities) and part by part, with the difference. For the comparison page and its CSV.
import { parseQuery } from '$lib/schemas/query';
import { compareQuery } from '$lib/schemas/assessment-query';
import type { CompareFilters } from '$lib/schemas/assessment-query';
import type { Db } from '../supabase';
import { assessmentCities } from './city-list';
import type { RankedCity } from './city-list';
import { defaultRound, getFramework } from './frameworks';
import type { Framework, FrameworkNode, Round } from './frameworks';
import { SCALE, cityEntry, indexRound, rankRound } from './rankings';
import type { Entry, Scheme } from './rankings';
import { loadRoundValues } from './round-values';

export interface CompareRow {
	/** The part compared; null for the overall result. */
	node: FrameworkNode | null;
	scheme: Scheme;
	a: Entry | null;
	b: Entry | null;
	/** A − B in the scheme's units, where both have a value. */
	difference: number | null;
	/** The overall ranks, on the overall row. */
	ranks?: { a: number | null; b: number | null };
}

export interface Comparison {
	round: Round;
	a: RankedCity;
	b: RankedCity;
	/** The overall row first, then every part in tree order. */
	rows: CompareRow[];
	/** Whether any value shown is a generated sample. */
	sample: boolean;
}

function difference(a: Entry | null, b: Entry | null, scheme: Scheme): number | null {
	if (a?.normalised == null || b?.normalised == null) return null;
	return (a.normalised - b.normalised) * SCALE[scheme];
}

/** Two cities' values in one round. */
export async function compareCities(
	db: Db,
	framework: Framework,
	round: Round,
	a: RankedCity,
	b: RankedCity
): Promise<Comparison> {
	const values = (await loadRoundValues(db, [round.id])).get(round.id) ?? {
		scores: [],
		results: []
	};
	const index = indexRound(framework.nodes, framework.scheme, values);
	// The overall ranks are among all the round's cities, as on the ranking page.
	const overall = rankRound(index, { overall: true });
	const oa = overall.find((e) => e.cityId === a.id) ?? null;
	const ob = overall.find((e) => e.cityId === b.id) ?? null;
	const rows: CompareRow[] = [
		{
			node: null,
			scheme: framework.scheme,
			a: oa,
			b: ob,
			difference: difference(oa, ob, framework.scheme),
			ranks: { a: oa?.rank ?? null, b: ob?.rank ?? null }
		},
		...framework.nodes.map((node) => {
			const ea = cityEntry(index, a.id, { nodeId: node.id });
			const eb = cityEntry(index, b.id, { nodeId: node.id });
			return {
				node,
				scheme: node.scheme,
				a: ea,
				b: eb,
				difference: difference(ea, eb, node.scheme)
			};
		})
	];
	return { round, a, b, rows, sample: rows.some((r) => r.a?.sample || r.b?.sample) };
}

export type CompareRequest =
	| { kind: 'not_found' }
	| {
			kind: 'ok';
			framework: Framework;
			cities: RankedCity[];
			filters: CompareFilters;
			invalid: { field: string; value: string }[];
			round: Round | null;
			/** Null until two cities are chosen (or when the framework has no round to show). */
			comparison: Comparison | null;
	  };

/** Reads a comparison request (the page's or the CSV's query string) and builds it. */
export async function compareRequest(
	db: Db,
	frameworkSlug: string,
	params: URLSearchParams
): Promise<CompareRequest> {
	const [framework, cities] = await Promise.all([
		getFramework(db, frameworkSlug),
		assessmentCities()
	]);
	if (!framework) return { kind: 'not_found' };
	const query = parseQuery(
		compareQuery({
			rounds: framework.rounds.map((r) => r.slug),
			cities: cities.map((c) => c.slug)
		}),
		params
	);
	const filters = query.data;
	const round =
		framework.rounds.find((r) => r.slug === filters.round) ?? defaultRound(framework.rounds);
	const a = cities.find((c) => c.slug === filters.a);
	const b = cities.find((c) => c.slug === filters.b);
	return {
		kind: 'ok',
		framework,
		cities,
		filters,
		invalid: query.ok ? [] : query.invalid,
		round,
		comparison: round && a && b ? await compareCities(db, framework, round, a, b) : null
	};
}
