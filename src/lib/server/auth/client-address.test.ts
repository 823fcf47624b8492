import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
	it('is the address adapter-node reports', () => {
		expect(clientAddress(() => '203.0.113.7')).toBe('203.0.113.7');
	});

	it('is `unknown` instead of an error when the proxy header is missing', () => {
		// What adapter-node throws when ADDRESS_HEADER is set but absent from the request.
		const missing = () => {
			throw new Error(
				'Address header was specified with ADDRESS_HEADER=x-forwarded-for but is absent from request'
			);
		};
		expect(clientAddress(missing)).toBe('unknown');
		expect(clientAddress(() => '')).toBe('unknown');
	});
});
