import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { badRequest, notFound } from '$lib/server/api';
import { dbFor } from '$lib/server/db';
import { mentorshipDetailJson } from '$lib/server/mentorship/mentorship-json';
import { mentorshipDetail, nextSessions } from '$lib/server/mentorship/mentorships';
import { mentorshipWork } from '$lib/server/mentorship/work';
import { match as isUuid } from '../../../../../params/uuid';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/**
 * One mentorship: its public part for anyone who may see the pairing, and for the two cities and
 * the admins the need, the answer, the timeline, the officers, the goals, the sessions and the
 * action items. A request is the two cities'
 * business: anyone else gets 404, as if it did not exist.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const db = dbFor(locals.user);
	const detail = isUuid(params.id) ? await mentorshipDetail(db, params.id) : null;
	if (!detail) return notFound('no mentorship has this id, or it is not visible to you');
	if (!detail.private) return json(mentorshipDetailJson(detail, null));
	const [next, work] = await Promise.all([
		nextSessions(db, [detail.id]),
		mentorshipWork(db, detail.id)
	]);
	return json(mentorshipDetailJson(detail, next.get(detail.id) ?? null, work));
};
