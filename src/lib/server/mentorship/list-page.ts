// What the mentorship lists (/mentorships, /admin/mentorships) load: the filters read from the
// query string, one page of what the reader may see, and the choices and names they show.
import type { SessionUser } from '../auth/session';
import { cityChoices } from '../cities';
import { dbFor } from '../db';
import { listComponents, listSectors } from '../practices';
import { listMentorships } from './mentorships';
import { mentorshipVocabulary, parseListPageQuery, programmeChoices } from './queries';
import { canAnswer, canWithdraw } from './request-page';

const PER_PAGE = 25;

/** One page of the mentorships the reader may see, filtered as the query string says. */
export async function loadMentorshipList(url: URL, user: SessionUser | null) {
	const [vocabulary, cities, programmes, sectors, components] = await Promise.all([
		mentorshipVocabulary(),
		cityChoices(),
		programmeChoices(),
		listSectors(),
		listComponents()
	]);
	// Anything the query names that cannot be used is shown as a notice, and left out.
	const query = parseListPageQuery(url.searchParams, vocabulary);
	const { page, ...filters } = query.data;
	const { total, mentorships } = await listMentorships(dbFor(user), filters, {
		page,
		perPage: PER_PAGE
	});
	return {
		filters,
		invalid: query.ok ? [] : query.invalid,
		rows: mentorships.map((m) => ({
			...m,
			canAnswer: user !== null && canAnswer(user, m),
			canWithdraw: user !== null && canWithdraw(user, m)
		})),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE)),
		options: { cities: cities.map(({ slug, name }) => ({ slug, name })), programmes },
		topics: { sectors, components }
	};
}
