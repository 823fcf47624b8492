// What /adoptions loads: the filters read through the one query parser, one page of the
// adoptions the reader may see (the public sees public ones; officers also their city's and
// those of the mentorships their city leads), and the choices the filters offer.
import type { SessionUser } from '../auth/session';
import { cityChoices } from '../cities';
import { dbFor, publicDb } from '../db';
import { listAdoptions } from './adoptions';
import { publishedPractices } from './page';
import { parseAdoptionListQuery } from './query';

const PER_PAGE = 25;

/** One page of adoptions, filtered as the query string says. */
export async function loadAdoptionList(url: URL, user: SessionUser | null) {
	const [cities, practices] = await Promise.all([cityChoices(), publishedPractices(publicDb())]);
	// Anything the query names that cannot be used is shown as a notice, and left out.
	const query = parseAdoptionListQuery(
		url.searchParams,
		cities.map((c) => c.slug),
		practices.map((p) => p.slug)
	);
	const { page, ...filters } = query.data;
	const { total, adoptions } = await listAdoptions(dbFor(user), {
		...filters,
		page,
		perPage: PER_PAGE
	});
	return {
		filters,
		invalid: query.ok ? [] : query.invalid,
		adoptions,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE)),
		cities: cities.map(({ slug, name }) => ({ slug, name })),
		practices: practices.map(({ slug, title_en, city }) => ({ slug, title_en, city })),
		canRecord: user !== null && user.cityId !== null && user.role !== 'mission_admin'
	};
}
