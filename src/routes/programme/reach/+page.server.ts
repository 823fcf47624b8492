import { requireUser } from '$lib/server/auth/guards';
import { renderOnly } from '$lib/render-only';
import { reachPage } from '$lib/server/reach/page';
import type { PageServerLoad } from './$types';

// A report to read, print and export, whole without JavaScript. Hydrating it would send its map
// and tables a second time as data, which a slow line cannot spare: the page loads only the
// small script that shows an export's progress (ReachView). Nor is its data written into the
// page: see render-only.ts.
export const csr = false;

/** The admin's view: the public figures with per-city detail and the requests waiting. */
export const load: PageServerLoad = async ({ url }) => ({
	reach: renderOnly(await reachPage(await requireUser('mission_admin'), url, { detail: true }))
});
