import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { translate } from '$lib/i18n';
import { bioLanguage, canOpenMentorship } from '$lib/mentors';
import { dbFor } from '$lib/server/db';
import { renderMarkdown } from '$lib/server/markdown';
import { expertiseChoices, getMentor } from '$lib/server/mentorship/mentors';
import type { PageServerLoad } from './$types';

const mentorId = v.pipe(v.string(), v.uuid());

export const load: PageServerLoad = async ({ params, locals }) => {
	const user = locals.user;
	// An id that is no id, an unknown mentor and a profile the reader may not see all look alike.
	const mentor = v.is(mentorId, params.id)
		? await getMentor(dbFor(user), params.id.toLowerCase())
		: null;
	if (!mentor) error(404, translate(locals.locale, 'error.notFound.title'));
	const choices = await expertiseChoices();
	const named = <T extends { slug: string }>(slugs: string[], list: T[]) =>
		slugs.flatMap((slug) => list.find((item) => item.slug === slug) ?? []);
	const { bio_markdown, ...profile } = mentor;
	return {
		mentor: {
			...profile,
			sectors: named(mentor.sectors, choices.sectors),
			components: named(mentor.components, choices.components),
			pairings: mentor.pairings.map((p) => ({ ...p, canOpen: canOpenMentorship(user, p) }))
		},
		bio: bio_markdown.trim()
			? {
					html: renderMarkdown(bio_markdown).html,
					lang: bioLanguage(bio_markdown, mentor.languages)
				}
			: null,
		// Officers of another city ask for help (request_mentorship lets city members and mentors
		// of the mentee city ask); admins propose pairings elsewhere.
		canAsk: Boolean(
			user &&
			user.role !== 'mission_admin' &&
			user.cityId !== null &&
			user.cityId !== mentor.city?.id
		),
		editHref: !user
			? null
			: user.id === mentor.id
				? '/account/mentor'
				: user.role === 'mission_admin'
					? `/admin/mentors/${mentor.id}`
					: null
	};
};
