import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, HSTS, isWriteMethod } from './security-headers';

describe('applySecurityHeaders', () => {
	it('sends Strict-Transport-Security over HTTPS only', () => {
		const https = new Headers();
		applySecurityHeaders(https, true);
		expect(https.get('strict-transport-security')).toBe(HSTS);
		expect(HSTS).toMatch(/max-age=31536000/);
		const plain = new Headers();
		applySecurityHeaders(plain, false);
		expect(plain.has('strict-transport-security')).toBe(false);
		expect(plain.get('x-frame-options')).toBe('DENY');
	});

	it('keeps a page’s own Content-Security-Policy', () => {
		const headers = new Headers({ 'content-security-policy': "default-src 'self'" });
		applySecurityHeaders(headers, false);
		expect(headers.get('content-security-policy')).toBe("default-src 'self'");
	});
});

describe('isWriteMethod', () => {
	it('counts everything but GET, HEAD and OPTIONS as a write', () => {
		for (const method of ['POST', 'PATCH', 'PUT', 'DELETE', 'post']) {
			expect(isWriteMethod(method)).toBe(true);
		}
		for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(isWriteMethod(method)).toBe(false);
	});
});
