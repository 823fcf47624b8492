import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { isUnreachable } from './http';

describe('isUnreachable', () => {
	it('recognises a refused or timed-out connection', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), {
			code: 'ECONNREFUSED'
		});
		expect(isUnreachable(new MeilisearchRequestError('http://127.0.0.1:7700', refused))).toBe(true);
		expect(isUnreachable(new DOMException('The operation was aborted', 'AbortError'))).toBe(true);
	});

	it('does not mistake an answer from Meilisearch for an outage', () => {
		const answer = new MeilisearchApiError(new Response('', { status: 400 }), {
			message: 'Attribute `slug` is not filterable',
			code: 'invalid_search_filter',
			type: 'invalid_request',
			link: ''
		});
		expect(isUnreachable(answer)).toBe(false);
		expect(isUnreachable(new MeilisearchRequestError('http://x', answer))).toBe(false);
		expect(isUnreachable(new Error('practices: permission denied'))).toBe(false);
	});
});
