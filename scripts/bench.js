// `npm run bench`: load-tests the app's main pages on a throwaway local stack and, in the same
// run, a bare Node HTTP server returning a fixed page of the same size, so the ratio shows
// what the platform itself costs. Everything stays on 127.0.0.1, bounded in time.
import autocannon from 'autocannon';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { binDir, buildIsStale } from './lib/build.js';
import { run } from './lib/process.js';
import { startStack } from './stack/index.js';
import { createLogger } from './stack/log.js';
import { HOST, freePort, waitFor } from './stack/ports.js';
import { supervise } from './stack/supervisor.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const targets = ['/cities', '/cities/rajkot'];

/** The q-th percentile (0–100) of sorted values, by the nearest-rank method. */
function percentile(sorted, q) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)];
}

/** Loads one URL; every response time is kept so percentiles are exact, not bucketed. */
function load(url) {
	const times = [];
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{ url, connections: CONNECTIONS, duration: DURATION_S },
			(error, result) =>
				error ? reject(error) : resolve({ result, times: times.sort((a, b) => a - b) })
		);
		instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
	});
}

function summary(name, { result, times }) {
	const ms = (value) => value.toFixed(2);
	return {
		name,
		rps: Math.round(result.requests.average),
		p50: ms(percentile(times, 50)),
		p95: ms(percentile(times, 95)),
		p99: ms(percentile(times, 99)),
		errors: result.errors + result.non2xx
	};
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-bench-'));
const stack = await startStack({ dataDir, env: {}, quiet: true });
let app;
let bare;
try {
	if (buildIsStale()) {
		console.log('building the app…');
		if ((await run(path.join(binDir, 'vite'), ['build', '--logLevel', 'warn']).done) !== 0) {
			throw new Error('build failed');
		}
	}
	const appPort = await freePort();
	app = supervise({
		name: 'app',
		command: process.execPath,
		args: [path.join(import.meta.dirname, 'serve.js')],
		env: { ...process.env, ...stack.env, PORT: String(appPort), HOST },
		log: createLogger('app', { quiet: true })
	});
	app.start();
	const appUrl = `http://${HOST}:${appPort}`;
	await waitFor(async () => (await fetch(`${appUrl}/health`)).ok, { what: 'the app' });

	// The bare server answers with the real /cities page, captured once, as a fixed string.
	const page = await (await fetch(`${appUrl}/cities`)).text();
	const barePort = await freePort();
	bare = http.createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(page);
	});
	await new Promise((resolve) => bare.listen(barePort, HOST, resolve));

	console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each, on ${os.cpus().length} cores\n`);
	const rows = [summary('bare node (fixed page)', await load(`http://${HOST}:${barePort}/`))];
	for (const target of targets) {
		await load(`${appUrl}${target}`).then(() => {}); // warm-up pass, discarded
		rows.push(summary(`app ${target}`, await load(`${appUrl}${target}`)));
	}
	const baseline = rows[0].rps;
	console.log('| target | req/s | p50 ms | p95 ms | p99 ms | errors | app/bare |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) {
		const ratio = (row.rps / baseline).toFixed(3);
		console.log(
			`| ${row.name} | ${row.rps} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${ratio} |`
		);
	}
} finally {
	bare?.close();
	await app?.stop();
	await stack.stop();
	fs.rmSync(dataDir, { recursive: true, force: true });
}
