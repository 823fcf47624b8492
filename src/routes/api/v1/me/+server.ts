import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import type { RequestHandler } from './$types';

/** Who the API sees: the session cookie's user or the API token's. */
export const GET: RequestHandler = async () => {
	const user = await requireUser();
	return json(
		{
			id: user.id,
			email: user.email,
			name: user.name,
			designation: user.designation,
			role: user.role,
			city: user.city
		},
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
