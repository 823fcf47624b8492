import { describe, expect, it } from 'vitest';
import { parseQuery, positiveInt } from '$lib/schemas/query';
import * as v from 'valibot';
import { pageUrls, requestedLocale, withoutLang } from './seo';

const origin = 'https://citysetu.example.gov.in';

describe('requestedLocale', () => {
	it('reads ?lang= when it names one of the four languages', () => {
		expect(requestedLocale(new URL('http://x/cities?lang=hi'))).toBe('hi');
		expect(requestedLocale(new URL('http://x/cities?lang=mr&page=2'))).toBe('mr');
		expect(requestedLocale(new URL('http://x/cities?lang=fr'))).toBeNull();
		expect(requestedLocale(new URL('http://x/cities'))).toBeNull();
	});
});

describe('pageUrls', () => {
	it('builds every address on the configured origin, whatever host the request named', () => {
		const urls = pageUrls(origin, new URL('http://evil.example:8080/practices/rajkot-water'));
		expect(urls.canonical).toBe(`${origin}/practices/rajkot-water`);
		expect(urls.alternates).toEqual([
			{ hreflang: 'en', href: `${origin}/practices/rajkot-water?lang=en` },
			{ hreflang: 'hi', href: `${origin}/practices/rajkot-water?lang=hi` },
			{ hreflang: 'gu', href: `${origin}/practices/rajkot-water?lang=gu` },
			{ hreflang: 'mr', href: `${origin}/practices/rajkot-water?lang=mr` },
			{ hreflang: 'x-default', href: `${origin}/practices/rajkot-water` }
		]);
	});

	it('keeps the other parameters, and the language in the canonical only when asked for', () => {
		const urls = pageUrls(origin, new URL('http://x/cities?state=Gujarat&lang=gu&page=2'));
		expect(urls.canonical).toBe(`${origin}/cities?state=Gujarat&page=2&lang=gu`);
		expect(urls.alternates.at(-1)?.href).toBe(`${origin}/cities?state=Gujarat&page=2`);
		expect(urls.alternates[1].href).toBe(`${origin}/cities?state=Gujarat&page=2&lang=hi`);
	});
});

describe('withoutLang', () => {
	it('drops only the language parameter', () => {
		expect(withoutLang(new URL('http://x/cities?lang=hi'))).toBe('/cities');
		expect(withoutLang(new URL('http://x/cities?state=Goa&lang=hi&page=2'))).toBe(
			'/cities?state=Goa&page=2'
		);
	});
});

describe('the lang parameter in query strings', () => {
	const schema = v.object({ page: positiveInt(1) });

	it('is taken by every page without its schema naming it', () => {
		expect(parseQuery(schema, new URLSearchParams('page=2&lang=gu'))).toEqual({
			ok: true,
			data: { page: 2 }
		});
	});

	it('is named when it is not one of the four languages', () => {
		const result = parseQuery(schema, new URLSearchParams('lang=fr'));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toEqual({ lang: 'lang must be one of: en, hi, gu, mr' });
	});
});
