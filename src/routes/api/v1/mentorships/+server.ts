import { json } from '@sveltejs/kit';
import { mentorshipRequestSchema } from '$lib/schemas/mentorship';
import { translate } from '$lib/i18n';
import { apiError, badRequest } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { mentorshipSummaryJson } from '$lib/server/mentorship/mentorship-json';
import {
	listMentorships,
	nextSessions,
	requestMentorship
} from '$lib/server/mentorship/mentorships';
import { mentorshipVocabulary, parseApiListQuery } from '$lib/server/mentorship/queries';
import { forbidden, readJson } from '$lib/server/practice-api';
import type { RequestHandler } from './$types';

/**
 * The mentorships the caller may see, newest first, filtered and paged: the public sees running
 * and past pairings; officers also their city's requests; admins all.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const query = parseApiListQuery(url.searchParams, await mentorshipVocabulary());
	if (!query.ok) return badRequest(query.errors);
	const { page, per_page: perPage, ...filters } = query.data;
	const db = dbFor(locals.user);
	const { total, mentorships } = await listMentorships(db, filters, { page, perPage });
	const next = locals.user
		? await nextSessions(
				db,
				mentorships.map((m) => m.id)
			)
		: new Map();
	return json({
		total,
		page,
		per_page: perPage,
		mentorships: mentorships.map((m) => mentorshipSummaryJson(m, next.get(m.id) ?? null))
	});
};

/**
 * Asks a mentor for help for the caller's city (status `requested`); from an admin, proposes the
 * pairing (`proposed`). The mentor is mailed.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const user = await requireUser();
	const parsed = await readJson(request, mentorshipRequestSchema);
	if (!parsed.ok) return parsed.response;
	const admin = user.role === 'mission_admin';
	const result = await requestMentorship(user, parsed.data, { propose: admin });
	switch (result.kind) {
		case 'created':
			return json(
				{ id: result.id, status: admin ? 'proposed' : 'requested' },
				{ status: 201, headers: { location: `${url.origin}/api/v1/mentorships/${result.id}` } }
			);
		case 'duplicate':
			return apiError(409, translate('en', 'mentorship.request.alreadyOpen'), {
				reason: 'already_open'
			});
		case 'forbidden':
			return forbidden();
		case 'invalid':
			return badRequest({ [result.field]: translate('en', result.message) });
	}
};
