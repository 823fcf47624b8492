// `npm run bench`: load-tests the app's main pages on a throwaway local stack and, in the same
// run, a bare Node HTTP server returning a fixed page of the same size, so the ratio shows
// what the platform itself costs. Then search: generates 10,000 practices, times their indexing,
// and loads /api/v1/search beside the same queries sent straight to Meilisearch. Everything
// stays on 127.0.0.1, bounded in time. Then the programme reach dashboard: generated activity at
// the scale of the whole Mission, its page and JSON API under load, and public pages on a slow line
// in Chromium. BENCH_STAGES=pages,search,programme picks the stages (all by default).
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { Meilisearch } from 'meilisearch';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { searchRequest } from '../src/lib/server/search/documents.ts';
import { meiliHttpClient } from '../src/lib/server/search/http.ts';
import { rebuildIndex } from '../src/lib/server/search/indexer.ts';
import { createSupabase } from '../src/lib/server/supabase.ts';
import { binDir, buildIsStale } from './lib/build.js';
import { generateActivity } from './lib/generate-activity.js';
import { benchQueries, generatePractices } from './lib/generate.js';
import { run } from './lib/process.js';
import { startStack } from './stack/index.js';
import { createLogger } from './stack/log.js';
import { HOST, freePort, waitFor } from './stack/ports.js';
import { supervise } from './stack/supervisor.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 10_000);
const STAGES = new Set((process.env.BENCH_STAGES ?? 'pages,search,programme').split(','));
// Each page's slow-line figures are the median of this many fresh loads.
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
const targets = ['/cities', '/cities/rajkot'];

/** The q-th percentile (0–100) of sorted values, by the nearest-rank method. */
function percentile(sorted, q) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)];
}

