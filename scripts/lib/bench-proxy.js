// The least any web server in front of Meilisearch can do: take `GET /?q=…`, send Meilisearch
// the app's own search for it (one write, on a kept-alive connection, as the app does) and pass
// the answer's bytes back untouched. The bench loads it beside the app, in a process of its own,
// so its CPU per search can be read from /proc: what it reaches of Meilisearch asked directly is
// the most a server in Node can reach on this machine, before any work of its own.
//
// `GET /fixed` answers the bytes of its first search again without asking Meilisearch: its CPU,
// at the same rate, is the serving side alone, and the search's less it the client's side.
//
// Run as `node bench-proxy.js` with BENCH_PROXY_TARGET (Meilisearch's search URL),
// BENCH_PROXY_KEY (a search key) and BENCH_PROXY_PARAMS (the JSON of the app's search parameters
// without `q`). It prints the port it listens on (127.0.0.1) once ready.
import http from 'node:http';

const target = new URL(process.env.BENCH_PROXY_TARGET ?? '');
const params = JSON.parse(process.env.BENCH_PROXY_PARAMS ?? '{}');
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const authorization = `Bearer ${process.env.BENCH_PROXY_KEY ?? ''}`;

/** The first answer Meilisearch gave, for `/fixed` (kept once, so searches pay nothing for it). */
let first = null;

const server = http.createServer((req, res) => {
	if (req.url === '/fixed') {
		// Chunked, as the searches' answers are passed on.
		res.writeHead(200, { 'content-type': 'application/json' });
		res.write(first ?? '{}');
		res.end();
		return;
	}
	const q = new URL(req.url ?? '/', 'http://proxy').searchParams.get('q') ?? '';
	const body = JSON.stringify({ q, ...params });
	const upstream = http.request(
		target,
		{
			method: 'POST',
			agent,
			headers: {
				'content-type': 'application/json',
				'content-length': Buffer.byteLength(body),
				authorization
			}
		},
		(answer) => {
			res.writeHead(answer.statusCode ?? 502, {
				'content-type': answer.headers['content-type'] ?? 'application/json'
			});
			if (first === null && answer.statusCode === 200) {
				const chunks = [];
				answer.on('data', (chunk) => chunks.push(chunk));
				answer.on('end', () => (first = Buffer.concat(chunks)));
			}
			answer.pipe(res);
		}
	);
	upstream.on('error', () => {
		res.writeHead(502).end();
	});
	upstream.end(body);
});
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	console.log(String(typeof address === 'object' && address ? address.port : ''));
});
process.on('SIGTERM', () => process.exit(0));
