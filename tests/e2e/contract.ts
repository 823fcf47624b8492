// The contract test: every answer the API tests receive must be one the OpenAPI document
// promises. `checked(request)` wraps a Playwright request context so that each response is
// matched to its operation in the document the server itself serves (/api/v1/openapi.json):
// its status must be documented, and its JSON body must match the documented schema.
//
// No JSON Schema validator is among the project's packages, so `validate` below checks the
// subset of JSON Schema 2020-12 the document uses, and refuses any keyword it does not know
// (a document that outgrew it fails loudly instead of passing unchecked).
import { expect, test as base } from '@playwright/test';
import type { APIRequestContext, APIResponse } from '@playwright/test';

type Schema = boolean | { [keyword: string]: unknown };

interface Media {
	schema: Schema;
}
interface Operation {
	responses: Record<string, { content?: Record<string, Media> }>;
}
interface Document {
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, Schema> };
}

const documents = new Map<string, Promise<Document>>();

/** The document the server at `origin` serves, fetched once per worker. */
function documentOf(request: APIRequestContext, origin: string): Promise<Document> {
	let document = documents.get(origin);
	if (!document) {
		document = request.get(`${origin}/api/v1/openapi.json`).then(async (response) => {
			expect(response.status(), 'GET /api/v1/openapi.json').toBe(200);
			return (await response.json()) as Document;
		});
		documents.set(origin, document);
	}
	return document;
}

const annotations = new Set([
	'title',
	'description',
	'default',
	'examples',
	'example',
	'$schema',
	'readOnly',
	'writeOnly',
	'deprecated'
]);

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

const formats: Record<string, (s: string) => boolean> = {
	uuid: (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s),
	email: (s) => /^[^@\s]+@[^@\s]+$/.test(s),
	'date-time': (s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s),
	date: (s) => /^\d{4}-\d\d-\d\d$/.test(s)
};

