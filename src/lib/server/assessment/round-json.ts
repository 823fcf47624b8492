// A round as the JSON API returns it.
import type { Framework, Round } from './rounds';

export function roundJson(framework: Framework, round: Round) {
	return {
		framework: framework.slug,
		slug: round.slug,
		name: round.name_en,
		name_hi: round.name_hi,
		year: round.year,
		assessing_body: round.assessing_body,
		public: round.is_public,
		results_on: round.results_on
	};
}
