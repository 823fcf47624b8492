import { requireUser } from '$lib/server/auth/guards';
import { loadMentorshipList } from '$lib/server/mentorship/list-page';
import type { PageServerLoad } from './$types';

/** Every mentorship, filtered by status, city and programme. */
export const load: PageServerLoad = async ({ url }) => {
	const admin = await requireUser('mission_admin');
	return loadMentorshipList(url, admin);
};
