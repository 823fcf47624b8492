// The HTTP client CitySetu gives meilisearch-js, and how to tell Meilisearch being unreachable
// from Meilisearch answering no. Node's fetch sends a request's headers and body in two writes,
// and on a kept-alive connection Meilisearch then answers about 40 ms late (a delayed
// acknowledgement): most of a search's time. node:http sends both in one write.
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
	if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
	const transport = url.protocol === 'https:' ? https : http;
	const { status, text } = await new Promise<{ status: number; text: string }>(
		(resolve, reject) => {
			const request = transport.request(
				url,
				{
					method: init.method ?? 'GET',
					headers,
					agent: agents[url.protocol],
					signal: init.signal ?? undefined
				},
				(response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('end', () =>
						resolve({
							status: response.statusCode ?? 0,
							text: Buffer.concat(chunks).toString('utf8')
						})
					);
					response.on('error', reject);
				}
			);
			request.on('error', reject);
			request.end(body);
		}
	);
	const parsed = text === '' ? undefined : JSON.parse(text);
	if (status < 200 || status >= 300) {
		throw new MeilisearchApiError(new Response(text, { status }), parsed);
	}
	return parsed;
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
