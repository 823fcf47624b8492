import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { config } from '$lib/server/env';
import { CALENDAR_CONTENT_TYPE } from '$lib/server/mentorship/calendar';
import { sessionIcs } from '$lib/server/mentorship/calendar-sessions';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/**
 * One session as an .ics file, for the session cookie or an API token. A session the caller may
 * not read is a 404, like one that does not exist: row-level security decides.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const user = await requireUser();
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const ics = await sessionIcs(user, params.id, {
		// The configured origin names the calendar entry (its UID) the same for everyone.
		origin: config.publicOrigin ?? url.origin,
		locale: locals.locale
	});
	if (!ics) return notFound('no session has this id, or it is not visible to the caller');
	return new Response(ics, {
		headers: {
			'content-type': CALENDAR_CONTENT_TYPE,
			'content-disposition': `attachment; filename="citysetu-session-${params.id.toLowerCase()}.ics"`,
			// Private: never kept by a shared cache, nor by the browser.
			'cache-control': 'private, no-store'
		}
	});
};
