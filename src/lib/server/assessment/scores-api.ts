// GET /api/v1/assessments/{framework}/{round}/scores: a round's stored values, optionally for one
// city and one part of the framework (a pillar with everything below it). The route file also
// holds the import's POST; this handler is its GET. Read as the caller: a private round is, for
// anyone but an admin, not there at all (404).
import { json } from '@sveltejs/kit';
import { parseQuery } from '$lib/schemas/query';
import { roundScoresQuery } from '$lib/schemas/assessment-query';
import { badRequest, notFound } from '../api';
import { dbFor } from '../db';
import type { DbUser } from '../db';
import { assessmentCities } from './city-list';
import { getFramework } from './frameworks';
import { loadRoundValues } from './round-values';
import type { Source } from './rankings';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What the handler reads of the request (a SvelteKit RequestEvent has it all). */
export interface RoundScoresEvent {
	params: { framework: string; round: string };
	url: URL;
	locals: { user: DbUser | null };
}

const sourceJson = (source: Source) => ({
	source: source.url,
	confidence: source.confidence,
	note: source.note
});

/** The node ids at or below `nodeId`, the pillar filter's reach. */
function reach(nodes: { id: string; parent_id: string | null }[], nodeId: string): Set<string> {
	const ids = new Set([nodeId]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const n of nodes) {
			if (n.parent_id && ids.has(n.parent_id) && !ids.has(n.id)) {
				ids.add(n.id);
				grew = true;
			}
		}
	}
	return ids;
}

/** The GET handler of /api/v1/assessments/{framework}/{round}/scores. */
export async function getRoundScores(event: RoundScoresEvent): Promise<Response> {
	const query = parseQuery(roundScoresQuery, event.url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const { framework: frameworkSlug, round: roundSlug } = event.params;
	const db = dbFor(event.locals.user);
	const framework = SLUG.test(frameworkSlug) ? await getFramework(db, frameworkSlug) : null;
	const round = framework?.rounds.find((r) => r.slug === roundSlug);
	if (!framework || !round) {
		return notFound('no round of a framework has these slugs, or it is not visible to you');
	}
	const cities = await assessmentCities();
	const city = query.data.city ? cities.find((c) => c.slug === query.data.city) : undefined;
	if (query.data.city && !city) {
		return badRequest({ city: `no city has the slug “${query.data.city}”` });
	}
	const pillar = query.data.pillar
		? framework.nodes.find((n) => n.slug === query.data.pillar)
		: undefined;
	if (query.data.pillar && !pillar) {
		return badRequest({ pillar: `${framework.acronym} has no part “${query.data.pillar}”` });
	}
	const nodeIds = pillar ? [...reach(framework.nodes, pillar.id)] : undefined;
	const values = (
		await loadRoundValues(db, [round.id], {
			cityIds: city ? [city.id] : undefined,
			nodeIds
		})
	).get(round.id) ?? { scores: [], results: [] };

	const cityById = new Map(cities.map((c) => [c.id, { slug: c.slug, name: c.name }]));
	const order = new Map(framework.nodes.map((n, i) => [n.id, i]));
	const nodeById = new Map(framework.nodes.map((n) => [n.id, n]));
	const byCityName = (a: { cityId: string }, b: { cityId: string }) =>
		(cityById.get(a.cityId)?.name ?? '').localeCompare(cityById.get(b.cityId)?.name ?? '');
	const scores = [...values.scores]
		.sort((a, b) => byCityName(a, b) || (order.get(a.nodeId) ?? 0) - (order.get(b.nodeId) ?? 0))
		.flatMap((s) => {
			const node = nodeById.get(s.nodeId);
			const where = cityById.get(s.cityId);
			if (!node || !where) return [];
			return [
				{
					city: where,
					parameter: {
						slug: node.slug,
						kind: node.kind,
						name: { en: node.name_en, hi: node.name_hi }
					},
					value: s.value,
					scheme: node.scheme,
					rank: s.rank,
					sample: s.sample,
					...sourceJson(s.source)
				}
			];
		});
	const results = [...values.results].sort(byCityName).flatMap((r) => {
		const where = cityById.get(r.cityId);
		if (!where) return [];
		return [
			{
				city: where,
				value: r.value,
				scheme: framework.scheme,
				rank: r.rank,
				sample: r.sample,
				...sourceJson(r.source)
			}
		];
	});
	return json({
		framework: {
			slug: framework.slug,
			acronym: framework.acronym,
			name: { en: framework.name_en, hi: framework.name_hi }
		},
		round: {
			slug: round.slug,
			name: { en: round.name_en, hi: round.name_hi },
			year: round.year,
			public: round.is_public
		},
		scores,
		results
	});
}
