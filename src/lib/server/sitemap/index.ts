// What the sitemap lists: every page the public may read, with when its data last changed. All
// reads go through the public client, so row-level security keeps drafts, private rounds and
// private mentor profiles out, as it keeps them off the pages themselves; the filters below say
// the same in the query, so a policy widened for signed-in readers cannot leak in here.
import { newestFirst } from '../assessment/frameworks';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import { newest, sitemapXml } from './xml';
import type { SitemapEntry } from './xml';
import { FIXED_PAGES } from './pages';
import { SITE_PAGES } from '$lib/site-pages';

/** Fails loudly: a sitemap silently missing a kind of page would go unnoticed. */
function rows<T>(what: string, result: { data: T[] | null; error: { message: string } | null }) {
	if (result.error) throw new DatabaseError(`reading ${what} for the sitemap`, result.error);
	return result.data ?? [];
}

/** The sitemap's entries: the fixed pages, then cities, practices, mentors, programmes, rankings. */
export async function sitemapEntries(db: Db = publicDb()): Promise<SitemapEntry[]> {
	const [cityRows, practiceRows, mentorRows, programmeRows, frameworkRows, sitePageRows] =
		await Promise.all([
			db.from('cities').select('slug, updated_at').order('slug'),
			db.from('practices').select('slug, updated_at').eq('status', 'published').order('slug'),
			// What the public directory lists: active mentors with a public profile.
			db.from('mentor_directory').select('id, updated_at').eq('is_public', true).order('id'),
			db.from('programmes').select('slug, updated_at').order('slug'),
			db
				.from('frameworks')
				.select(
					'slug, updated_at, assessment_rounds (slug, year, results_on, name_en, is_public, updated_at)'
				)
				.eq('assessment_rounds.is_public', true)
				.order('position')
				.order('slug'),
			// Help, policies and contact: changed when any of their languages was.
			db.from('site_pages').select('slug, updated_at')
		]);
	const cities = rows('cities', cityRows);
	const practices = rows('practices', practiceRows);
	const mentors = rows('mentors', mentorRows);
	const programmes = rows('programmes', programmeRows);
	const frameworks = rows('frameworks', frameworkRows);
	const sitePages = rows('site pages', sitePageRows);
	const rankings = frameworks.flatMap((framework) => {
		// Newest first, as the ranking page orders them: it opens on the newest public round, and
		// each other round has an address of its own.
		const [opening, ...others] = newestFirst(
			framework.assessment_rounds.filter((round) => round.is_public)
		);
		const path = `/assessments/${framework.slug}`;
		return [
			{ path, lastmod: newest([framework.updated_at, opening?.updated_at]) },
			...others.map((round) => ({
				path: `${path}?round=${encodeURIComponent(round.slug)}`,
				lastmod: newest([framework.updated_at, round.updated_at])
			}))
		];
	});
	const dated = (list: readonly { updated_at: string | null }[]) =>
		newest(list.map((row) => row.updated_at));
	const listLastmod: Record<string, string | null> = {
		'/cities': dated(cities),
		'/practices': dated(practices),
		'/mentors': dated(mentors),
		'/programmes': dated(programmes),
		'/assessments': newest(rankings.map((entry) => entry.lastmod))
	};
	const written = new Set(sitePages.map((page) => page.slug));
	return [
		...FIXED_PAGES.map((path) => ({ path, lastmod: listLastmod[path] ?? null })),
		...SITE_PAGES.filter((slug) => written.has(slug)).map((slug) => ({
			path: `/${slug}`,
			lastmod: dated(sitePages.filter((page) => page.slug === slug))
		})),
		...cities.map((c) => ({ path: `/cities/${c.slug}`, lastmod: c.updated_at })),
		...practices.map((p) => ({ path: `/practices/${p.slug}`, lastmod: p.updated_at })),
		...mentors.flatMap((m) => (m.id ? [{ path: `/mentors/${m.id}`, lastmod: m.updated_at }] : [])),
		...programmes.map((p) => ({ path: `/programmes/${p.slug}`, lastmod: p.updated_at })),
		...rankings
	];
}

/** The sitemap of the public pages on `origin` (the configured public origin). */
export async function buildSitemap(origin: string, db: Db = publicDb()): Promise<string> {
	return sitemapXml(origin, await sitemapEntries(db));
}
