// What the sessions and action-item endpoints share: the checks before a write, in the order the
// API answers them (404 where the mentorship's private parts are not the caller's to know, 403
// where they may read but not change), and the 409 answer.
import { json } from '@sveltejs/kit';
import { match as isUuid } from '../../../params/uuid';
import { apiError, notFound } from '../api';
import type { SessionUser } from '../auth/session';
import { insideAccess } from './guard';
import type { MentorshipHead } from './overview';

/** The mentorship the caller may work on, or the answer that refuses them. */
export async function workTarget(
	user: SessionUser,
	mentorshipId: string,
	what = 'mentorship'
): Promise<{ ok: true; head: MentorshipHead } | { ok: false; response: Response }> {
	const found = isUuid(mentorshipId) ? await insideAccess(user, mentorshipId) : null;
	if (!found) {
		return {
			ok: false,
			response: notFound(`no ${what} has the id “${mentorshipId.slice(0, 80)}”`)
		};
	}
	if (!found.canWork) return { ok: false, response: notRunning() };
	return { ok: true, head: found.head };
}

/** 403: the caller reads the mentorship but may not change it (it is not running, or not theirs). */
export function notRunning(): Response {
	return apiError(
		403,
		'Only a running (active or paused) mentorship can be changed, by officers of its two cities.'
	);
}

/** 409: someone saved since `version`; nothing was overwritten. */
export function conflict(what: string, version: number, sent: number, current: unknown): Response {
	return json(
		{
			error: 'conflict',
			message: `the ${what} is at version ${version}, not ${sent}`,
			current
		},
		{ status: 409 }
	);
}
