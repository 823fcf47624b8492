import { describe, expect, it } from 'vitest';
import {
	deleteSessionCookie,
	readSessionCookie,
	sessionCookieName,
	setSessionCookie
} from './cookies';

function jar(initial: Record<string, string> = {}) {
	const values = new Map(Object.entries(initial));
	const log: { op: string; name: string; options: object }[] = [];
	return {
		values,
		log,
		get: (name: string) => values.get(name),
		set: (name: string, value: string, options: object) => {
			values.set(name, value);
			log.push({ op: 'set', name, options });
		},
		delete: (name: string, options: object) => {
			values.delete(name);
			log.push({ op: 'delete', name, options });
		}
	};
}

describe('the session cookie', () => {
	it('is __Host-session over HTTPS and session on plain HTTP', () => {
		expect(sessionCookieName(true)).toBe('__Host-session');
		expect(sessionCookieName(false)).toBe('session');
		const https = jar();
		setSessionCookie(https, 'tok', new Date(Date.now() + 1000), true);
		expect(https.log[0]).toMatchObject({
			name: '__Host-session',
			options: { secure: true, path: '/', httpOnly: true, sameSite: 'lax' }
		});
		expect(https.log[0].options).not.toHaveProperty('domain');
		const http = jar();
		setSessionCookie(http, 'tok', new Date(Date.now() + 1000), false);
		expect(http.log[0]).toMatchObject({ name: 'session', options: { secure: false } });
	});

	it('is still read under the old name over HTTPS, marked for moving', () => {
		expect(readSessionCookie(jar({ session: 'old' }), true)).toEqual({
			token: 'old',
			legacy: true
		});
		expect(readSessionCookie(jar({ '__Host-session': 'new', session: 'old' }), true)).toEqual({
			token: 'new',
			legacy: false
		});
		expect(readSessionCookie(jar({ session: 'plain' }), false)).toEqual({
			token: 'plain',
			legacy: false
		});
		// Plain HTTP never reads a __Host- cookie (the browser would not have sent one).
		expect(readSessionCookie(jar({ '__Host-session': 'x' }), false)).toBeNull();
	});

	it('is deleted under both names when signing out over HTTPS', () => {
		const cookies = jar({ '__Host-session': 'new', session: 'old' });
		deleteSessionCookie(cookies, true);
		expect(cookies.values.size).toBe(0);
	});
});
