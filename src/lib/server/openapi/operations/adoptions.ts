// The Adoptions area of the API: which city took up which practice, stage by stage with dated
// evidence, a claim of implemented or scaled verified by a mentor or an admin, and targets by
// category with dated progress. Request schemas are the ones the endpoints check
// (adoption/api.ts and $lib/schemas/adoption); the answers are what adoption/api-json.ts builds.
import * as v from 'valibot';
import { categorySchema, progressSchema } from '$lib/schemas/adoption';
import { adoptionBodySchema, apiListQuerySchema, stageBodySchema } from '../../adoption/api';
import { forbidden, invalid, unauthorized, unsupported } from '../answers';
import type { Answer, Operation } from '../answers';
import { errorSchema } from '../schemas';
import {
	adoptionExample,
	categoryExample,
	id,
	stageExample,
	stageInputExample
} from './adoption-examples';
import {
	adoptionDetailSchema,
	adoptionPageSchema,
	categoryOutSchema,
	conflictSchema,
	stageSchema,
	stageWrittenSchema
} from './adoption-schemas';

const uuid = v.pipe(v.string(), v.uuid());

/** The ids and slugs in an adoption's paths. */
const idParameter = {
	id: { description: "The adoption's id.", schema: uuid }
};
const stepParameters = {
	...idParameter,
	step: { description: "The stage change's id (`stages[].id`).", schema: uuid }
};

const notFound: Answer = {
	description: 'No adoption has this id, or the caller may not see it.',
	schema: errorSchema,
	example: { error: 'not_found', message: 'no adoption has this id, or it is not visible to you' }
};

const cityForbidden: Answer = {
	...forbidden,
	description: 'Only an active officer (member or mentor) of the adopting city records its work.'
};

