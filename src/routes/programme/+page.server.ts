import { dbFor } from '$lib/server/db';
import { reachPage } from '$lib/server/reach/page';
import type { PageServerLoad } from './$types';

/** The public figures: counts, the map and which cities mentor which, read as the viewer. */
export const load: PageServerLoad = async ({ url, locals }) =>
	reachPage(dbFor(locals.user), url, locals.locale, {
		admin: false,
		viewerIsAdmin: locals.user?.role === 'mission_admin'
	});
