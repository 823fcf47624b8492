import { describe, expect, it } from 'vitest';
import { toBarePostgrestUrl } from './supabase';

describe('toBarePostgrestUrl', () => {
	it('strips the /rest/v1 prefix supabase-js adds, keeping path and query', () => {
		expect(
			toBarePostgrestUrl(
				'http://127.0.0.1:5000/rest/v1/cities?select=slug',
				'http://127.0.0.1:5000'
			)
		).toBe('http://127.0.0.1:5000/cities?select=slug');
		expect(
			toBarePostgrestUrl(
				'http://127.0.0.1:5000/rest/v1/rpc/programme_headlines',
				'http://127.0.0.1:5000/'
			)
		).toBe('http://127.0.0.1:5000/rpc/programme_headlines');
	});

	it('leaves other URLs alone', () => {
		expect(toBarePostgrestUrl('http://127.0.0.1:5000/cities', 'http://127.0.0.1:5000')).toBe(
			'http://127.0.0.1:5000/cities'
		);
		expect(toBarePostgrestUrl('http://other/rest/v1/cities', 'http://127.0.0.1:5000')).toBe(
			'http://other/rest/v1/cities'
		);
	});
});
