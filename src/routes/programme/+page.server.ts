import { renderOnly } from '$lib/render-only';
import { reachPage } from '$lib/server/reach/page';
import type { PageServerLoad } from './$types';

// A report to read, print and export, whole without JavaScript. Hydrating it would send its map
// and tables a second time as data, which a slow line cannot spare: the page loads only the
// small script that shows an export's progress (ReachView). Nor is its data written into the
// page: see render-only.ts.
export const csr = false;

/** The public figures: counts, the map and which cities mentor which, read as the viewer. */
export const load: PageServerLoad = async ({ url, locals }) => ({
	reach: renderOnly(await reachPage(locals.user, url, { detail: false }))
});
