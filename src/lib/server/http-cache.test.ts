import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CACHE_POLICIES,
	cacheControl,
	cachePolicy,
	matchingTag,
	strongEtag,
	Validators,
	varyOn
} from './http-cache';

const routes = path.resolve(import.meta.dirname, '../../routes');

describe('cache policies', () => {
	it('name only routes that exist, each a page or an endpoint', () => {
		for (const id of Object.keys(CACHE_POLICIES)) {
			const dir = path.join(routes, id);
			const files = ['+page.svelte', '+server.ts'].filter((f) => fs.existsSync(path.join(dir, f)));
			expect(files, id).not.toHaveLength(0);
		}
	});

	it('leave personal and sign-in routes out', () => {
		for (const id of [
			'/login',
			'/account',
			'/dashboard',
			'/admin/users',
			'/mentorships',
			'/adoptions',
			'/api/v1/me',
			'/api/v1/mentorships',
			'/api/v1/calendar/[token].ics',
			'/health',
			'/programme/reach',
			null
		]) {
			expect(cachePolicy(id), String(id)).toBeNull();
		}
		// No admin, account or personal route is listed by mistake.
		for (const id of Object.keys(CACHE_POLICIES)) {
			expect(id).not.toMatch(
				/admin|account|login|dashboard|invite|reset|mentorships|adoptions|\/me$/
			);
		}
	});

	it('lets shared caches keep answers, browsers revalidate', () => {
		expect(cacheControl({ sMaxAge: 60, staleWhileRevalidate: 600 })).toBe(
			'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
		);
		expect(cachePolicy('/cities')!.sMaxAge).toBeGreaterThan(cachePolicy('/practices')!.sMaxAge);
	});

	it('varies API answers on the token too', () => {
		expect(varyOn('/cities')).toBe('Accept-Language, Cookie');
		expect(varyOn('/api/v1/cities')).toBe('Accept-Language, Authorization, Cookie');
	});
});

describe('strongEtag', () => {
	it('is quoted, not weak, and follows the bytes', () => {
		const a = strongEtag(new TextEncoder().encode('<p>one</p>').buffer as ArrayBuffer);
		const b = strongEtag(new TextEncoder().encode('<p>one</p>').buffer as ArrayBuffer);
		const c = strongEtag(new TextEncoder().encode('<p>two</p>').buffer as ArrayBuffer);
		expect(a).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
		expect(a).toBe(b);
		expect(c).not.toBe(a);
	});
});

describe('matchingTag', () => {
	const etag = '"abc"';
	it('matches the tag, its weak and gzip forms, a list and *', () => {
		expect(matchingTag('"abc"', etag)).toBe('"abc"');
		expect(matchingTag('W/"abc"', etag)).toBe('"abc"');
		expect(matchingTag('"abc-gzip"', etag)).toBe('"abc-gzip"');
		expect(matchingTag('"x", "abc"', etag)).toBe('"abc"');
		expect(matchingTag('*', etag)).toBe('"abc"');
	});
	it('refuses other tags and nothing', () => {
		expect(matchingTag(null, etag)).toBeNull();
		expect(matchingTag('"abcd"', etag)).toBeNull();
		expect(matchingTag('"ab"', etag)).toBeNull();
		expect(matchingTag('abc', etag)).toBeNull();
	});
});

describe('Validators', () => {
	const entry = (generation: number, ttlMs = 60_000) => ({
		etag: '"e"',
		ttlMs,
		headers: [] as [string, string][],
		generation
	});

	it('vouch for an answer until its time is up', () => {
		const v = new Validators();
		v.remember('k', entry(v.generation, 1000), 0);
		expect(v.fresh('k', 999)?.etag).toBe('"e"');
		expect(v.fresh('k', 1000)).toBeNull();
	});

	it('forget everything on a change, and refuse answers rendered before it', () => {
		const v = new Validators();
		const before = v.generation;
		v.remember('k', entry(before), 0);
		v.clear();
		expect(v.fresh('k', 1)).toBeNull();
		// Rendered while the change arrived: its tag may describe the old data.
		v.remember('late', entry(before), 2);
		expect(v.fresh('late', 3)).toBeNull();
		v.remember('now', entry(v.generation), 2);
		expect(v.fresh('now', 3)).not.toBeNull();
	});

	it('keep at most max entries, dropping the least recently stored', () => {
		const v = new Validators(2);
		v.remember('a', entry(0), 0);
		v.remember('b', entry(0), 0);
		v.remember('c', entry(0), 0);
		expect(v.size).toBe(2);
		expect(v.fresh('a', 1)).toBeNull();
		expect(v.fresh('c', 1)).not.toBeNull();
	});
});
