// The assessments API: the frameworks with their trees and rounds, a round's scores, and a
// city's scores across rounds. Their answers are described in assessment-schemas.ts, which the
// contract test checks real answers against. (The import's operations: assessment-imports.ts.)
import { noQuery, roundScoresQuery } from '$lib/schemas/assessment-query';
import { invalid, notFound } from '../answers';
import type { Operation } from '../answers';
import {
	slug,
	frameworkListSchema,
	roundScoresSchema,
	cityAssessmentsSchema
} from './assessment-schemas';
import { frameworksExample, scoresExample, cityExample } from './assessment-examples';

const frameworkPath = {
	framework: {
		description: 'The framework, by slug (as in /assessments/{framework}).',
		schema: slug
	},
	round: { description: 'The round, by slug.', schema: slug }
};

/** GET /api/v1/assessments, its round scores and a city's assessments. */
export const assessmentOperations = (): Operation[] => [
	{
		method: 'get',
		path: '/api/v1/assessments',
		operationId: 'listAssessmentFrameworks',
		tag: 'Assessments',
		summary: 'List the maturity frameworks and their rounds',
		description:
			'Each framework with its tree of pillars, dimensions, themes and parameters, and its ' +
			'rounds: the public ones for everyone, private ones too for admins. Every seeded fact ' +
			'names its source and how sure it is; what is uncertain or not found is in `note`.',
		access: 'public',
		query: noQuery,
		responses: {
			200: {
				description: 'The frameworks.',
				schema: frameworkListSchema,
				example: frameworksExample
			},
			400: { ...invalid, description: 'A query parameter was given: this endpoint takes none.' }
		}
	},
	{
		method: 'get',
		path: '/api/v1/assessments/{framework}/{round}/scores',
		pathParameters: frameworkPath,
		operationId: 'getRoundScores',
		tag: 'Assessments',
		summary: "Get a round's scores",
		description:
			'The stored values of one round: scores per city and part (parameters, or a pillar ' +
			'scored as a whole), with the published rank where there is one, and the overall ' +
			'results. Sample values of the demo say so (`sample: true`). A private round is ' +
			"admins' only: to anyone else it answers 404, as if it did not exist.",
		access: 'public',
		query: roundScoresQuery,
		responses: {
			200: {
				description: "The round's scores and results.",
				schema: roundScoresSchema,
				example: scoresExample
			},
			400: {
				...invalid,
				description: 'An unknown parameter, or a city or part that does not exist.'
			},
			404: notFound('round')
		}
	},
	{
		method: 'get',
		path: '/api/v1/cities/{slug}/assessments',
		operationId: 'getCityAssessments',
		tag: 'Assessments',
		summary: "Get a city's scores across rounds",
		description:
			'Per framework, the rounds in which the city has a value (those the caller may see), ' +
			'each with its overall result and rank and each pillar’s value, the change since the ' +
			"framework's previous round, and the city's strongest and weakest pillars in the " +
			'latest. Where a city has no value of its own for a pillar or overall, the value is ' +
			'the mean of its parameters (`basis: mean`).',
		access: 'public',
		query: noQuery,
		responses: {
			200: {
				description: "The city's assessments.",
				schema: cityAssessmentsSchema,
				example: cityExample
			},
			400: { ...invalid, description: 'A query parameter was given: this endpoint takes none.' },
			404: notFound('city')
		}
	}
];
