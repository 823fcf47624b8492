import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVATE_PATHS, robotsTxt } from './robots';
import { FIXED_PAGES } from './sitemap/pages';

/** Whether a Disallow rule matches a path (RFC 9309: a prefix, `*` for any characters). */
function blocks(rule: string, pathname: string): boolean {
	const pattern = rule.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'));
	return new RegExp(`^${pattern.join('.*')}`).test(pathname);
}
const blocked = (pathname: string) => PRIVATE_PATHS.some((rule) => blocks(rule, pathname));

const routes = path.resolve(import.meta.dirname, '../../routes');

describe('robots.txt', () => {
	it('points to the sitemap on the public origin and keeps the private paths out', () => {
		const text = robotsTxt('https://citysetu.example.gov.in');
		expect(text).toMatch(/^User-agent: \*\n/);
		expect(text).toContain('\nSitemap: https://citysetu.example.gov.in/sitemap.xml\n');
		for (const rule of ['/admin', '/account', '/dashboard', '/api/', '/login', '/mentorships']) {
			expect(text).toContain(`\nDisallow: ${rule}\n`);
		}
	});

	it('names no sitemap without a configured origin (it must be absolute)', () => {
		expect(robotsTxt(null)).not.toContain('Sitemap:');
	});

	it('blocks every signed-in, form and API route, and none of the public pages', () => {
		for (const route of [
			'/admin/users',
			'/account/mentor',
			'/dashboard',
			'/mentorships/new',
			'/api/v1/cities',
			'/login',
			'/logout',
			'/reset/abc',
			'/invite/abc',
			'/language',
			'/practices/new',
			'/practices/rajkot-water/edit',
			'/programme/reach'
		]) {
			expect(blocked(route), route).toBe(true);
		}
		for (const page of [...FIXED_PAGES, '/cities/rajkot', '/practices/rajkot-water']) {
			expect(blocked(page), page).toBe(false);
		}
		expect(blocked('/practices/rajkot-water/history')).toBe(false);
	});

	it('covers the top-level routes only a signed-in user or a form reaches', () => {
		for (const dir of [
			'admin',
			'account',
			'dashboard',
			'mentorships',
			'api',
			'login',
			'logout'
		].concat(['reset', 'invite', 'language', 'display', 'health'])) {
			expect(fs.existsSync(path.join(routes, dir)), dir).toBe(true);
			expect(blocked(`/${dir}/`), dir).toBe(true);
		}
	});
});
