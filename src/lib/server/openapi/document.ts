// The OpenAPI 3.1 document of the JSON API, built from the registry's valibot schemas with
// @valibot/to-json-schema. Served at /api/v1/openapi.json and read by /api/docs.
import { toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import type { ConversionConfig, JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { practicePatchSchema, practiceSchema as practiceInputSchema } from '$lib/schemas/practice';
import * as examples from './examples';
import { operations } from './registry';
import type { Answer, ApiVocabulary, Operation } from './registry';
import * as out from './schemas';

/** The named schemas, under #/components/schemas. */
const named = {
	Error: out.errorSchema,
	ValidationError: out.validationErrorSchema,
	RateLimited: out.rateLimitedSchema,
	CitySummary: out.citySummarySchema,
	City: out.cityDetailSchema,
	CityPage: out.cityPageSchema,
	PracticeSummary: out.practiceSummarySchema,
	Practice: out.practiceSchema,
	PracticePage: out.practicePageSchema,
	PracticeInput: practiceInputSchema,
	PracticePatch: practicePatchSchema,
	Conflict: out.conflictSchema,
	Revisions: out.revisionsSchema,
	Me: out.meSchema,
	SearchResult: out.searchResultSchema,
	Health: out.healthSchema
};

const config: ConversionConfig = {
	target: 'draft-2020-12',
	// Requests are described as clients send them: a query parameter is a string, whatever the
	// server turns it into. 'ignore' reads through transforms (trimming, NFC) so that lengths and
	// patterns after them are stated; checks JSON Schema cannot state (a real date, a size in
	// bytes) are left to the server, which names them in its 400 answer.
	typeMode: 'ignore',
	errorMode: 'ignore',
	overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`
};

/** A schema as the document shows it: references to the named schemas, no $schema of its own. */
function jsonSchema(schema: v.GenericSchema): JsonSchema {
	const converted = toJsonSchema(schema, { ...config, definitions: named });
	// The document declares the dialect once, and the named schemas live in components.
	delete converted.$schema;
	delete converted.$defs;
	return converted;
}

const errorAnswer: Answer = {
	description: 'Something went wrong on the server. `error_id` names the logged cause.',
	schema: out.errorSchema,
	example: examples.internal
};

function response(answer: Answer) {
	return {
		description: answer.description,
		...(answer.headers && {
			headers: Object.fromEntries(
				Object.entries(answer.headers).map(([name, description]) => [
					name,
					{ description, schema: { type: 'string' } }
				])
			)
		}),
		...(answer.schema && {
			content: {
				[answer.mediaType ?? 'application/json']: {
					schema: jsonSchema(answer.schema),
					...(answer.example !== undefined && { example: answer.example })
				}
			}
		})
	};
}

/** What the usual parameters mean, unless an operation says otherwise. */
const commonNotes: Record<string, string> = {
	page: 'The page, from 1.',
	per_page: 'How many to a page.'
};

function parameters(op: Operation) {
	const list: Record<string, unknown>[] = [];
	for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) {
		const declared = op.pathParameters?.[name];
		list.push({
			name,
			in: 'path',
			required: true,
			description: declared?.description ?? 'The slug, as in the URL of its page.',
			schema: declared
				? jsonSchema(declared.schema)
				: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 }
		});
	}
	for (const [name, entry] of Object.entries(op.query?.entries ?? {})) {
		const { description, ...schema } = jsonSchema(entry);
		list.push({
			name,
			in: 'query',
			required: false,
			description: op.notes?.[name] ?? description ?? commonNotes[name],
			schema
		});
	}
	for (const [name, header] of Object.entries(op.headers ?? {})) {
		list.push({
			name,
			in: 'header',
			required: false,
			description: header.description,
			schema: jsonSchema(header.schema)
		});
	}
	return list;
}

const signedIn = [{ session: [] }, { apiToken: [] }];

function operation(op: Operation) {
	const params = parameters(op);
	return {
		operationId: op.operationId,
		tags: [op.tag],
		summary: op.summary,
		...(op.description && { description: op.description }),
		...(op.access === 'signed-in' && { security: signedIn }),
		...(params.length > 0 && { parameters: params }),
		...(op.body && {
			requestBody: {
				required: true,
				content: {
					[op.body.mediaType ?? 'application/json']: {
						schema: jsonSchema(op.body.schema),
						example: op.body.example
					},
					...Object.fromEntries(
						Object.entries(op.body.alternatives ?? {}).map(([type, schema]) => [
							type,
							{ schema: jsonSchema(schema) }
						])
					)
				}
			}
		}),
		responses: Object.fromEntries([
			...Object.entries(op.responses).map(([status, answer]) => [status, response(answer)]),
			...(op.path.startsWith('/api/') ? [['500', response(errorAnswer)]] : [])
		])
	};
}

function paths(vocabulary: ApiVocabulary) {
	const result: Record<string, Record<string, unknown>> = {};
	for (const op of operations(vocabulary)) (result[op.path] ??= {})[op.method] = operation(op);
	return result;
}

/** The OpenAPI document, for a server at `origin`, with the filter values known today. */
export function openApiDocument(origin: string, vocabulary: ApiVocabulary) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'CitySetu API',
			version: '1',
			description:
				"The JSON API of CitySetu, the Smart Cities Mission's platform for sharing what " +
				'cities have learnt. Reading is open; writing needs a signed-in user, by the ' +
				'session cookie or an API token made on the account page. Every error is JSON ' +
				'`{ error, message, error_id? }`, and a 400 adds `errors`, one message per ' +
				'parameter or field. Unknown query parameters are refused with a 400 that names them.',
			contact: { name: 'CitySetu', url: `${origin}/` }
		},
		servers: [{ url: origin, description: 'This CitySetu server' }],
		security: [{}, ...signedIn],
		// Only the tags some operation carries: an area's tag appears with its first endpoint.
		tags: [
			{ name: 'Cities', description: 'The Mission cities and their command centres (ICCCs).' },
			{ name: 'Practices', description: 'Case studies, playbooks and agreements.' },
			{ name: 'Search', description: 'Search across practices and cities.' },
			{ name: 'Account', description: 'The caller.' },
			{ name: 'Service', description: 'Operating the platform.' },
			{ name: 'Mentors', description: 'Mentor officers, their programmes and suggestions.' },
			{ name: 'Mentorships', description: 'Mentor cities paired with mentee cities.' },
			{ name: 'Sessions', description: 'Mentorship sessions and their action items.' },
			{ name: 'Invitations', description: 'Inviting officers (admins only).' },
			{
				name: 'Adoptions',
				description: 'Cities taking up practices, stage by stage, with evidence and targets.'
			},
			{
				name: 'Assessments',
				description: 'Maturity assessment frameworks, their rounds and scores.'
			},
			{
				name: 'Programme',
				description: 'How far mentorship and practice-sharing reach: the dashboard’s figures.'
			}
		].filter((tag) => operations(vocabulary).some((op) => op.tag === tag.name)),
		paths: paths(vocabulary),
		components: {
			schemas: toJsonSchemaDefs(named, config),
			securitySchemes: {
				session: {
					type: 'apiKey',
					in: 'cookie',
					// The accounts module names the cookie __Host-session over HTTPS.
					name: origin.startsWith('https:') ? '__Host-session' : 'session',
					description: 'The session cookie a browser gets by signing in.'
				},
				apiToken: {
					type: 'http',
					scheme: 'bearer',
					description: 'An API token (cs_…) made on the account page: `Authorization: Bearer cs_…`.'
				}
			}
		}
	};
}
