import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/openapi/document';
import { apiVocabulary } from '$lib/server/openapi/vocabulary';
import type { RequestHandler } from './$types';

/** The API's OpenAPI 3.1 document, for reading at /api/docs or generating a client. */
export const GET: RequestHandler = async ({ url }) =>
	json(openApiDocument(url.origin, await apiVocabulary()));