/** The problems of `value` against `schema`, each with its JSON path; empty when it matches. */
export function validate(document: Document, schema: Schema, value: unknown, at = '$'): string[] {
	if (schema === true) return [];
	if (schema === false) return [`${at}: no value is allowed here`];
	const problems: string[] = [];
	for (const [keyword, rule] of Object.entries(schema)) {
		if (annotations.has(keyword)) continue;
		switch (keyword) {
			case '$ref': {
				const name = String(rule).replace('#/components/schemas/', '');
				const target = document.components.schemas[name];
				if (target === undefined) problems.push(`${at}: unknown $ref ${String(rule)}`);
				else problems.push(...validate(document, target, value, at));
				break;
			}
			case 'type': {
				const types = Array.isArray(rule) ? rule : [rule];
				const actual = typeOf(value);
				const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
				if (!ok) problems.push(`${at}: ${actual} where ${types.join(' or ')} is expected`);
				break;
			}
			case 'enum':
				if (!(rule as unknown[]).includes(value)) {
					problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(rule)}`);
				}
				break;
			case 'const':
				if (value !== rule) problems.push(`${at}: ${JSON.stringify(value)} is not ${rule}`);
				break;
			case 'anyOf':
			case 'oneOf': {
				const matches = (rule as Schema[]).filter(
					(s) => validate(document, s, value, at).length === 0
				).length;
				if (keyword === 'anyOf' ? matches === 0 : matches !== 1) {
					problems.push(`${at}: matches ${matches} of the ${keyword} choices`);
				}
				break;
			}
			case 'allOf':
				for (const s of rule as Schema[]) problems.push(...validate(document, s, value, at));
				break;
			case 'properties':
				if (typeOf(value) === 'object') {
					const object = value as Record<string, unknown>;
					for (const [name, s] of Object.entries(rule as Record<string, Schema>)) {
						if (!(name in object)) continue;
						problems.push(...validate(document, s, object[name], `${at}.${name}`));
					}
				}
				break;
			case 'required':
				if (typeOf(value) === 'object') {
					for (const name of rule as string[]) {
						if (!(name in (value as object))) problems.push(`${at}: lacks ${name}`);
					}
				}
				break;
			case 'additionalProperties':
				if (typeOf(value) === 'object') {
					const known = Object.keys((schema.properties as object | undefined) ?? {});
					for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
						if (known.includes(name)) continue;
						if (rule === false) problems.push(`${at}: ${name} is not in the document`);
						else problems.push(...validate(document, rule as Schema, v, `${at}.${name}`));
					}
				}
				break;
			case 'propertyNames':
				if (typeOf(value) === 'object') {
					for (const name of Object.keys(value as object)) {
						problems.push(
							...validate(document, rule as Schema, name, `${at}[${JSON.stringify(name)}]`)
						);
					}
				}
				break;
			case 'items':
				if (Array.isArray(value)) {
					value.forEach((item, i) =>
						problems.push(...validate(document, rule as Schema, item, `${at}[${i}]`))
					);
				}
				break;
			case 'minimum':
				if (typeof value === 'number' && value < (rule as number)) {
					problems.push(`${at}: ${value} < ${rule}`);
				}
				break;
			case 'maximum':
				if (typeof value === 'number' && value > (rule as number)) {
					problems.push(`${at}: ${value} > ${rule}`);
				}
				break;
			case 'minLength':
			case 'maxLength':
				if (typeof value === 'string') {
					const length = [...value].length;
					if (keyword === 'minLength' ? length < (rule as number) : length > (rule as number)) {
						problems.push(`${at}: length ${length} breaks ${keyword} ${rule}`);
					}
				}
				break;
			case 'minItems':
			case 'maxItems':
				if (Array.isArray(value)) {
					const n = value.length;
					if (keyword === 'minItems' ? n < (rule as number) : n > (rule as number)) {
						problems.push(`${at}: ${n} items break ${keyword} ${rule}`);
					}
				}
				break;
			case 'pattern':
				if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) {
					problems.push(`${at}: ${JSON.stringify(value)} does not match /${rule}/`);
				}
				break;
			case 'format':
				if (
					typeof value === 'string' &&
					formats[rule as string] &&
					!formats[rule as string](value)
				) {
					problems.push(`${at}: ${JSON.stringify(value)} is not a ${rule}`);
				}
				break;
			default:
				throw new Error(`the contract test does not know the JSON Schema keyword ${keyword}`);
		}
	}
	return problems;
}

/** The documented operation for a path and method, or undefined. */
function operationOf(document: Document, pathname: string, method: string) {
	for (const [template, operations] of Object.entries(document.paths)) {
		const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
		if (pattern.test(pathname)) return { template, operation: operations[method.toLowerCase()] };
	}
	return undefined;
}

/** Checks one response against the document; fails the test with every problem found. */
export async function expectDocumented(
	document: Document,
	method: string,
	response: APIResponse
): Promise<void> {
	const url = new URL(response.url());
	const status = String(response.status());
	const found = operationOf(document, url.pathname, method);
	const label = `${method} ${url.pathname}${url.search} → ${status}`;
	const isApi = url.pathname.startsWith('/api/');
	// Other pages the tests visit (sign-in, the account page) are not part of the API.
	if (!found && !isApi) return;
	const type = response.headers()['content-type'] ?? '';
	let media: Media | undefined;
	if (found?.operation) {
		const answer = found.operation.responses[status];
		expect(answer, `${label}: this status is not in the OpenAPI document`).toBeDefined();
		media = answer.content?.['application/json'];
	} else if (Number(status) >= 400) {
		// A path or method the document does not list: any error must still be the API's.
		media = { schema: { $ref: '#/components/schemas/Error' } };
	}
	if (!media) return;
	expect(type, `${label}: not JSON`).toContain('application/json');
	const problems = validate(document, media.schema, await response.json());
	expect(problems, `${label}: the body does not match the OpenAPI document`).toEqual([]);
}

const methods = { get: 'GET', post: 'POST', patch: 'PATCH', put: 'PUT', delete: 'DELETE' };

/** A request context whose API answers are each checked against the served OpenAPI document. */
export function checked(request: APIRequestContext, baseURL: string): APIRequestContext {
	return new Proxy(request, {
		get(target, property, receiver) {
			const value = Reflect.get(target, property, receiver);
			const method =
				property === 'fetch' ? null : (methods[property as keyof typeof methods] ?? undefined);
			if (method === undefined || typeof value !== 'function') return value;
			return async (url: string, options?: { method?: string }) => {
				const response: APIResponse = await value.call(target, url, options);
				const document = await documentOf(target, baseURL);
				await expectDocumented(document, method ?? options?.method ?? 'GET', response);
				return response;
			};
		}
	});
}

/** Playwright's `test`, with a `request` fixture whose API answers are checked against the document. */
export const test = base.extend({
	request: async ({ request, baseURL }, use) => {
		await use(checked(request, baseURL ?? ''));
	}
});
