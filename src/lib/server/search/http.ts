// The HTTP client CitySetu gives meilisearch-js, the request path's own search call, and how to
// tell Meilisearch being unreachable from Meilisearch answering no. Node's fetch sends a request's
// headers and body in two writes, and on a kept-alive connection Meilisearch then answers about
// 40 ms late (a delayed acknowledgement): most of a search's time. node:http sends both in one
// write.
// Plain TypeScript with no SvelteKit imports, so scripts can use it too.
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

const agents: Record<string, http.Agent> = {
	'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
	'https:': new https.Agent({ keepAlive: true, maxSockets: 64 })
};

export async function meiliHttpClient(
	input: string | URL | Request,
	init: RequestInit = {}
): Promise<unknown> {
	const url = new URL(input instanceof Request ? input.url : input);
	const body =
		init.body === undefined || init.body === null
			? undefined
			: typeof init.body === 'string'
				? init.body
				: String(init.body);
	const headers: Record<string, string> = {};
	new Headers(init.headers).forEach((value, name) => {
		headers[name] = value;
	});
	return answer(await send(url, init.method ?? 'GET', headers, body, { signal: init.signal }));
}

/**
 * A search, without meilisearch-js: the request path's one call to Meilisearch, made for every
 * uncached search. The client's own layers (its URL, Headers and Request objects, and a timeout
 * signal that raises a DOMException half a second after every search, long answered) cost the
 * app 0.12 ms of CPU per search: 0.97 ms per uncached `/api/v1/search` fell to 0.85 without
 * them (450 searches a second, BENCHMARKS.md). On two cores that CPU is taken from Meilisearch.
 * Here the URL is built once and the timeout is a timer cleared on the answer.
 */
export async function meiliSearchPost(
	url: URL,
	apiKey: string | undefined,
	body: string,
	timeoutMs: number
): Promise<unknown> {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (apiKey) headers.authorization = `Bearer ${apiKey}`;
	return answer(await send(url, 'POST', headers, body, { timeoutMs }));
}

/** Meilisearch's answer parsed, or its refusal as the error meilisearch-js would throw. */
function answer({ status, text }: { status: number; text: string }): unknown {
	const parsed = text === '' ? undefined : JSON.parse(text);
	if (status < 200 || status >= 300) {
		throw new MeilisearchApiError(new Response(text, { status }), parsed);
	}
	return parsed;
}

/** One request with its headers and body in one write, and the answer's status and text. */
function send(
	url: URL,
	method: string,
	headers: Record<string, string>,
	body: string | undefined,
	{ signal, timeoutMs }: { signal?: AbortSignal | null; timeoutMs?: number }
): Promise<{ status: number; text: string }> {
	if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
	const transport = url.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		let timer: NodeJS.Timeout | undefined;
		const request = transport.request(
			url,
			{ method, headers, agent: agents[url.protocol], signal: signal ?? undefined },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					clearTimeout(timer);
					resolve({
						status: response.statusCode ?? 0,
						text: Buffer.concat(chunks).toString('utf8')
					});
				});
				response.on('error', (error) => {
					clearTimeout(timer);
					reject(error);
				});
			}
		);
		request.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		if (timeoutMs !== undefined) {
			timer = setTimeout(() => {
				const error = new Error(`Meilisearch did not answer within ${timeoutMs} ms`);
				error.name = 'TimeoutError';
				request.destroy(error);
			}, timeoutMs);
		}
		request.end(body);
	});
}

/** Whether an error means Meilisearch could not be reached at all (down, refusing, timing out). */
export function isUnreachable(error: unknown): boolean {
	// An answer from Meilisearch (a refused document, a missing index) is not unreachability,
	// however deep in the chain of causes it sits.
	const chain: unknown[] = [];
	for (let e: unknown = error; e && chain.length < 5; e = (e as { cause?: unknown }).cause) {
		chain.push(e);
	}
	if (chain.some((e) => (e as Error).name === 'MeilisearchApiError')) return false;
	const text = chain
		.map(
			(e) =>
				`${(e as Error).name ?? ''} ${(e as Error).message ?? ''} ${(e as { code?: string }).code ?? ''}`
		)
		.join(' ');
	return /MeilisearchRequestError|MeilisearchRequestTimeOutError|fetch failed|ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|timed? ?out|Timeout|Abort/i.test(
		text
	);
}
