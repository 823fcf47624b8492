import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect';

describe('safeRedirectTarget', () => {
	it('keeps paths on this site, with their query', () => {
		expect(safeRedirectTarget('/cities?state=Gujarat&page=2')).toBe('/cities?state=Gujarat&page=2');
		expect(safeRedirectTarget('/')).toBe('/');
	});

	it('refuses anything that could leave the site', () => {
		for (const hostile of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'javascript:alert(1)',
			'/cities\r\nSet-Cookie: x=1',
			'',
			null,
			42
		]) {
			expect(safeRedirectTarget(hostile)).toBe('/');
		}
	});
});
