import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { listRevisions } from '$lib/server/practices';
import type { RequestHandler } from './$types';

/**
 * Every revision of a practice, newest first: for those who may read its drafts (its city,
 * mentors, admins). Others who can read the practice get 403.
 */
export const GET: RequestHandler = async ({ params }) => {
	const user = await requireUser();
	const revisions = await listRevisions(dbFor(user), params.slug);
	if (revisions === 'not_found') {
		return notFound(`no practice has the slug “${params.slug.slice(0, 80)}”`);
	}
	if (revisions === 'forbidden') {
		return json(
			{
				error: 'forbidden',
				message: 'The history of a practice is for its city, mentors and admins.'
			},
			{ status: 403 }
		);
	}
	return json({
		revisions: revisions.map((r) => ({ ...r, author: r.author?.name ?? null }))
	});
};
