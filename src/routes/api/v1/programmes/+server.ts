import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { badRequest } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { listProgrammes } from '$lib/server/mentorship/programmes';
import type { RequestHandler } from './$types';

/** The list takes no parameters: any given is named in a 400, like everywhere else. */
const noParameters = v.object({});

/** The Mission's mentorship programmes, each with its source. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const programmes = await listProgrammes(dbFor(locals.user));
	return json({
		programmes: programmes.map((p) => ({
			slug: p.slug,
			name_en: p.name_en,
			name_hi: p.name_hi,
			status: p.status,
			starts_on: p.starts_on,
			ends_on: p.ends_on,
			source_url: p.source_url,
			confidence: p.confidence
		}))
	});
};
