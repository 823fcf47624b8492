import type { Status } from '$lib/practices';
import { statuses } from '$lib/practices';
import type { SessionUser } from './auth/session';

/**
 * Whether the user may edit a practice: mentors and admins any, city members their own city's
 * drafts and practices in review. The database's policies say the same; this only decides which
 * links and buttons to show.
 */
export function canEdit(
	user: Pick<SessionUser, 'role' | 'city'> | null,
	practice: { status: Status; city: { slug: string } }
): boolean {
	if (!user) return false;
	if (user.role === 'mentor' || user.role === 'mission_admin') return true;
	return (
		user.city?.slug === practice.city.slug &&
		(practice.status === 'draft' || practice.status === 'in_review')
	);
}

/**
 * Whether the user may read a practice's history, which holds its earlier drafts: those who may
 * read its drafts (its city, mentors, admins). The revisions' policy says the same.
 */
export function canReadHistory(
	user: Pick<SessionUser, 'role' | 'city'> | null,
	practice: { city: { slug: string } }
): boolean {
	if (!user) return false;
	if (user.role === 'mentor' || user.role === 'mission_admin') return true;
	return user.city?.slug === practice.city.slug;
}

/** Whether the user may move a practice to another city: admins only, as the database says. */
export function canMoveCity(user: Pick<SessionUser, 'role'>): boolean {
	return user.role === 'mission_admin';
}

/** The statuses a user may give a practice. */
export function allowedStatuses(user: Pick<SessionUser, 'role'>): Status[] {
	return user.role === 'city_member' ? ['draft', 'in_review'] : [...statuses];
}
