import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiKeys, signJwt } from './keys.js';

const decode = (part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

describe('signJwt', () => {
	it('produces an HS256 token whose signature verifies with the secret', () => {
		const token = signJwt({ role: 'anon' }, 'secret-1');
		const [header, body, signature] = token.split('.');
		expect(decode(header)).toEqual({ alg: 'HS256', typ: 'JWT' });
		expect(decode(body)).toEqual({ role: 'anon' });
		const expected = createHmac('sha256', 'secret-1')
			.update(`${header}.${body}`)
			.digest('base64url');
		expect(signature).toBe(expected);
		expect(signJwt({ role: 'anon' }, 'secret-2').split('.')[2]).not.toBe(signature);
	});

	it('signs the anon and service-role keys with their roles', () => {
		const { anonKey, serviceRoleKey } = apiKeys('s');
		expect(decode(anonKey.split('.')[1]).role).toBe('anon');
		expect(decode(serviceRoleKey.split('.')[1]).role).toBe('service_role');
		expect(decode(anonKey.split('.')[1]).exp).toBeGreaterThan(Date.now() / 1000);
	});
});
