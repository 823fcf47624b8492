// The one check every page action and API endpoint on a mentorship's private parts makes first.
import type { SessionUser } from '../auth/session';
import { dbFor } from '../db';
import { mentorshipAccess } from './access';
import { readMentorshipHead } from './overview';
import type { MentorshipHead } from './overview';

/**
 * The mentorship, if the user may read its private parts, and whether they may work on it now;
 * null where they may not (a third city, or no such mentorship), which the page and the API
 * answer with 404 so that not even its existence shows.
 */
export async function insideAccess(
	user: SessionUser,
	mentorshipId: string
): Promise<{ head: MentorshipHead; canWork: boolean } | null> {
	const head = await readMentorshipHead(dbFor(user), mentorshipId);
	if (!head) return null;
	const access = mentorshipAccess(user, head);
	if (access === 'none' || access === 'public') return null;
	return { head, canWork: access === 'work' };
}
