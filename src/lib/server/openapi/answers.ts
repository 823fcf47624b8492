// What every operation description is made of, and the answers many operations share. Each
// area of the API lists its operations in a file of its own (./operations/); registry.ts joins
// them.
import * as v from 'valibot';
import type { QuerySchema } from '$lib/schemas/query';
import * as out from './schemas';
import * as examples from './examples';

export type Access = 'public' | 'signed-in';

export interface Answer {
	description: string;
	schema?: v.GenericSchema;
	example?: unknown;
	headers?: Record<string, string>;
	/** The body's media type when it is not JSON, such as text/calendar. */
	mediaType?: string;
}

export interface Operation {
	method: 'get' | 'post' | 'patch';
	/** An OpenAPI path template, such as /api/v1/cities/{slug}. */
	path: string;
	operationId: string;
	tag:
		| 'Cities'
		| 'Practices'
		| 'Search'
		| 'Account'
		| 'Service'
		| 'Mentors'
		| 'Mentorships'
		| 'Sessions'
		| 'Invitations'
		| 'Adoptions'
		| 'Assessments'
		| 'Programme';
	summary: string;
	description?: string;
	access: Access;
	query?: QuerySchema;
	/** What a query parameter means, where its schema does not say. */
	notes?: Record<string, string>;
	/** Path parameters that are not slugs (an id, a token), by name. */
	pathParameters?: Record<string, { description: string; schema: v.GenericSchema }>;
	/** Request headers the endpoint reads, by name. */
	headers?: Record<string, { description: string; schema: v.GenericSchema }>;
	/**
	 * The request body: JSON unless `mediaType` says otherwise; `alternatives` are other media
	 * types the endpoint reads, each with its schema.
	 */
	body?: {
		schema: v.GenericSchema;
		example: unknown;
		mediaType?: string;
		alternatives?: Record<string, v.GenericSchema>;
	};
	responses: Record<number, Answer>;
}

export const invalid: Answer = {
	description: 'A parameter or field is not valid: `errors` names each one.',
	schema: out.validationErrorSchema,
	example: examples.invalid
};
export const unauthorized: Answer = {
	description: 'Not signed in: send the session cookie or an API token.',
	schema: out.errorSchema,
	example: examples.unauthorized
};
export const forbidden: Answer = {
	description: 'The signed-in user may not do this.',
	schema: out.errorSchema,
	example: examples.forbidden
};
export const notFound = (what: string): Answer => ({
	description: `No ${what} has this slug, or it is not visible to the caller.`,
	schema: out.errorSchema,
	example: examples.notFound
});
export const unsupported: Answer = {
	description: 'The body was not sent as `application/json`.',
	schema: out.errorSchema,
	example: examples.unsupported
};
