import { requireUser } from '$lib/server/auth/guards';
import { userDb } from '$lib/server/db';
import { reachPage } from '$lib/server/reach/page';
import type { PageServerLoad } from './$types';

// A report to read, print and export, whole without JavaScript. Hydrating it would send its map
// and tables a second time as data, which a slow line cannot spare: the page loads only the
// small script that shows an export's progress (ReachView).
export const csr = false;

/** The admin's view: the public figures with per-city detail and the requests waiting. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const admin = await requireUser('mission_admin');
	return reachPage(userDb(admin), url, locals.locale, { admin: true, viewerIsAdmin: true });
};