/** Loads one URL; every response time is kept so percentiles are exact, not bucketed. */
function load(url, options = {}) {
	const times = [];
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{ url, connections: CONNECTIONS, duration: DURATION_S, ...options },
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

/** Prints rows of `summary()` as a table, with each row's ratio to the first. */
function table(rows, ratioName) {
	console.log(`| target | req/s | p50 ms | p95 ms | p99 ms | errors | ${ratioName} |`);
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) {
		const ratio = (row.rps / rows[0].rps).toFixed(3);
		console.log(
			`| ${row.name} | ${row.rps} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${ratio} |`
		);
	}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Loads a page in a fresh Chromium context on an emulated slow line (1.6 Mbit/s down, 750 kbit/s
 * up, 150 ms round trip, no cache), as a district office's connection. Returns its largest
 * contentful paint (ms) and the bytes it transferred, headers included, until the network is idle.
 */
async function slowLoad(browser, url) {
	const context = await browser.newContext({ locale: 'en-IN' });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 150,
			downloadThroughput: (1.6e6 / 8) | 0,
			uploadThroughput: (750e3 / 8) | 0
		});
		let bytes = 0;
		cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
		const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
		const lcp = await page.evaluate(
			() =>
				new Promise((resolve) => {
					new PerformanceObserver((list) =>
						resolve(list.getEntries().at(-1)?.startTime ?? null)
					).observe({
						type: 'largest-contentful-paint',
						buffered: true
					});
					setTimeout(() => resolve(null), 5000);
				})
		);
		return { lcp, bytes };
	} finally {
		await context.close();
	}
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-bench-'));
const stack = await startStack({ dataDir, env: {}, quiet: true });
let app;
let appUrl;
let bare;
try {
	if (buildIsStale()) {
		console.log('building the app…');
		if ((await run(path.join(binDir, 'vite'), ['build', '--logLevel', 'warn']).done) !== 0) {
			throw new Error('build failed');
		}
	}
	// Search data: generated practices, indexed the way `npm run reindex` does it.
	const db = createSupabase({
		url: stack.env.SUPABASE_URL,
		key: stack.env.SUPABASE_SERVICE_ROLE_KEY,
		barePostgrest: true
	});
	const { data: cities, error } = await db.from('cities').select('id, name');
	if (error) throw new Error(error.message);
	console.log(`generating ${PRACTICES} practices…`);
	const generated = generatePractices(PRACTICES, cities);
	for (let i = 0; i < generated.length; i += 1000) {
		const inserted = await db.from('practices').insert(generated.slice(i, i + 1000));
		if (inserted.error) throw new Error(inserted.error.message);
	}
	const meili = new Meilisearch({
		host: stack.env.MEILISEARCH_URL,
		apiKey: stack.env.MEILISEARCH_INDEX_KEY,
		httpClient: meiliHttpClient
	});
	const indexStart = performance.now();
	const documents = await rebuildIndex(db, meili, {
		onProgress: ({ indexed, total }) => process.stdout.write(`\rindexing ${indexed} of ${total}`)
	});
	const indexSeconds = (performance.now() - indexStart) / 1000;
	process.stdout.write('\n');
	// The outbox rows the inserts queued are already in the rebuilt index.
	await db.from('search_outbox').update({ status: 'done' }).eq('status', 'pending');

	/**
	 * Serves the built app; the index is complete, so its worker would only add noise. The
	 * benchmark loads search from one address, so the per-address search limit is lifted.
	 */
	const startApp = async (extraEnv = {}) => {
		const appPort = await freePort();
		const service = supervise({
			name: 'app',
			command: process.execPath,
			args: [path.join(import.meta.dirname, 'serve.js')],
			env: {
				...process.env,
				...stack.env,
				PORT: String(appPort),
				HOST,
				SEARCH_WORKER: '0',
				SEARCH_RATE_LIMIT: '0',
				...extraEnv
			},
			log: createLogger('app', { quiet: true })
		});
		service.start();
		const url = `http://${HOST}:${appPort}`;
		await waitFor(async () => (await fetch(`${url}/health`)).ok, { what: 'the app' });
		return { service, url };
	};
	({ service: app, url: appUrl } = await startApp());

	const verdict = (ok) => (ok ? 'met' : 'NOT met');
	console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each, on ${os.cpus().length} cores\n`);
	if (STAGES.has('pages')) {
		// The bare server answers with the real /cities page, captured once, as a fixed string.
		const page = await (await fetch(`${appUrl}/cities`)).text();
		const barePort = await freePort();
		bare = http.createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(page);
		});
		await new Promise((resolve) => bare.listen(barePort, HOST, resolve));
		const rows = [summary('bare node (fixed page)', await load(`http://${HOST}:${barePort}/`))];
		for (const target of targets) {
			await load(`${appUrl}${target}`).then(() => {}); // warm-up pass, discarded
			rows.push(summary(`app ${target}`, await load(`${appUrl}${target}`)));
		}
		table(rows, 'app/bare');
	}

	if (STAGES.has('programme')) {
		// The whole Mission's scale: every city engaged, the demo mentors leading mentorships
		// with all 96 other cities, adoptions of the generated practices.
		const start = performance.now();
		const practices = [];
		for (let from = 0; ; from += 1000) {
			const { data, error } = await db
				.from('practices')
				.select('id, city_id')
				.eq('status', 'published')
				.order('id')
				.range(from, from + 999);
			if (error) throw new Error(error.message);
			practices.push(...data);
			if (data.length < 1000) break;
		}
		const activity = await generateActivity(db, {
			mentorships: 300,
			sessions: 5000,
			adoptions: 2000,
			waiting: 10,
			seed: 2026,
			practices,
			leadRunning: true,
			databaseUrl: stack.env.DATABASE_URL
		});
		console.log(
			`\nProgramme: generated ${activity.mentorships} mentorships, ${activity.sessions} sessions, ` +
				`${activity.action_items} action items, ${activity.adoptions} adoptions ` +
				`(${activity.steps} steps) in ${((performance.now() - start) / 1000).toFixed(1)} s\n`
		);
		// Until the dashboard exists, the harness runs against the cities directory instead.
		const exists = async (target) => (await fetch(`${appUrl}${target}`)).status === 200;
		const programmeTargets = [];
		for (const target of ['/programme', '/api/v1/programme/reach']) {
			if (await exists(target)) programmeTargets.push(target);
			else console.log(`${target} does not answer 200 yet: left out`);
		}
		if (!programmeTargets.length) programmeTargets.push('/cities');
		const rows = [];
		for (const target of programmeTargets) {
			await load(`${appUrl}${target}`).then(() => {}); // warm-up pass, discarded
			rows.push(summary(`app ${target}`, await load(`${appUrl}${target}`)));
		}
		// The same with the panels' cache off: every request reads every panel from Postgres.
		await app.stop();
		({ service: app, url: appUrl } = await startApp({ REACH_CACHE_SECONDS: '0' }));
		for (const target of programmeTargets) {
			await load(`${appUrl}${target}`).then(() => {}); // warm-up pass, discarded
			rows.push(summary(`app ${target} (cache off)`, await load(`${appUrl}${target}`)));
		}
		await app.stop();
		({ service: app, url: appUrl } = await startApp());
		table(rows, 'ratio');

		// The slow line: a fresh browser context per load, so nothing comes from a cache.
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--no-sandbox']
		});
		const slow = [];
		try {
			for (const target of [...new Set([programmeTargets[0], '/', '/cities', '/practices'])]) {
				const runs = [];
				for (let i = 0; i < SLOW_RUNS; i++) {
					runs.push(await slowLoad(browser, `${appUrl}${target}`));
				}
				slow.push({
					target,
					lcp: median(runs.map((r) => r.lcp ?? Infinity)),
					kib: median(runs.map((r) => r.bytes)) / 1024
				});
			}
		} finally {
			await browser.close();
		}
		console.log(
			`\nSlow line (1.6 Mbit/s down, 750 kbit/s up, 150 ms, no cache; median of ${SLOW_RUNS})\n`
		);
		console.log('| page | LCP ms | transferred KiB |');
		console.log('| --- | ---: | ---: |');
		for (const row of slow) {
			console.log(`| ${row.target} | ${row.lcp.toFixed(0)} | ${row.kib.toFixed(1)} |`);
		}
		const main = rows[0];
		const mainSlow = slow[0];
		console.log(
			`\ntargets (${main.name.replace('app ', '')}): p95 ≤ 300 ms ${verdict(Number(main.p95) <= 300)}; ` +
				`LCP ≤ 2 s ${verdict(mainSlow.lcp <= 2000)}; under 250 KiB ${verdict(mainSlow.kib < 250)}`
		);
	}

	if (STAGES.has('search')) {
		// Search: the same queries through the app's API and straight to Meilisearch, each request
		// taking the next query in turn.
		const apiRequests = benchQueries.map((q) => ({
			method: 'GET',
			path: `/api/v1/search?q=${encodeURIComponent(q)}`
		}));
		const meiliRequests = benchQueries.map((q) => ({
			method: 'POST',
			path: '/indexes/citysetu/search',
			headers: {
				'content-type': 'application/json',
				authorization: `Bearer ${stack.env.MEILISEARCH_SEARCH_KEY}`
			},
			body: JSON.stringify({ q, ...searchRequest({ filter: [], offset: 0, limit: 10 }) })
		}));
		const sample = await (await fetch(`${appUrl}${apiRequests[0].path}`)).json();
		if (sample.engine !== 'meilisearch') throw new Error(`search answered from ${sample.engine}`);
		const direct = summary(
			'Meilisearch directly',
			await load(stack.env.MEILISEARCH_URL, { requests: meiliRequests })
		);
		await load(appUrl, { requests: apiRequests }); // warm-up pass, discarded
		const api = summary(
			'app /api/v1/search (answer cache on)',
			await load(appUrl, { requests: apiRequests })
		);
		// The same again with the app's answer cache off: every request goes to Meilisearch.
		await app.stop();
		({ service: app, url: appUrl } = await startApp({ SEARCH_CACHE: '0' }));
		await load(appUrl, { requests: apiRequests }); // warm-up pass, discarded
		const uncached = summary(
			'app /api/v1/search (cache off)',
			await load(appUrl, { requests: apiRequests })
		);
		console.log(
			`\nSearch: ${documents} documents (${PRACTICES} generated practices) indexed in ${indexSeconds.toFixed(1)} s\n`
		);
		table([direct, api, uncached], 'app/direct');
		console.log(
			`\ntargets: indexing under 60 s ${verdict(indexSeconds < 60)}; ` +
				`/api/v1/search p95 under 30 ms ${verdict(Number(api.p95) < 30)} with the cache, ` +
				`${verdict(Number(uncached.p95) < 30)} without`
		);
	}
} finally {
	bare?.close();
	await app?.stop();
	await stack.stop();
	fs.rmSync(dataDir, { recursive: true, force: true });
}
