import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnreachable, meiliSearchPost } from './http';

describe('meiliSearchPost', () => {
	// A stand-in for Meilisearch's search endpoint that answers by the query it is sent: the
	// test is of the client's side (the request, the timeout, errors), not of Meilisearch.
	const seen: { body: string; authorization?: string }[] = [];
	let server: http.Server;
	let url: URL;
	beforeAll(async () => {
		server = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk: Buffer) => {
				body += chunk.toString('utf8');
			});
			req.on('end', () => {
				seen.push({ body, authorization: req.headers.authorization });
				const { q } = JSON.parse(body) as { q: string };
				if (q === 'never') return; // keeps the request waiting
				if (q === 'refused') {
					res.writeHead(400, { 'content-type': 'application/json' });
					res.end(JSON.stringify({ message: 'bad filter', code: 'invalid_search_filter' }));
					return;
				}
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ hits: [{ title: `पुस्तकालय ${q}` }], query: q }));
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/indexes/x/search`);
	});
	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});

	it('sends the search with the key and parses the answer, whatever its script', async () => {
		const answer = await meiliSearchPost(url, 'search-key', JSON.stringify({ q: 'library' }), 1000);
		expect(answer).toEqual({ hits: [{ title: 'पुस्तकालय library' }], query: 'library' });
		expect(seen.at(-1)).toEqual({ body: '{"q":"library"}', authorization: 'Bearer search-key' });
	});

	it('leaves no timer behind once answered', async () => {
		const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
		const before = timers();
		await meiliSearchPost(url, 'k', JSON.stringify({ q: 'x' }), 60_000);
		expect(timers()).toBe(before);
	});

	it('throws Meilisearch’s refusal as an answer, not as an outage', async () => {
		const error = await meiliSearchPost(
			url,
			undefined,
			JSON.stringify({ q: 'refused' }),
			1000
		).then(
			() => null,
			(e: unknown) => e
		);
		expect((error as Error).name).toBe('MeilisearchApiError');
		expect((error as { cause?: { code?: string } }).cause?.code).toBe('invalid_search_filter');
		expect(isUnreachable(error)).toBe(false);
		expect(seen.at(-1)?.authorization).toBeUndefined();
	});

	it('gives up after its timeout, as an outage', async () => {
		const started = performance.now();
		const error = await meiliSearchPost(url, 'k', JSON.stringify({ q: 'never' }), 150).then(
			() => null,
			(e: unknown) => e
		);
		const took = performance.now() - started;
		expect((error as Error).name).toBe('TimeoutError');
		expect(isUnreachable(error)).toBe(true);
		expect(took).toBeGreaterThanOrEqual(140);
		expect(took).toBeLessThan(2000);
	});

	it('reports a refused connection as an outage', async () => {
		const closed = new URL(url);
		closed.port = '1';
		const error = await meiliSearchPost(closed, 'k', '{"q":"x"}', 1000).then(
			() => null,
			(e: unknown) => e
		);
		expect(isUnreachable(error)).toBe(true);
	});
});

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
