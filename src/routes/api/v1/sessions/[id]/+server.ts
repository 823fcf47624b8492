import { json } from '@sveltejs/kit';
import { sessionPatchSchema } from '$lib/schemas/session';
import { badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { listPeople } from '$lib/server/mentorship/overview';
import { getSession, saveSession } from '$lib/server/mentorship/sessions';
import { conflict, notRunning, workTarget } from '$lib/server/mentorship/work-api';
import { sessionJson } from '$lib/server/mentorship/work';
import { readJson } from '$lib/server/practice-api';
import { match as isUuid } from '../../../../../params/uuid';
import type { RequestHandler } from './$types';

const missing = (id: string) => notFound(`no session has the id “${id.slice(0, 80)}”`);

/** A session, for the officers of its mentorship's two cities and the admins. */
export const GET: RequestHandler = async ({ params }) => {
	const user = await requireUser();
	const db = dbFor(user);
	const session = isUuid(params.id) ? await getSession(db, params.id) : null;
	if (!session) return missing(params.id);
	return json(sessionJson(session, await listPeople(db, session.mentorship_id)));
};

/**
 * Changes a session. The body carries the `version` the change starts from; if someone saved
 * since, the answer is 409 with the session as it is now and nothing is overwritten. `status`
 * records it as held (once it has started) or cancels it; `notes` are what was discussed.
 */
export const PATCH: RequestHandler = async ({ params, request }) => {
	const user = await requireUser();
	const db = dbFor(user);
	const session = isUuid(params.id) ? await getSession(db, params.id) : null;
	if (!session) return missing(params.id);
	const target = await workTarget(user, session.mentorship_id, 'session');
	if (!target.ok) return target.response;
	const parsed = await readJson(request, sessionPatchSchema);
	if (!parsed.ok) return parsed.response;
	const { version, meeting_url, ...changes } = parsed.data;
	const result = await saveSession(user, params.id, version, {
		...changes,
		...(meeting_url !== undefined && { meeting_url: meeting_url || null })
	});
	switch (result.kind) {
		case 'saved':
			return json(sessionJson(result.session, await listPeople(db, session.mentorship_id)));
		case 'conflict':
			return conflict(
				'session',
				result.current.version,
				version,
				sessionJson(result.current, await listPeople(db, session.mentorship_id))
			);
		case 'invalid':
			return badRequest({ [result.field]: result.message });
		case 'forbidden':
			return notRunning();
		case 'not_found':
			return missing(params.id);
	}
};
