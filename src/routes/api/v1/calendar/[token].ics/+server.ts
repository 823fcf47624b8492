import * as v from 'valibot';
import { parseQuery } from '$lib/schemas/query';
import { badRequest, notFound } from '$lib/server/api';
import { config } from '$lib/server/env';
import { CALENDAR_CONTENT_TYPE } from '$lib/server/mentorship/calendar';
import { feedIcs } from '$lib/server/mentorship/feeds';
import type { RequestHandler } from './$types';

const noParameters = v.object({});

/**
 * A user's calendar feed. Calendar apps fetch it without a cookie: the secret token in the path
 * is the only credential, so an unknown or revoked token is a plain 404.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const query = parseQuery(noParameters, url.searchParams);
	if (!query.ok) return badRequest(query.errors);
	const ics = await feedIcs(params.token, {
		origin: config.publicOrigin ?? url.origin,
		locale: locals.locale
	});
	if (!ics) return notFound('no calendar feed has this address, or it was revoked');
	return new Response(ics, {
		headers: {
			'content-type': CALENDAR_CONTENT_TYPE,
			'content-disposition': 'inline; filename="citysetu-sessions.ics"',
			// The feed changes with every session saved; calendar apps poll it on their own terms.
			'cache-control': 'private, no-store',
			// The address is a secret: never pass it on in a Referer.
			'referrer-policy': 'no-referrer'
		}
	});
};
