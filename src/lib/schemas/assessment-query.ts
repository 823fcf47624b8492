// The query strings of the assessment views: the ranking page and its CSV, the comparison and
// its CSV, and GET /api/v1/assessments/{framework}/{round}/scores. Read through parseQuery, so an
// unknown or invalid parameter is named. The values a parameter may take (a framework's rounds
// and nodes, the cities) come from the data; the OpenAPI document, built without them, describes
// each as a slug.
import * as v from 'valibot';
import { zones } from '$lib/cities';
import { oneOf, positiveInt } from './query';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug among `known` (any slug when `known` is not given, as the API document shows it). */
function slugOf(known: readonly string[] | undefined, what: string, description: string) {
	return v.optional(
		v.pipe(
			v.string(),
			v.description(description),
			v.transform((s) => s.toLowerCase()),
			v.regex(SLUG, 'must be a slug'),
			v.maxLength(80, 'must be a slug'),
			v.check((s) => !known || known.includes(s), `is not ${what}`)
		)
	);
}

/** A state's name among `states`, in any case, given back as stored. */
function stateOf(states: readonly string[]) {
	return v.optional(
		v.pipe(
			v.string(),
			v.description("A state's name, in any case."),
			v.rawTransform(({ dataset, addIssue, NEVER }) => {
				const wanted = dataset.value.toLowerCase();
				const known = states.find((s) => s.toLowerCase() === wanted);
				if (known) return known;
				addIssue({ message: `“${dataset.value.slice(0, 80)}” is not a state with cities` });
				return NEVER;
			})
		)
	);
}

export interface RankingVocabulary {
	rounds: readonly string[];
	nodes: readonly string[];
	states: readonly string[];
}

/** The filters of the ranking page, its CSV (`page` ignored there) and their links. */
export function rankingQuery(vocabulary: RankingVocabulary) {
	return v.object({
		round: slugOf(vocabulary.rounds, 'a round of this framework', 'A round (its slug).'),
		pillar: slugOf(
			vocabulary.nodes,
			'a part of this framework',
			'A pillar, dimension, theme or parameter (its slug); overall when absent.'
		),
		zone: oneOf(zones),
		state: stateOf(vocabulary.states),
		page: positiveInt(1, 10_000)
	});
}

export type RankingFilters = v.InferOutput<ReturnType<typeof rankingQuery>>;

/** The comparison of two cities in one round. */
export function compareQuery(vocabulary: { rounds: readonly string[]; cities: readonly string[] }) {
	return v.object({
		a: slugOf(vocabulary.cities, 'a city', 'The first city (its slug).'),
		b: slugOf(vocabulary.cities, 'a city', 'The second city (its slug).'),
		round: slugOf(vocabulary.rounds, 'a round of this framework', 'A round (its slug).')
	});
}

export type CompareFilters = v.InferOutput<ReturnType<typeof compareQuery>>;

/**
 * GET /api/v1/assessments/{framework}/{round}/scores: a city and a part of the framework.
 * Whether they exist is checked against the data after parsing.
 */
export const roundScoresQuery = v.object({
	city: slugOf(undefined, 'a city', 'Only this city (its slug).'),
	pillar: slugOf(
		undefined,
		'a part of this framework',
		'Only scores on this pillar, dimension, theme or parameter and the parts below it (its slug).'
	)
});

/** GET /api/v1/assessments and GET /api/v1/cities/{slug}/assessments take no parameters. */
export const noQuery = v.object({});
