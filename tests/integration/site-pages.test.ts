// The site's own pages (help, policies, contact): everyone reads them; only a mission admin
// writes them, through save_site_page, which keeps every version and refuses a stale edit; the
// release's default text is seeded and refreshed only where no admin has edited it. Through
// supabase-js, so through PostgREST, as the public, officers who are not admins, and an admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userDb } from '../../src/lib/server/db';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { saveSitePage, sitePage, sitePageHistory } from '../../src/lib/server/site-pages';
import { sitePageRows } from '../../scripts/lib/seed.js';
import { anon, service, sessionUser } from './clients';

const people: Record<'admin' | 'mentor' | 'sagar', SessionUser> = {} as never;

beforeAll(async () => {
	people.admin = await sessionUser('admin@citysetu.test');
	people.mentor = await sessionUser('mentor.rajkot@citysetu.test');
	people.sagar = await sessionUser('member.sagar@citysetu.test');
});

// Rows this file makes: pages in Marathi and Gujarati, which the release does not ship.
const made: { slug: string; locale: string }[] = [];
afterAll(async () => {
	for (const { slug, locale } of made) {
		await service().from('site_pages').delete().eq('slug', slug).eq('locale', locale);
	}
});

describe('the default text', () => {
	it('is seeded for every page in English and Hindi, each page titled by its first heading', async () => {
		const rows = sitePageRows();
		const { data, error } = await anon().from('site_pages').select('slug, locale, title, markdown');
		expect(error).toBeNull();
		for (const row of rows) {
			const stored = data?.find((d) => d.slug === row.slug && d.locale === row.locale);
			expect(stored, `${row.slug}.${row.locale}`).toBeDefined();
			expect(stored?.title).toBe(row.title);
			expect(stored?.markdown.startsWith('# ')).toBe(false);
		}
		expect(new Set(rows.map((r) => r.slug)).size).toBe(9);
		expect(new Set(rows.map((r) => r.locale))).toEqual(new Set(['en', 'hi']));
	});

	it('is refreshed by the seed while it is the default, and left alone once an admin edits it', async () => {
		made.push({ slug: 'hyperlinking', locale: 'gu' });
		const seed = (markdown: string) =>
			service().rpc('seed_site_pages', {
				p_pages: [{ slug: 'hyperlinking', locale: 'gu', title: 'હાઇપરલિંક નીતિ', markdown }]
			});
		expect((await seed('પહેલું લખાણ')).data).toBe(1);
		// The same text again writes nothing.
		expect((await seed('પહેલું લખાણ')).data).toBe(0);
		expect((await seed('સુધારેલું લખાણ')).data).toBe(1);
		const read = () =>
			service()
				.from('site_pages')
				.select('markdown, version, is_default')
				.eq('slug', 'hyperlinking')
				.eq('locale', 'gu')
				.single();
		expect((await read()).data).toEqual({ markdown: 'સુધારેલું લખાણ', version: 2, is_default: true });

		const saved = await saveSitePage(people.admin, {
			slug: 'hyperlinking',
			locale: 'gu',
			version: 2,
			title: 'હાઇપરલિંક નીતિ',
			markdown: 'આ તૈનાતીનું પોતાનું લખાણ',
			note: null
		});
		expect(saved).toEqual({ status: 'saved', version: 3 });
		expect((await seed('રિલીઝનું નવું લખાણ')).data).toBe(0);
		expect((await read()).data).toEqual({
			markdown: 'આ તૈનાતીનું પોતાનું લખાણ',
			version: 3,
			is_default: false
		});
		const history = await sitePageHistory(people.admin, 'hyperlinking', 'gu');
		expect(history.map((r) => [r.version, r.is_default, r.author?.name ?? null])).toEqual([
			[3, false, people.admin.name],
			[2, true, null],
			[1, true, null]
		]);
	});

	it('may be seeded by the system alone', async () => {
		const page = [{ slug: 'terms', locale: 'mr', title: 'x', markdown: 'x' }];
		for (const db of [anon(), userDb(people.admin)]) {
			const { error } = await db.rpc('seed_site_pages', { p_pages: page });
			expect(error?.code).toBe('42501');
		}
		const { count } = await service()
			.from('site_pages')
			.select('*', { count: 'exact', head: true })
			.eq('slug', 'terms')
			.eq('locale', 'mr');
		expect(count).toBe(0);
	});
});

