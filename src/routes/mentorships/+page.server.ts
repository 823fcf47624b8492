import { dbFor } from '$lib/server/db';
import { loadMentorshipList } from '$lib/server/mentorship/list-page';
import { listMentorships, openRequestsOf } from '$lib/server/mentorship/mentorships';
import type { PageServerLoad } from './$types';

/**
 * The mentorships the reader may see. A city's officers also see their city's open requests,
 * each with a one-click withdraw, and whether one of its requests has been accepted.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const user = locals.user;
	const list = await loadMentorshipList(url, user);
	if (!user?.cityId || !user.city) {
		return { ...list, openRequests: [], accepted: null, canRequest: false };
	}
	const db = dbFor(user);
	const [openRequests, running] = await Promise.all([
		openRequestsOf(db, user.cityId),
		listMentorships(db, { status: 'active', city: user.city.slug }, { page: 1, perPage: 20 })
	]);
	const accepted = running.mentorships.find((m) => m.mentee_city.id === user.cityId) ?? null;
	return {
		...list,
		openRequests: openRequests.map((m) => ({
			id: m.id,
			mentorCity: { slug: m.mentor_city.slug, name: m.mentor_city.name },
			status: m.status
		})),
		accepted: accepted
			? {
					id: accepted.id,
					mentorCity: { slug: accepted.mentor_city.slug, name: accepted.mentor_city.name }
				}
			: null,
		canRequest: user.role !== 'mission_admin'
	};
};
