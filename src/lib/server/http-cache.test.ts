import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CACHE_POLICIES,
	cacheControl,
	cachePolicy,
	matchingTag,
	strongEtag,
	Answers,
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
	it('matches the tag, its weak and compressed forms, a list and *', () => {
		expect(matchingTag('"abc"', etag)).toBe('"abc"');
		expect(matchingTag('W/"abc"', etag)).toBe('"abc"');
		expect(matchingTag('"abc-gzip"', etag)).toBe('"abc-gzip"');
		expect(matchingTag('"abc-br"', etag)).toBe('"abc-br"');
		expect(matchingTag('"abc-xz"', etag)).toBeNull();
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

describe('Answers', () => {
	const entry = (generation: number, ttlMs = 60_000) => ({
		etag: '"e"',
		ttlMs,
		headers: [] as [string, string][],
		generation
	});

	it('vouch for an answer until its time is up', () => {
		const v = new Answers();
		v.remember('k', entry(v.generation, 1000), 0);
		expect(v.fresh('k', 999)?.etag).toBe('"e"');
		expect(v.fresh('k', 1000)).toBeNull();
	});

	it('forget everything on a change, and refuse answers rendered before it', () => {
		const v = new Answers();
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

	it('keep at most max entries, dropping the least recently used', () => {
		const v = new Answers(2);
		v.remember('a', entry(0), 0);
		v.remember('b', entry(0), 0);
		expect(v.fresh('a', 1)).not.toBeNull(); // used: b is now the oldest
		v.remember('c', entry(0), 0);
		expect(v.size).toBe(2);
		expect(v.fresh('b', 1)).toBeNull();
		expect(v.fresh('a', 1)).not.toBeNull();
		expect(v.fresh('c', 1)).not.toBeNull();
	});

	const whole = (generation: number, bytes: number) => ({
		...entry(generation),
		answer: {
			body: new Uint8Array(bytes),
			headers: [['content-type', 'text/html']] as [string, string][]
		}
	});

	it('keep answers whole within the byte budget, and only tags beyond it', () => {
		const v = new Answers(100, 8000);
		v.remember('a', whole(0, 1000), 0);
		v.remember('b', whole(0, 1000), 0);
		expect(v.fresh('a', 1)?.answer?.body.byteLength).toBe(1000);
		expect(v.bytes).toBe(2000);
		// More than an eighth of the budget: the tag is kept, the answer is not.
		v.remember('big', whole(0, 1001), 0);
		expect(v.fresh('big', 1)?.answer).toBeNull();
		expect(v.fresh('big', 1)?.etag).toBe('"e"');
		expect(v.bytes).toBe(2000);
	});

	it('drop the least recently used answers to stay within the budget', () => {
		const v = new Answers(100, 8000);
		for (let i = 0; i < 8; i++) v.remember(`p${i}`, whole(0, 1000), 0);
		expect(v.bytes).toBe(8000);
		v.fresh('p0', 1);
		v.remember('p8', whole(0, 1000), 0);
		expect(v.bytes).toBe(8000);
		expect(v.fresh('p1', 1)).toBeNull();
		expect(v.fresh('p0', 1)?.answer).not.toBeNull();
		// Replacing an entry counts its bytes once.
		v.remember('p0', whole(0, 500), 0);
		expect(v.bytes).toBe(7500);
		v.clear();
		expect(v.bytes).toBe(0);
		expect(v.size).toBe(0);
	});

	it('keep no answer whole without a budget', () => {
		const v = new Answers(100);
		v.remember('a', whole(0, 10), 0);
		expect(v.fresh('a', 1)?.answer).toBeNull();
		expect(v.bytes).toBe(0);
	});
});