describe('reading', () => {
	it('gives the page in the reader’s language, or in English where it has none', async () => {
		const hindi = await sitePage(anon(), 'privacy', 'hi');
		expect(hindi?.locale).toBe('hi');
		expect(hindi?.title).toBe('गोपनीयता नीति');
		const marathi = await sitePage(anon(), 'privacy', 'mr');
		expect(marathi?.locale).toBe('en');
		expect(marathi?.title).toBe('Privacy policy');
	});

	it('keeps the history from everyone but admins', async () => {
		const { data: publicView, error } = await anon().from('site_page_revisions').select('id');
		expect(error?.code).toBe('42501');
		expect(publicView).toBeNull();
		for (const who of ['mentor', 'sagar'] as const) {
			const { data } = await userDb(people[who]).from('site_page_revisions').select('id');
			expect(data).toEqual([]);
		}
		const { data: adminView } = await userDb(people.admin)
			.from('site_page_revisions')
			.select('id')
			.eq('slug', 'privacy');
		expect(adminView?.length).toBeGreaterThanOrEqual(2);
	});
});

describe('writing', () => {
	it('is refused to the public and to officers who are not admins', async () => {
		const args = {
			p_slug: 'copyright',
			p_locale: 'en',
			p_version: 1,
			p_title: 'Taken over',
			p_markdown: 'Nothing here is yours.'
		};
		const { error: anonError } = await anon().rpc('save_site_page', args);
		expect(anonError?.code).toBe('42501');
		for (const who of ['mentor', 'sagar'] as const) {
			const db = userDb(people[who]);
			expect((await db.rpc('save_site_page', args)).data).toEqual({ status: 'forbidden' });
			// Nor around the function, straight at the tables.
			const update = await db
				.from('site_pages')
				.update({ title: 'Taken over' })
				.eq('slug', 'copyright');
			expect(update.error?.code).toBe('42501');
			const insert = await db.from('site_page_revisions').insert({
				slug: 'copyright',
				locale: 'en',
				version: 99,
				title: 'x',
				markdown: 'x',
				is_default: false
			});
			expect(insert.error?.code).toBe('42501');
		}
		const admin = userDb(people.admin);
		const direct = await admin
			.from('site_pages')
			.update({ title: 'Bypass' })
			.eq('slug', 'copyright');
		expect(direct.error?.code).toBe('42501');
		const page = await sitePage(anon(), 'copyright', 'en');
		expect(page?.title).toBe('Copyright policy');
	});

	it('writes a new language from version 0, and refuses an edit made on a stale version', async () => {
		made.push({ slug: 'archival', locale: 'mr' });
		const write = (version: number, markdown: string) =>
			saveSitePage(people.admin, {
				slug: 'archival',
				locale: 'mr',
				version,
				title: '  मजकूर संग्रह धोरण ',
				markdown,
				note: 'पहिले भाषांतर'
			});
		expect(await write(0, 'पहिली आवृत्ती')).toEqual({ status: 'saved', version: 1 });
		// A second admin who also started from "not written" is stopped, and told the version.
		const stale = await write(0, 'दुसरी आवृत्ती');
		expect(stale.status).toBe('conflict');
		expect(stale.status === 'conflict' && stale.current.version).toBe(1);
		expect(await write(1, 'दुसरी आवृत्ती')).toEqual({ status: 'saved', version: 2 });
		const page = await sitePage(anon(), 'archival', 'mr');
		expect(page).toMatchObject({
			locale: 'mr',
			title: 'मजकूर संग्रह धोरण',
			markdown: 'दुसरी आवृत्ती',
			version: 2,
			is_default: false
		});
		const history = await sitePageHistory(people.admin, 'archival', 'mr');
		expect(history.map((r) => [r.version, r.markdown, r.note])).toEqual([
			[2, 'दुसरी आवृत्ती', 'पहिले भाषांतर'],
			[1, 'पहिली आवृत्ती', 'पहिले भाषांतर']
		]);
		// Every save is in the audit log, under the admin who made it.
		const { data: audit } = await service()
			.from('audit_log')
			.select('action, actor_id')
			.eq('entity', 'site_pages')
			.eq('actor_id', people.admin.id);
		expect(audit?.length).toBeGreaterThanOrEqual(2);
	});

	it('keeps the database’s limits on a page whatever the caller sends', async () => {
		const { error } = await userDb(people.admin).rpc('save_site_page', {
			p_slug: 'not-a-page',
			p_locale: 'en',
			p_version: 0,
			p_title: 'x',
			p_markdown: 'x'
		});
		expect(error?.code).toBe('23514');
		const empty = await userDb(people.admin).rpc('save_site_page', {
			p_slug: 'terms',
			p_locale: 'en',
			p_version: 1,
			p_title: '   ',
			p_markdown: 'x'
		});
		expect(empty.error?.code).toBe('23514');
	});
});
