// Serves the built app over plain HTTP on this machine (what `npm start` and the browser tests
// run). adapter-node assumes https when it cannot tell the protocol, which would make
// SvelteKit's CSRF check refuse every form posted to http://localhost. This server knows it
// speaks plain HTTP and says so in a header of its own that it always overwrites, so clients
// cannot spoof it. Behind a TLS proxy in production, run `node build` with ORIGIN instead.
//
// It also compresses what the app renders (HTML, JSON, CSV) for clients that accept it: an
// officer on a district-office line gets the programme map in about a fifth of its size. Built
// files are already precompressed and served as such; a proxy in front may compress instead.
// A compressed answer is another representation, so its strong ETag gets the coding as a suffix
// (`-br`, `-gzip`, as Apache does); the app matches either form in If-None-Match.
import compression from 'compression';
import http from 'node:http';
import { buildEntry } from './lib/build.js';

const PROTOCOL = 'x-citysetu-protocol';
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER) process.env.PROTOCOL_HEADER = PROTOCOL;
const { handler } = await import(new URL('handler.js', `file://${buildEntry()}`).href);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const compress = compression();
const server = http.createServer((req, res) => {
	if (process.env.PROTOCOL_HEADER === PROTOCOL) req.headers[PROTOCOL] = 'http';
	// Wrapped before compression wraps it, so this runs once compression has chosen the encoding.
	const writeHead = res.writeHead;
	res.writeHead = function (...args) {
		const etag = res.getHeader('etag');
		const coding = res.getHeader('content-encoding');
		// A 304 carries the tag the client sent, already with its coding.
		const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
		if (
			status !== 304 &&
			typeof coding === 'string' &&
			/^[a-z]+$/.test(coding) &&
			/^"[^"]+"$/.test(String(etag))
		) {
			res.setHeader('etag', `${String(etag).slice(0, -1)}-${coding}"`);
		}
		return writeHead.apply(this, args);
	};
	compress(req, res, () => handler(req, res));
});
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

function close() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', close);
process.on('SIGINT', close);
