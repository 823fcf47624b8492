import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/openapi/document';
import type { RequestHandler } from './$types';

/** The API's OpenAPI 3.1 document, for reading at /api/docs or generating a client. */
export const GET: RequestHandler = ({ url }) =>
	json(openApiDocument(url.origin), { headers: { 'cache-control': 'public, max-age=300' } });
