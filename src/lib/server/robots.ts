// robots.txt (RFC 9309): every crawler may read the public pages, none the signed-in ones, the
// forms that change state, or the JSON API; the sitemap lists what there is to read. Rules match
// by path prefix; `*` stands for any characters (a practice's slug).

/** The paths crawlers are asked to keep out of: accounts, administration, forms, the API. */
export const PRIVATE_PATHS = [
	'/admin',
	'/account',
	'/dashboard',
	'/mentorships',
	'/adoptions/new',
	'/practices/new',
	'/practices/*/edit',
	'/programme/reach',
	'/api/',
	'/login',
	'/logout',
	'/reset',
	'/invite',
	'/language',
	'/display',
	'/health'
] as const;

/** The robots.txt text; with no public origin configured, no Sitemap line (it must be absolute). */
export function robotsTxt(origin: string | null): string {
	return [
		'User-agent: *',
		...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
		'Allow: /',
		...(origin ? ['', `Sitemap: ${new URL('/sitemap.xml', origin).href}`] : []),
		''
	].join('\n');
}
