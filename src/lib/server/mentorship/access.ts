// Who may do what on a mentorship, decided in the server before the database's policies decide
// again: the page and the API answer 404 where even a mentorship's private parts must not be
// hinted at, and 403 where the reader may see but not change.
import type { Enums } from '$lib/database.types';
import type { DbUser } from '../db';

/** What access.ts needs of a mentorship. */
export interface MentorshipCities {
	mentor_city_id: string;
	mentee_city_id: string;
	status: Enums<'mentorship_status'>;
}

/**
 * - `none`: may not even know of it (a request, seen by a third city or the public);
 * - `public`: programme, cities, status, dates and topics only;
 * - `read`: the private parts too (members of either city, the mentor city's mentors, admins);
 * - `work`: and may schedule sessions and manage goals and action items (while it runs).
 */
export type MentorshipAccess = 'none' | 'public' | 'read' | 'work';

/** Statuses the public may see a pairing in, as the mentorships policy has it. */
export const publicStatuses: readonly Enums<'mentorship_status'>[] = [
	'active',
	'paused',
	'completed'
];

/** Statuses in which either side works on a mentorship. */
export const runningStatuses: readonly Enums<'mentorship_status'>[] = ['active', 'paused'];

/** The side the user's city is on, or null (admins and everyone else have no side). */
export function sideOf(
	user: Pick<DbUser, 'cityId'> | null,
	m: Pick<MentorshipCities, 'mentor_city_id' | 'mentee_city_id'>
): Enums<'mentorship_side'> | null {
	if (!user?.cityId) return null;
	if (user.cityId === m.mentor_city_id) return 'mentor';
	if (user.cityId === m.mentee_city_id) return 'mentee';
	return null;
}

/** What the user may do with the mentorship. */
export function mentorshipAccess(user: DbUser | null, m: MentorshipCities): MentorshipAccess {
	const insider = user?.role === 'mission_admin' || sideOf(user, m) !== null;
	if (!insider) return publicStatuses.includes(m.status) ? 'public' : 'none';
	return runningStatuses.includes(m.status) ? 'work' : 'read';
}
