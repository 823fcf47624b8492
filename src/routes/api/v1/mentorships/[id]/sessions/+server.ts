import { json } from '@sveltejs/kit';
import { sessionInputSchema } from '$lib/schemas/session';
import { badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { listPeople } from '$lib/server/mentorship/overview';
import { scheduleSession } from '$lib/server/mentorship/sessions';
import { notRunning, workTarget } from '$lib/server/mentorship/work-api';
import { sessionJson } from '$lib/server/mentorship/work';
import { readJson } from '$lib/server/practice-api';
import type { RequestHandler } from './$types';

/** Schedules a session on a running mentorship, for either of its two cities. */
export const POST: RequestHandler = async ({ params, request, url }) => {
	const user = await requireUser();
	const target = await workTarget(user, params.id);
	if (!target.ok) return target.response;
	const parsed = await readJson(request, sessionInputSchema);
	if (!parsed.ok) return parsed.response;
	const { meeting_url, ...input } = parsed.data;
	const result = await scheduleSession(user, params.id, {
		...input,
		meeting_url: meeting_url || null
	});
	switch (result.kind) {
		case 'saved': {
			const people = await listPeople(dbFor(user), params.id);
			return json(sessionJson(result.session, people), {
				status: 201,
				headers: { location: `${url.origin}/api/v1/sessions/${result.session.id}` }
			});
		}
		case 'invalid':
			return badRequest({ [result.field]: result.message });
		case 'forbidden':
			return notRunning();
		case 'not_found':
		case 'conflict':
			// A new session has no version to conflict with; gone between the checks: 404.
			return notFound(`no mentorship has the id “${params.id}”`);
	}
};
