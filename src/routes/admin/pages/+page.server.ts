import { requireUser } from '$lib/server/auth/guards';
import { listSitePages } from '$lib/server/site-pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const admin = await requireUser('mission_admin');
	return { pages: await listSitePages(admin) };
};
