// The sitemap's fixed pages, apart from the queries so that robots.txt's tests can read them.

/** The public pages that are not about one record, in the order the site's navigation has them. */
export const FIXED_PAGES = [
	'/',
	'/cities',
	'/practices',
	'/search',
	'/mentors',
	'/programmes',
	'/assessments',
	'/programme',
	'/feedback',
	'/sitemap'
] as const;
