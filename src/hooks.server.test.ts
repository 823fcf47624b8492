import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleError } from './hooks.server';

function eventFor(locale: 'en' | 'hi'): RequestEvent {
	return {
		locals: { locale },
		request: new Request('http://localhost/cities'),
		url: new URL('http://localhost/cities')
	} as unknown as RequestEvent;
}

afterEach(() => vi.restoreAllMocks());

describe('handleError', () => {
	it('logs an unexpected error once with an id and shows the user only that id', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const result = await handleError({
			error: new Error('connection refused: secret detail'),
			event: eventFor('hi'),
			status: 500,
			message: 'Internal Error'
		});
		expect(log).toHaveBeenCalledTimes(1);
		const id = result?.errorId;
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(String(log.mock.calls[0][0])).toContain(id);
		expect(result?.message).toBe('कुछ गड़बड़ हो गई');
		expect(JSON.stringify(result)).not.toContain('secret detail');
	});

	it('does not log a page that was simply not found', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const result = await handleError({
			error: new Error('Not found: /nope'),
			event: eventFor('en'),
			status: 404,
			message: 'Not Found'
		});
		expect(log).not.toHaveBeenCalled();
		expect(result).toEqual({ message: 'Page not found' });
	});
});
