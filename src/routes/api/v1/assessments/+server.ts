import { json } from '@sveltejs/kit';
import { parseQuery } from '$lib/schemas/query';
import { noQuery } from '$lib/schemas/assessment-query';
import { badRequest } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { frameworkJson } from '$lib/server/assessment/api-json';
import { listFrameworks } from '$lib/server/assessment/frameworks';
import type { RequestHandler } from './$types';

/** The frameworks with their trees, and the rounds the caller may see (private ones: admins). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const query = parseQuery(noQuery, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const frameworks = await listFrameworks(dbFor(locals.user));
	return json({ frameworks: frameworks.map(frameworkJson) });
};
