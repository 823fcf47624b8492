// The sitemap on the real stack: it lists every public page, through the public client, and
// nothing the public may not read: no draft practice, no private mentor profile, no private
// assessment round, no signed-in page. It is checked whole against the sitemaps.org schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSitemap } from '../../src/lib/server/sitemap';
import { FIXED_PAGES } from '../../src/lib/server/sitemap/pages';
import { SITE_PAGES } from '../../src/lib/site-pages';
import { checkSitemap } from '../fixtures/sitemap-schema';
import { service } from './clients';

const origin = 'https://citysetu.example.gov.in';
const run = Date.now();
const made: string[] = [];
let urls: { loc: string; lastmod: string | null }[] = [];
let errors: string[] = [];
const paths = () => urls.map((u) => u.loc.slice(origin.length));

async function mentor(label: string, isPublic: boolean): Promise<string> {
	const db = service();
	const { data: city } = await db.from('cities').select('id').eq('slug', 'surat').single();
	const { data, error } = await db
		.from('users')
		.insert({
			email: `${label}.${run}@sitemap.test`,
			name: `Sitemap ${label} ${run}`,
			designation: 'Test officer',
			role: 'mentor',
			city_id: city?.id ?? null
		})
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${label}: ${error?.message}`);
	made.push(data.id);
	const profile = await db.from('mentor_profiles').insert({
		user_id: data.id,
		bio_markdown: 'Test profile.',
		languages: ['en'],
		capacity: 2,
		sectors: [],
		components: [],
		is_public: isPublic
	});
	if (profile.error) throw new Error(`could not create a profile: ${profile.error.message}`);
	return data.id;
}

let openId = '';
let quietId = '';

beforeAll(async () => {
	openId = await mentor('open', true);
	quietId = await mentor('quiet', false);
	const xml = await buildSitemap(origin);
	({ urls, errors } = checkSitemap(xml, origin));
});

afterAll(async () => {
	const db = service();
	await db.from('mentor_profiles').delete().in('user_id', made);
	await db.from('users').delete().in('id', made);
});

describe('the sitemap on the stack', () => {
	it('validates against the sitemaps.org schema', () => {
		expect(errors).toEqual([]);
		expect(urls.length).toBeGreaterThan(100);
	});

	it('lists the fixed public pages and every city, dated', async () => {
		for (const page of FIXED_PAGES) expect(paths()).toContain(page);
		const { data: cities } = await service().from('cities').select('slug');
		for (const { slug } of cities ?? []) expect(paths()).toContain(`/cities/${slug}`);
		expect(cities).toHaveLength(100);
		const rajkot = urls.find((u) => u.loc === `${origin}/cities/rajkot`);
		expect(rajkot?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
		expect(urls.find((u) => u.loc === `${origin}/cities`)?.lastmod).not.toBeNull();
	});

	it('lists the help, policy and contact pages, dated by their last change', () => {
		for (const slug of SITE_PAGES) {
			const entry = urls.find((u) => u.loc === `${origin}/${slug}`);
			expect(entry?.lastmod, slug).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		}
	});

	it('lists the published practices and no other', async () => {
		const { data } = await service().from('practices').select('slug, status');
		const published = (data ?? []).filter((p) => p.status === 'published');
		const unpublished = (data ?? []).filter((p) => p.status !== 'published');
		expect(published.length).toBeGreaterThan(0);
		expect(unpublished.length).toBeGreaterThan(0);
		for (const { slug } of published) expect(paths()).toContain(`/practices/${slug}`);
		for (const { slug } of unpublished) expect(paths()).not.toContain(`/practices/${slug}`);
	});

	it('lists the mentors whose profiles are public, as the public directory does', async () => {
		expect(paths()).toContain(`/mentors/${openId}`);
		expect(paths()).not.toContain(`/mentors/${quietId}`);
		const { data } = await service().from('mentor_profiles').select('user_id, is_public');
		for (const { user_id, is_public } of data ?? []) {
			if (!is_public) expect(paths()).not.toContain(`/mentors/${user_id}`);
		}
	});

	it('lists every programme and each framework’s rankings, without private rounds', async () => {
		const db = service();
		const { data: programmes } = await db.from('programmes').select('slug');
		for (const { slug } of programmes ?? []) expect(paths()).toContain(`/programmes/${slug}`);
		const { data: frameworks } = await db.from('frameworks').select('slug');
		for (const { slug } of frameworks ?? []) expect(paths()).toContain(`/assessments/${slug}`);
		const { data: hidden } = await db
			.from('assessment_rounds')
			.select('slug')
			.eq('is_public', false);
		for (const { slug } of hidden ?? []) {
			expect(paths().some((p) => p.endsWith(`?round=${slug}`))).toBe(false);
		}
	});

	it('lists no signed-in, form or API page', () => {
		const privatePath =
			/^\/(admin|account|dashboard|mentorships|adoptions|api|login|logout|reset|invite|language|display)(\/|$)|\/(edit|history|new)$/;
		expect(paths().filter((p) => privatePath.test(p.split('?')[0]))).toEqual([]);
	});
});
