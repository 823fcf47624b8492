import type { Status } from '$lib/practices';
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

/** The statuses a user may give a practice. */
export function allowedStatuses(user: Pick<SessionUser, 'role'>): Status[] {
	return user.role === 'city_member'
		? ['draft', 'in_review']
		: ['draft', 'in_review', 'published', 'archived'];
}
