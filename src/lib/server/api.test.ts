import { describe, expect, it } from 'vitest';
import { apiError, asApiError, badRequest, rememberErrorId } from './api';

const request = () => new Request('http://localhost/api/v1/practices', { method: 'POST' });

describe('asApiError', () => {
	it("rewrites SvelteKit's HTML error page as the API's JSON", async () => {
		const page = new Response('<!doctype html><h1>401</h1>', {
			status: 401,
			headers: { 'content-type': 'text/html', 'x-frame-options': 'DENY' }
		});
		const answer = await asApiError(request(), page);
		expect(answer.status).toBe(401);
		expect(answer.headers.get('content-type')).toContain('application/json');
		expect(answer.headers.get('x-frame-options')).toBe('DENY');
		expect(await answer.json()).toEqual({
			error: 'unauthorized',
			message: 'Sign in or send an API token.'
		});
	});

	it('keeps the message of an expected error and headers such as Allow', async () => {
		const json = new Response(JSON.stringify({ message: 'Not allowed.' }), {
			status: 403,
			headers: { 'content-type': 'application/json' }
		});
		expect(await (await asApiError(request(), json)).json()).toEqual({
			error: 'forbidden',
			message: 'Not allowed.'
		});
		const text = new Response('DELETE method not allowed', {
			status: 405,
			headers: { 'content-type': 'text/plain', allow: 'GET' }
		});
		const answer = await asApiError(request(), text);
		expect(answer.headers.get('allow')).toBe('GET');
		expect((await answer.json()).error).toBe('method_not_allowed');
	});

	it('never passes on the cause of a 5xx, only the id it was logged under', async () => {
		const failed = request();
		rememberErrorId(failed, 'a1b2c3');
		const leaky = new Response(
			JSON.stringify({
				message:
					'new row for relation "practices" violates check constraint "practices_title_check"'
			}),
			{ status: 500, headers: { 'content-type': 'application/json' } }
		);
		const body = await (await asApiError(failed, leaky)).json();
		expect(body).toEqual({
			error: 'internal_error',
			message: 'Something went wrong on our side. Quote the error id if you report it.',
			error_id: 'a1b2c3'
		});
	});

	it('passes answers already in the API shape unchanged', async () => {
		const own = badRequest({ zone: 'zone must be one of: northern' });
		expect(await asApiError(request(), own)).toBe(own);
		expect(await own.json()).toEqual({
			error: 'invalid_request',
			message: 'Not valid: zone.',
			errors: { zone: 'zone must be one of: northern' }
		});
		expect(apiError(415).status).toBe(415);
	});
});
