import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleError } from './hooks.server';

function eventFor(locale: 'en' | 'hi', path = '/cities', method = 'GET'): RequestEvent {
	const partial: Partial<RequestEvent> = {
		locals: { locale, display: { textSize: 0, highContrast: false }, user: null, session: null },
		request: new Request(`http://localhost${path}`, { method }),
		url: new URL(`http://localhost${path}`)
	};
	return partial as RequestEvent;
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
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const result = await handleError({
			error: new Error('Not found: /nope'),
			event: eventFor('en'),
			status: 404,
			message: 'Not Found'
		});
		expect(log).not.toHaveBeenCalled();
		expect(warn).not.toHaveBeenCalled();
		expect(result).toEqual({ message: 'Page not found' });
	});

	it('logs a refusal such as a 415 as one short line, without a stack', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const result = await handleError({
			error: new Error('Form actions expect form-encoded data'),
			event: eventFor('en', '/practices/new', 'POST'),
			status: 415,
			message: 'Unsupported Media Type'
		});
		expect(result).toEqual({ message: 'Unsupported Media Type' });
		expect(log).not.toHaveBeenCalled();
		expect(warn.mock.calls).toEqual([['415 POST /practices/new']]);
	});
});
