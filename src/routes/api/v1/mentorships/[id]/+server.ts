import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { badRequest, notFound } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { mentorshipDetailJson } from '$lib/server/mentorship/mentorship-json';
import { mentorshipDetail, nextSessions } from '$lib/server/mentorship/mentorships';
import { match as isUuid } from '../../../../../params/uuid';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/**
 * One mentorship: its public part for anyone who may see the pairing, and for the two cities and
 * the admins the need, the answer, the timeline and the officers. A request is the two cities'
 * business: anyone else gets 404, as if it did not exist.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const db = dbFor(locals.user);
	const detail = isUuid(params.id) ? await mentorshipDetail(db, params.id) : null;
	if (!detail) return notFound('no mentorship has this id, or it is not visible to you');
	const next = detail.private ? await nextSessions(db, [detail.id]) : new Map<string, string>();
	return json(mentorshipDetailJson(detail, next.get(detail.id) ?? null));
};
