// The adoption sections other pages show, as the reader may see them: who took up a practice
// (on the practice's page), what a city took up (on the city's page) and what a mentorship led
// to (on its page), each with the link to record one where the reader's city may.
import type { SessionUser } from '../auth/session';
import { dbFor } from '../db';
import { adoptionsOfCity, adoptionsOfMentorship, adoptionsOfPractice } from './adoptions';
import type { AdoptionSummary } from './types';

/** Whether the user records adoptions for a city: its members and mentors. */
const recordsFor = (user: SessionUser | null): user is SessionUser & { cityId: string } =>
	user !== null && user.cityId !== null && (user.role === 'city_member' || user.role === 'mentor');

/** Where the reader's city records the practice: its own adoption, or the form. */
export type RecordLink = { existing: string } | { href: string } | null;

/** The cities that took up a practice, and where the reader's city records it. */
export async function practiceAdoptions(
	user: SessionUser | null,
	practice: { slug: string; status: string }
): Promise<{ rows: AdoptionSummary[]; record: RecordLink }> {
	const rows = await adoptionsOfPractice(dbFor(user), practice.slug);
	if (!recordsFor(user) || practice.status !== 'published') return { rows, record: null };
	const own = rows.find((a) => a.city.id === user.cityId);
	return {
		rows,
		record: own
			? { existing: own.id }
			: { href: `/adoptions/new?practice=${encodeURIComponent(practice.slug)}` }
	};
}

/** The practices a city took up, as the reader may see them. */
export async function cityAdoptions(user: SessionUser | null, citySlug: string) {
	return adoptionsOfCity(dbFor(user), citySlug);
}

/** The adoptions a mentorship led to, and the form's link for officers of its mentee city. */
export async function mentorshipAdoptions(
	user: SessionUser | null,
	mentorship: { id: string; menteeCityId: string }
): Promise<{ rows: AdoptionSummary[]; recordHref: string | null }> {
	const rows = await adoptionsOfMentorship(dbFor(user), mentorship.id);
	const mentee = recordsFor(user) && user.cityId === mentorship.menteeCityId;
	return { rows, recordHref: mentee ? `/adoptions/new?mentorship=${mentorship.id}` : null };
}
