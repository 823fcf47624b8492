// The API reference page's view of the OpenAPI document: the same document, flattened into
// what a server-rendered page shows (no script, no external viewer).
import type { JsonSchema } from '@valibot/to-json-schema';
import { openApiDocument } from './document';
import { operations } from './registry';
import type { ApiVocabulary } from './registry';

export interface ReferenceOperation {
	id: string;
	method: string;
	path: string;
	summary: string;
	description: string | null;
	signedIn: boolean;
	parameters: {
		name: string;
		in: string;
		required: boolean;
		values: string;
		description: string;
	}[];
	body: { schema: string; example: string } | null;
	responses: {
		status: string;
		description: string;
		schema: string | null;
		example: string | null;
	}[];
}

interface MediaType {
	schema: JsonSchema;
	example?: unknown;
}

/** A schema in a few words: a named schema's name, an enum's values, a type with its limits. */
export function schemaSummary(schema: JsonSchema | boolean): string {
	if (typeof schema !== 'object') return String(schema);
	if (schema.$ref) return schema.$ref.split('/').pop() ?? schema.$ref;
	if (schema.enum) return schema.enum.join(' | ');
	if (schema.anyOf) return schema.anyOf.map(schemaSummary).join(' | ');
	if (schema.type === 'array' && schema.items && !Array.isArray(schema.items)) {
		return `${schemaSummary(schema.items)}[]`;
	}
	const parts = [String(schema.type ?? 'any')];
	if (schema.pattern) parts.push(`/${schema.pattern}/`);
	if (schema.format) parts.push(schema.format);
	if (schema.default !== undefined) parts.push(`= ${JSON.stringify(schema.default)}`);
	return parts.join(' ');
}

/** The document as the reference page lists it, for a server at `origin`. */
export function apiReference(origin: string, vocabulary: ApiVocabulary) {
	const document = openApiDocument(origin, vocabulary);
	const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
	const list: ReferenceOperation[] = operations(vocabulary).map((op) => {
		const described = paths[op.path][op.method] as {
			parameters?: {
				name: string;
				in: string;
				required: boolean;
				description?: string;
				schema: JsonSchema;
			}[];
			requestBody?: { content: Record<string, MediaType> };
			responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
		};
		// The first media type the body may take: JSON, or CSV for an import.
		const body = described.requestBody && Object.values(described.requestBody.content)[0];
		return {
			id: op.operationId,
			method: op.method.toUpperCase(),
			path: op.path,
			summary: op.summary,
			description: op.description ?? null,
			signedIn: op.access === 'signed-in',
			parameters: (described.parameters ?? []).map((p) => ({
				name: p.name,
				in: p.in,
				required: p.required,
				values: schemaSummary(p.schema),
				description: p.description ?? ''
			})),
			body: body
				? {
						schema: schemaSummary(body.schema),
						example:
							typeof body.example === 'string'
								? body.example
								: JSON.stringify(body.example, null, 2)
					}
				: null,
			responses: Object.entries(described.responses).map(([status, answer]) => {
				const media = answer.content?.['application/json'];
				return {
					status,
					description: answer.description,
					schema: media ? schemaSummary(media.schema) : null,
					example: media?.example === undefined ? null : JSON.stringify(media.example, null, 2)
				};
			})
		};
	});
	const schemas = Object.entries(document.components.schemas).map(([name, schema]) => ({
		name,
		json: JSON.stringify(schema, null, 2)
	}));
	return { operations: list, schemas };
}