/** The Adoptions operations. */
export const adoptionOperations = (): Operation[] => [
	{
		method: 'get',
		path: '/api/v1/adoptions',
		operationId: 'listAdoptions',
		tag: 'Adoptions',
		summary: 'List adoptions',
		description:
			'Latest stage change first, filtered and paged, each with its stages and categories. ' +
			'The public sees adoptions at implemented or scaled whose city made the evidence ' +
			"public; officers also their own city's and those of the cities it mentors; admins all.",
		access: 'public',
		query: apiListQuerySchema(),
		notes: {
			city: 'The adopting city.',
			practice: 'The practice taken up.',
			stage: 'The current stage.',
			per_page: 'How many to a page: 1 to 50, 20 by default.'
		},
		responses: {
			200: {
				description: 'One page of adoptions.',
				schema: adoptionPageSchema,
				example: { total: 1, page: 1, per_page: 20, adoptions: [adoptionExample] }
			},
			400: invalid
		}
	},
	{
		method: 'post',
		path: '/api/v1/adoptions',
		operationId: 'createAdoption',
		tag: 'Adoptions',
		summary: 'Record that your city takes up a practice',
		description:
			"An officer of a city records it taking up a published practice (the city is the caller's " +
			'own), with its first stage and evidence, optionally through a mentorship in which the ' +
			'city is the mentee. A city records a practice once: later changes are stages.',
		access: 'signed-in',
		body: {
			schema: adoptionBodySchema,
			example: {
				practice: 'thane-memorandum-of-cooperation-japan-mlit-smart-city',
				stage: 'exploring',
				on: '2026-06-02',
				evidence_public: true,
				evidence: { text: 'Study visit to Thane.', links: [], figures: [] }
			}
		},
		responses: {
			201: {
				description: 'Recorded. `Location` is the adoption in the API.',
				schema: adoptionDetailSchema,
				example: {
					...adoptionExample,
					stage: 'exploring',
					stage_on: '2026-06-02',
					verified: false,
					stages: adoptionExample.stages.slice(0, 1),
					categories: [],
					version: 1
				},
				headers: { Location: 'The new adoption in the API.' }
			},
			400: invalid,
			401: unauthorized,
			403: cityForbidden,
			409: {
				description: 'Your city already records this practice: add a stage to it instead.',
				schema: conflictSchema,
				example: {
					error: 'conflict',
					message: 'Your city already records this practice.',
					reason: 'already_recorded',
					existing: id
				}
			},
			415: unsupported
		}
	},
	{
		method: 'get',
		path: '/api/v1/adoptions/{id}',
		operationId: 'getAdoption',
		tag: 'Adoptions',
		pathParameters: idParameter,
		summary: 'Get an adoption',
		description:
			'With every stage change, its evidence and verification, the categories with their ' +
			'progress, and the version a change starts from.',
		access: 'public',
		responses: {
			200: {
				description: 'The adoption.',
				schema: adoptionDetailSchema,
				example: { ...adoptionExample, version: 4 }
			},
			400: invalid,
			404: notFound
		}
	},
	{
		method: 'post',
		path: '/api/v1/adoptions/{id}/stages',
		operationId: 'addAdoptionStage',
		tag: 'Adoptions',
		pathParameters: idParameter,
		summary: 'Add a stage change',
		description:
			'Any stage, dated no later than today in India: a stage may be skipped or gone back to ' +
			'(a pilot dropped and restarted), and the history keeps every one. The current stage ' +
			'follows the latest by its day. `dropped` needs a `reason`. For officers of the adopting city.',
		access: 'signed-in',
		body: { schema: stageBodySchema, example: stageInputExample },
		responses: {
			201: {
				description: 'Added, with the adoption’s new version.',
				schema: stageWrittenSchema,
				example: {
					...stageExample,
					verified: false,
					verified_by: null,
					verified_at: null,
					version: 4
				}
			},
			400: invalid,
			401: unauthorized,
			403: cityForbidden,
			404: notFound,
			409: {
				description: 'The adoption changed since `version`: nothing was added.',
				schema: conflictSchema,
				example: {
					error: 'conflict',
					message: 'The adoption changed since your version: read it again and retry.',
					current_version: 5
				}
			},
			415: unsupported
		}
	},
	{
		method: 'post',
		path: '/api/v1/adoptions/{id}/stages/{step}/verification',
		operationId: 'verifyAdoptionStage',
		tag: 'Adoptions',
		pathParameters: stepParameters,
		summary: 'Verify a claim of implemented or scaled',
		description:
			"A mentor of the linked mentorship's mentor city, or an admin, confirms the evidence " +
			'of a stage change at implemented or scaled; who and when are recorded. Once only. ' +
			'Takes no body.',
		access: 'signed-in',
		responses: {
			200: {
				description: 'Verified: the stage change as it is now.',
				schema: stageSchema,
				example: stageExample
			},
			400: {
				...invalid,
				description: 'The stage change is no claim: only implemented or scaled is verified.',
				example: {
					error: 'invalid_request',
					message: 'Not valid: step.',
					errors: { step: 'Only a step at implemented or scaled is verified.' }
				}
			},
			401: unauthorized,
			403: {
				...forbidden,
				description:
					"Only a mentor of the linked mentorship's mentor city or an admin verifies; " +
					'never the city that claims it.'
			},
			404: notFound,
			409: {
				description: 'Verified already.',
				schema: conflictSchema,
				example: {
					error: 'conflict',
					message: 'This step has been verified already.',
					reason: 'already_verified'
				}
			}
		}
	},
	{
		method: 'post',
		path: '/api/v1/adoptions/{id}/categories',
		operationId: 'addAdoptionCategory',
		tag: 'Adoptions',
		pathParameters: idParameter,
		summary: 'Add a category of targets',
		description:
			'Such as cameras of shops, hotels or schools: a target (or none) and a unit, and its ' +
			'nodal officer, either a user of the city (`nodal_user_id`) or an officer named with a ' +
			'designation. The slug comes from the name when not given. For officers of the adopting city.',
		access: 'signed-in',
		body: {
			schema: categorySchema,
			example: {
				name: 'Shops',
				target: 500,
				unit: 'cameras',
				nodal_name: 'Shri R. Verma',
				nodal_designation: 'Additional District Magistrate'
			}
		},
		responses: {
			201: {
				description: 'Added.',
				schema: categoryOutSchema,
				example: { ...categoryExample, progress: { latest: null, share: 0, updates: [] } }
			},
			400: invalid,
			401: unauthorized,
			403: cityForbidden,
			404: notFound,
			415: unsupported
		}
	},
	{
		method: 'post',
		path: '/api/v1/adoptions/{id}/categories/{category}/progress',
		operationId: 'addCategoryProgress',
		tag: 'Adoptions',
		pathParameters: {
			...idParameter,
			category: {
				description: "The category's slug.",
				schema: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(60))
			}
		},
		summary: 'Record progress in a category',
		description:
			'The count the category reached on a day (cumulative, not an increment), dated no ' +
			'later than today in India. For officers of the adopting city.',
		access: 'signed-in',
		body: {
			schema: progressSchema,
			example: { on: '2026-11-01', value: 120, note: 'Market association joined.' }
		},
		responses: {
			201: {
				description: 'Recorded: the category with its progress.',
				schema: categoryOutSchema,
				example: categoryExample
			},
			400: invalid,
			401: unauthorized,
			403: cityForbidden,
			404: {
				...notFound,
				description:
					'No adoption has this id, the caller may not see it, or it has no such category.'
			},
			415: unsupported
		}
	}
];
