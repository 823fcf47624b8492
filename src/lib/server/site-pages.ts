// The site's own pages (help, policies, contact): read by anyone in the reader's language, or in
// English where the page has no text in it yet; written by mission admins as themselves, through
// the database's save_site_page, which keeps every version.
import type { Tables } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import { splitBlocks, type Block, type SitePageSlug } from '$lib/site-pages';
import type { SessionUser } from './auth/session';
import { userDb } from './db';
import { DatabaseError } from './errors';
import { renderMarkdown, markdownToText } from './markdown';
import { keptForPublic } from './public-reads';
import type { Db } from './supabase';

export type SitePage = Pick<
	Tables<'site_pages'>,
	'slug' | 'locale' | 'title' | 'markdown' | 'version' | 'updated_at' | 'is_default'
>;

const COLUMNS = 'slug, locale, title, markdown, version, updated_at, is_default';

async function readPage(
	db: Db,
	{ slug, locale }: { slug: SitePageSlug; locale: Locale }
): Promise<SitePage[]> {
	const { data, error } = await db
		.from('site_pages')
		.select(COLUMNS)
		.eq('slug', slug)
		.in('locale', [...new Set([locale, 'en'])]);
	if (error) throw new DatabaseError(`reading the page ${slug}`, error);
	return data;
}

const publicPage = keptForPublic(['site_pages'], readPage, { max: 100 });

/** The page in `locale`, else in English, else null (not yet written: no default was seeded). */
export async function sitePage(
	db: Db,
	slug: SitePageSlug,
	locale: Locale
): Promise<SitePage | null> {
	const rows = await publicPage(db, { slug, locale });
	return (
		rows.find((row) => row.locale === locale) ?? rows.find((row) => row.locale === 'en') ?? null
	);
}

/** A page's Markdown rendered for reading: runs of sanitised HTML, and the blocks the site draws. */
export type RenderedPart = { html: string } | { block: Block };

export function renderSitePage(markdown: string): {
	parts: RenderedPart[];
	description: string;
} {
	const parts = splitBlocks(markdown).map((part) =>
		'block' in part ? part : { html: renderMarkdown(part.markdown).html }
	);
	// The first paragraph or so, for search engines and link previews.
	const text = markdownToText(
		splitBlocks(markdown).find((part) => 'markdown' in part)?.markdown ?? ''
	);
	const description = text.length > 200 ? `${text.slice(0, 197).trimEnd()}…` : text;
	return { parts, description };
}

/** Every page in every language it has, without its text, for the admins' list. */
export async function listSitePages(admin: SessionUser): Promise<Omit<SitePage, 'markdown'>[]> {
	const { data, error } = await userDb(admin)
		.from('site_pages')
		.select('slug, locale, title, version, updated_at, is_default');
	if (error) throw new DatabaseError('listing the site pages', error);
	return data;
}

export type SitePageRevision = Pick<
	Tables<'site_page_revisions'>,
	'version' | 'title' | 'markdown' | 'is_default' | 'note' | 'created_at'
> & { author: { name: string } | null };

/** The page in exactly `locale`, as its editor starts from it (null: not written yet). */
export async function sitePageToEdit(
	admin: SessionUser,
	slug: SitePageSlug,
	locale: Locale
): Promise<SitePage | null> {
	const { data, error } = await userDb(admin)
		.from('site_pages')
		.select(COLUMNS)
		.eq('slug', slug)
		.eq('locale', locale)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading the page ${slug}`, error);
	return data;
}

/** A page's versions in one language, newest first (RLS: admins only). */
export async function sitePageHistory(
	admin: SessionUser,
	slug: SitePageSlug,
	locale: Locale
): Promise<SitePageRevision[]> {
	const { data, error } = await userDb(admin)
		.from('site_page_revisions')
		.select(
			'version, title, markdown, is_default, note, created_at, author:users!site_page_revisions_author_id_fkey (name)'
		)
		.eq('slug', slug)
		.eq('locale', locale)
		.order('version', { ascending: false })
		.limit(100);
	if (error) throw new DatabaseError(`reading the history of ${slug}`, error);
	return data;
}

export type SaveOutcome =
	| { status: 'saved'; version: number }
	| { status: 'conflict'; current: SitePage }
	| { status: 'forbidden' };

/** Saves an admin's text as a new version; `version` is the one they edited (0: none yet). */
export async function saveSitePage(
	admin: SessionUser,
	input: {
		slug: SitePageSlug;
		locale: Locale;
		version: number;
		title: string;
		markdown: string;
		note: string | null;
	}
): Promise<SaveOutcome> {
	const { data, error } = await userDb(admin).rpc('save_site_page', {
		p_slug: input.slug,
		p_locale: input.locale,
		p_version: input.version,
		p_title: input.title,
		p_markdown: input.markdown,
		p_note: input.note ?? undefined
	});
	if (error) throw new DatabaseError(`saving the page ${input.slug}`, error);
	return data as SaveOutcome;
}
