import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { listRevisions } from '$lib/server/practices';
import type { RequestHandler } from './$types';

/** Every revision of a practice, newest first (signed-in users who may see the practice). */
export const GET: RequestHandler = async ({ params }) => {
	const user = await requireUser();
	const revisions = await listRevisions(dbFor(user), params.slug);
	if (!revisions) return notFound(`no practice has the slug “${params.slug.slice(0, 80)}”`);
	return json({
		revisions: revisions.map((r) => ({ ...r, author: r.author?.name ?? null }))
	});
};
