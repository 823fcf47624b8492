// `npm run bench`: load-tests the app on a throwaway local stack against references loaded in the
// same run, and ends with a table of every target, its figure and its verdict (issue 13's and the
// programme dashboard's). Everything stays on 127.0.0.1, bounded in time.
//
// The data grows in one database: generated practices are added up to each size of BENCH_SCALES
// (1,000, 10,000 and 100,000 by default) and the search index is rebuilt from Postgres at each,
// timed. At BENCH_PRACTICES (10,000) the main stages run:
// - pages: eight public pages, rendered for every request and then as the app ships (a repeated
//   anonymous request answered from memory), against a bare Node server returning a fixed page;
// - etag: a repeated anonymous request with If-None-Match, answered 304, against the same;
// - api: the public JSON GETs against PostgREST asked for the same data directly;
// - search: /api/v1/search with its answer cache on and off, against Meilisearch directly and a
//   bare Node proxy to it, and the app's floor (its cached answer at the rate it searches);
// - scale: at every size, search and the Rajkot city page, to show how cost grows;
// - programme (last, on the largest data): the reach dashboard, its API and the slow line.
// The app's resident memory is sampled throughout. BENCH_STAGES picks stages (all by default),
// BENCH_DURATION the seconds of each load (10), BENCH_WARMUP those of each warm-up pass (3).
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { Meilisearch } from 'meilisearch';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
	buildVocabulary,
	planAlternatives,
	planKeys,
	planQuery,
	soundKeysOf
} from '../src/lib/server/search/bridge.ts';
import { bridgeNeeded, meiliRequest, searchRequest } from '../src/lib/server/search/request.ts';
import { meiliHttpClient } from '../src/lib/server/search/http.ts';
import { rebuildIndex } from '../src/lib/server/search/indexer.ts';
import { createSupabase } from '../src/lib/server/supabase.ts';
import { apiReferences } from './lib/bench-api.js';
import { growPractices } from './lib/bench-data.js';
import { ceilingRatio, cpuMeter, findPid, floorCeiling } from './lib/bench-cpu.js';
import { sampleRss } from './lib/bench-memory.js';
import { median, ratio, seconds, summarise, table, targetBook } from './lib/bench-stats.js';
import { binDir, buildIsStale } from './lib/build.js';
import { heapArgs, heapEnv } from './lib/heap.js';
import { generateActivity } from './lib/generate-activity.js';
import { benchQueries } from './lib/generate.js';
import { run } from './lib/process.js';
import { startStack } from './stack/index.js';
import { createLogger } from './stack/log.js';
import { HOST, freePort, waitFor } from './stack/ports.js';
import { supervise } from './stack/supervisor.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? Math.min(3, DURATION_S));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 10_000);
const STAGES = new Set(
	(process.env.BENCH_STAGES ?? 'pages,etag,api,search,scale,programme').split(',')
);
const SCALES = STAGES.has('scale')
	? (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number)
	: [];
// Each page's slow-line figures are the median of this many fresh loads.
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
const CITY = 'rajkot';
// A generated practice: it exists from the first thousand on.
const PRACTICE = 'bench-1';
const SEARCH_PAGE_QUERY = benchQueries[0];
const pages = [
	'/',
	'/cities',
	`/cities/${CITY}`,
	'/practices',
	`/practices/${PRACTICE}`,
	`/search?q=${encodeURIComponent(SEARCH_PAGE_QUERY)}`,
	'/programme',
	'/mentors'
];
const etagPages = [`/cities/${CITY}`, '/practices', '/cities'];
const MB = 1e6;
// The app's settings for most stages: every request rendered, none answered from memory.
const RENDERED = { ANSWER_CACHE_MB: '0' };
// As it ships: repeated anonymous answers are kept in memory (its default ANSWER_CACHE_MB).
const KEPT = { ANSWER_CACHE_MB: undefined };
// The app says on stderr when Meilisearch was slow or down and Postgres answers its searches (for
// the next 5 s): counted, so a search figure says when it measured the fallback.
let fallbacks = 0;

/**
 * Loads one URL (or `requests` in turn) for `duration` seconds; every response time is kept so
 * percentiles are exact, not bucketed, and every answer whose status is not `expect` (one or a
 * list) is counted.
 */
function load(url, { expect = 200, duration = DURATION_S, ...options } = {}) {
	const expected = [expect].flat();
	const times = [];
	let unexpected = 0;
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{ url, connections: CONNECTIONS, duration, ...options },
			(error, result) =>
				error ? reject(error) : resolve({ result, times: times.sort((a, b) => a - b), unexpected })
		);
		instance.on('response', (_client, status, _bytes, responseTime) => {
			times.push(responseTime);
			if (!expected.includes(status)) unexpected++;
		});
	});
}

/**
 * A warm-up pass, discarded, then the measured load. Each figure is also said as it comes, so a
 * run that breaks off later still shows what it measured.
 */
async function measure(name, url, { cpu, ...options } = {}) {
	loading = name;
	await load(url, { ...options, duration: WARMUP_S });
	const before = fallbacks;
	// The processor time of each process in `cpu` during the measured load, per request.
	const meter = cpu ? cpuMeter(cpu) : null;
	const loaded = await load(url, options);
	const row = summarise(name, loaded);
	if (meter) row.cpu = meter.stop(loaded.times.length);
	row.fallbacks = fallbacks - before;
	console.log(
		`· ${row.name}: ${row.rps} req/s, p95 ${row.p95.toFixed(1)} ms, ${row.errors} errors`
	);
	return row;
}

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

const fmt = {
	ratio: (x) => x.toFixed(3),
	ms: (x) => `${x.toFixed(1)} ms`,
	times: (x) => `${x.toFixed(2)}×`,
	s: (x) => `${x.toFixed(1)} s`,
	mb: (x) => `${(x / MB).toFixed(0)} MB`,
	kib: (x) => `${x.toFixed(1)} KiB`
};
const count = (n) => n.toLocaleString('en-US');

const runStart = performance.now();
const book = targetBook();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-bench-'));
const stack = await startStack({ dataDir, env: {}, quiet: true });
let app;
let appUrl;
let bare;
let memory;
let phase = 'starting';
// The load under way in that phase, so the largest resident set says which page it served.
let loading = '';
try {
	if (buildIsStale()) {
		console.log('building the app…');
		if ((await run(path.join(binDir, 'vite'), ['build', '--logLevel', 'warn']).done) !== 0) {
			throw new Error('build failed');
		}
	}
	const db = createSupabase({
		url: stack.env.SUPABASE_URL,
		key: stack.env.SUPABASE_SERVICE_ROLE_KEY,
		barePostgrest: true
	});
	const { data: cities, error } = await db.from('cities').select('id, name');
	if (error) throw new Error(error.message);
	const meili = new Meilisearch({
		host: stack.env.MEILISEARCH_URL,
		apiKey: stack.env.MEILISEARCH_INDEX_KEY,
		httpClient: meiliHttpClient
	});

	/** What the database holds now, in one line, so every table says what data it saw. */
	const describeData = async () => {
		const client = new pg.Client({ connectionString: stack.env.DATABASE_URL });
		await client.connect();
		try {
			const { rows } = await client.query(`select
				(select count(*) from practices where status = 'published') as published,
				(select count(*) from practices where slug like 'bench-%') as generated,
				(select count(*) from mentorships) as mentorships,
				(select count(*) from mentorship_sessions) as sessions,
				(select count(*) from adoptions) as adoptions`);
			const r = rows[0];
			return (
				`${count(Number(r.published))} published practices (${count(Number(r.generated))} ` +
				`generated), ${count(Number(r.mentorships))} mentorships, ${count(Number(r.sessions))} ` +
				`sessions, ${count(Number(r.adoptions))} adoptions`
			);
		} finally {
			await client.end();
		}
	};

	const quietLog = createLogger('app', { quiet: true });
	const appLog = {
		...quietLog,
		info: (line) => {
			if (String(line).includes('using Postgres')) fallbacks++;
			quietLog.info(line);
		}
	};

	/**
	 * Serves the built app; the index is complete, so its worker would only add noise. The
	 * benchmark loads search from one address, so the per-address search limit is lifted. The
	 * app renders every request (ANSWER_CACHE_MB=0) unless a stage asks for it as it ships
	 * (`KEPT`): a load repeats one request, which the kept answer would serve from memory.
	 */
	const startApp = async (extraEnv = {}) => {
		const appPort = await freePort();
		const env = {
			...process.env,
			...heapEnv(),
			...stack.env,
			PORT: String(appPort),
			HOST,
			SEARCH_WORKER: '0',
			SEARCH_RATE_LIMIT: '0',
			...RENDERED,
			...extraEnv
		};
		for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
		const service = supervise({
			name: 'app',
			command: process.execPath,
			args: [...heapArgs(), path.join(import.meta.dirname, 'serve.js')],
			env,
			log: appLog
		});
		service.start();
		const url = `http://${HOST}:${appPort}`;
		// Any answer will do: after a load that sent searches to Postgres, /health has said the
		// database was down (busy) for minutes. Generous, as a start on a busy machine took 30 s.
		try {
			await waitFor(async () => (await fetch(`${url}/health`)).status > 0, {
				what: 'the app',
				timeoutMs: 180_000
			});
		} catch (error) {
			await service.stop(); // not yet the app the run stops at its end
			throw error;
		}
		return { service, url };
	};
	/** Restarts the app with other settings (rendering every request, with none). */
	const restartApp = async (extraEnv = {}) => {
		await app.stop();
		({ service: app, url: appUrl } = await startApp(extraEnv));
	};

	// Search: the same queries through the app's API and straight to Meilisearch, each request
	// taking the next query in turn. The parameters are the app's own, whatever it sends today.
	const apiSearches = benchQueries.map((q) => ({
		method: 'GET',
		path: `/api/v1/search?q=${encodeURIComponent(q)}`
	}));
	const searchParams = searchRequest({ filter: [], offset: 0, limit: 10 });
	const meiliHeaders = {
		'content-type': 'application/json',
		authorization: `Bearer ${stack.env.MEILISEARCH_SEARCH_KEY}`
	};
	// The bare proxy's fixed request: one search of the words as typed.
	const singleSearch = (q) => ({
		method: 'POST',
		path: '/indexes/citysetu/search',
		headers: meiliHeaders,
		body: JSON.stringify({ q, ...searchParams })
	});
	// What the app sends Meilisearch for each query, planned as the app plans it (with the
	// vocabulary of the index as it is now): one search, or a federated one with the romanised
	// keys and the loanwords. Read when the search stage starts, after indexing.
	let meiliSearches = benchQueries.map(singleSearch);
	const planSearches = async () => {
		const { data, error } = await db.rpc('search_word_list');
		if (error) throw new Error(`search_word_list: ${error.message}`);
		const vocabulary = buildVocabulary(
			data.flatMap(([word, indic]) => soundKeysOf({ word, indic }))
		);
		const options = { filter: [], offset: 0, limit: 10 };
		const asRequest = (request) => ({
			method: 'POST',
			path: `/${request.path}`,
			headers: meiliHeaders,
			body: JSON.stringify(request.body)
		});
		meiliSearches = [];
		for (const q of benchQueries) {
			const plan = planQuery(q, vocabulary);
			const typed = asRequest(
				meiliRequest('citysetu', { q: plan.q, keys: [], alternatives: [] }, options)
			);
			const keys = planKeys(plan);
			const alternatives = planAlternatives(plan);
			// As the app does: the bridges only when the words as typed do not fill a page (the app
			// then asks twice; here the second request alone is sent, the first being cheap).
			let request = typed;
			if (keys.length > 0 || alternatives.length > 0) {
				const { path: typedPath, ...init } = typed;
				const answer = await (await fetch(`${stack.env.MEILISEARCH_URL}${typedPath}`, init)).json();
				if (bridgeNeeded(answer.estimatedTotalHits, options.limit)) {
					request = asRequest(meiliRequest('citysetu', { q: plan.q, keys, alternatives }, options));
				}
			}
			meiliSearches.push(request);
		}
		return meiliSearches.filter((r) => r.path === '/multi-search').length;
	};
	// Where a search's CPU goes: Meilisearch, the app and this process (the load generator).
	const meiliPid = findPid(['meilisearch', new URL(stack.env.MEILISEARCH_URL).host]);
	const searchCpu = [
		{ name: 'meilisearch', pid: () => meiliPid },
		{ name: 'app', pid: () => app?.pid },
		{ name: 'generator', pid: () => 'self' }
	];
	const searchDirect = () =>
		measure('Meilisearch directly', stack.env.MEILISEARCH_URL, {
			requests: meiliSearches,
			cpu: searchCpu
		});
	// The least a server in front of Meilisearch can cost (scripts/lib/bench-proxy.js), started
	// for the search stage in a process of its own so that its CPU can be told from ours.
	const searchProxy = async () => {
		const child = spawn(process.execPath, [path.join(import.meta.dirname, 'lib/bench-proxy.js')], {
			env: {
				...process.env,
				BENCH_PROXY_TARGET: `${stack.env.MEILISEARCH_URL}${singleSearch('').path}`,
				BENCH_PROXY_KEY: stack.env.MEILISEARCH_SEARCH_KEY,
				BENCH_PROXY_PARAMS: JSON.stringify(searchParams)
			},
			stdio: ['ignore', 'pipe', 'inherit']
		});
		try {
			const port = await new Promise((resolve, reject) => {
				child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
				child.once('exit', (code) => reject(new Error(`the search proxy ended (${code})`)));
			});
			// It must answer what Meilisearch answers, or its figures say nothing.
			const q = benchQueries[0];
			const viaProxy = await (
				await fetch(`http://${HOST}:${port}/?q=${encodeURIComponent(q)}`)
			).json();
			const { path: searchPath, ...init } = singleSearch(q);
			const asked = await (await fetch(`${stack.env.MEILISEARCH_URL}${searchPath}`, init)).json();
			if (JSON.stringify(viaProxy.hits) !== JSON.stringify(asked.hits)) {
				throw new Error('the search proxy answered other hits than Meilisearch');
			}
			// The proxy stands where the app stands in the CPU figures.
			const cpu = searchCpu.map((p) => (p.name === 'app' ? { ...p, pid: () => child.pid } : p));
			const search = await measure(`bare Node proxy to Meilisearch`, `http://${HOST}:${port}`, {
				requests: benchQueries.map((q) => ({
					method: 'GET',
					path: `/?q=${encodeURIComponent(q)}`
				})),
				cpu
			});
			// Its serving side alone: the same bytes, at the rate it searched.
			const fixed = await measure(
				`bare Node proxy, a fixed answer at ${search.rps} req/s`,
				`http://${HOST}:${port}/fixed`,
				{ overallRate: search.rps, cpu }
			);
			return { search, fixed };
		} finally {
			child.kill('SIGTERM');
		}
	};
	const searchApp = async (name) => {
		const row = await measure(name, appUrl, { requests: apiSearches, cpu: searchCpu });
		if (row.fallbacks) row.name += `, fell back to Postgres ${row.fallbacks}×`;
		return row;
	};

	/** The bare reference: a Node HTTP server returning the real /cities page as a fixed string. */
	const bareUrl = async () => {
		if (!bare) {
			const page = await (await fetch(`${appUrl}/cities`)).text();
			bare = http.createServer((_req, res) => {
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				res.end(page);
			});
			await new Promise((resolve) => bare.listen(0, HOST, resolve));
		}
		return `http://${HOST}:${bare.address().port}/`;
	};
	const measureBare = async () => {
		loading = 'bare node';
		return summarise('bare node (fixed page)', await load(await bareUrl()));
	};

	// A stage that breaks off is reported, and the run goes on with the next.
	const stage = async (name, body) => {
		phase = name;
		loading = '';
		const start = performance.now();
		console.log(`\n## ${name}\n`);
		try {
			await body();
		} catch (error) {
			console.log(`the stage broke off: ${error.message}`);
			book.missing(`stage ${name}`, `broke off: ${error.message}`, 'to finish');
		}
		console.log(`\n(${name}: ${seconds(performance.now() - start)})`);
	};

	console.log(
		`${CONNECTIONS} connections, ${DURATION_S} s per load after a ${WARMUP_S} s warm-up, ` +
			`on ${os.cpus().length} cores; stages: ${[...STAGES].join(', ')}` +
			(SCALES.length ? `; scales: ${SCALES.map(count).join(', ')}` : '')
	);

	const sizes = [...new Set([...SCALES, PRACTICES])].sort((a, b) => a - b);
	const scaleRows = [];
	let have = 0;
	for (const size of sizes) {
		phase = `growing to ${count(size)} practices`;
		let start = performance.now();
		await growPractices(stack.env.DATABASE_URL, cities, { have, count: size });
		const grown = performance.now() - start;
		console.log(
			`\n# ${count(size)} generated practices (${count(size - have)} added in ${seconds(grown)})`
		);
		have = size;
		phase = `indexing ${count(size)} practices`;
		start = performance.now();
		// The full rebuild `npm run reindex` does. Should it fail (it waits 30 s at most for each
		// Meilisearch task), this size's search is not measured, and the run goes on.
		let documents = 0;
		let indexError = null;
		let shown = 0;
		try {
			documents = await rebuildIndex(db, meili, {
				onProgress: ({ indexed, total }) => {
					if (process.stdout.isTTY) process.stdout.write(`\rindexing ${indexed} of ${total}`);
					else if (indexed - shown >= total / 10 || indexed === total) {
						shown = indexed;
						console.log(
							`indexing: ${count(indexed)} of ${count(total)} read, ${seconds(performance.now() - start)}`
						);
					}
				}
			});
		} catch (error) {
			indexError = error;
		}
		const indexMs = performance.now() - start;
		if (process.stdout.isTTY) process.stdout.write('\n');
		if (indexError) {
			if (!app) throw indexError;
			console.log(`the rebuild failed after ${seconds(indexMs)}: ${indexError.message}`);
		} else {
			console.log(`rebuilt the index: ${count(documents)} documents in ${seconds(indexMs)}`);
		}
		console.log(`data: ${await describeData()}`);

		if (!app) {
			({ service: app, url: appUrl } = await startApp());
			memory = sampleRss(
				() => app?.pid,
				() => (loading ? `${phase}: ${loading}` : phase)
			);
			const sample = await (await fetch(`${appUrl}${apiSearches[0].path}`)).json();
			if (sample.engine !== 'meilisearch') throw new Error(`search answered from ${sample.engine}`);
		}
		// What this size's scale point can take from the main stages rather than load again.
		const taken = {};

		if (size === PRACTICES && STAGES.has('pages')) {
			await stage('pages', async () => {
				// Other work on the machine comes and goes, so each page is compared with the bare
				// server loaded just before it rather than with one figure for the whole stage.
				// First every request rendered, then as the app ships, repeats answered from memory.
				await load(await bareUrl(), { duration: WARMUP_S });
				const rows = [];
				const pairs = new Map();
				for (const [mode, settings] of [
					['rendered', RENDERED],
					['kept', KEPT]
				]) {
					if (mode === 'kept') await restartApp(settings);
					for (const target of pages) {
						const status = (await fetch(`${appUrl}${target}`, { redirect: 'manual' })).status;
						if (status !== 200) {
							console.log(`${target} answered ${status}: not loaded`);
							book.missing(`\`${target}\` req/s of bare`, `answered ${status}`, '≥ 0.120');
							continue;
						}
						const reference = await measureBare();
						const row = await measure(`app ${target} (${mode})`, `${appUrl}${target}`);
						row.target = target;
						row.mode = mode;
						rows.push(reference, row);
						pairs.set(row, reference);
						if (target === `/cities/${CITY}` && mode === 'rendered') taken.city = row;
					}
				}
				await restartApp();
				console.log(table(rows, 'app/bare', (row) => pairs.get(row) ?? row));
				const bareRps = rows.filter((row) => !pairs.has(row)).map((row) => row.rps);
				console.log(
					`\nbare node ranged from ${Math.min(...bareRps)} to ${Math.max(...bareRps)} req/s over ` +
						`the stage; each page's ratio is to the bare load just before it. The practice page ` +
						`is /practices/${PRACTICE} (generated); the search page asks “${SEARCH_PAGE_QUERY}”. ` +
						`“rendered”: every request rendered (ANSWER_CACHE_MB=0); “kept”: as the app ships, ` +
						`a repeated anonymous request answered from memory until a change notice or its ` +
						`policy's time.`
				);
				console.log('');
				for (const [row, reference] of pairs) {
					const r = ratio(row, reference);
					const note = row.fallbacks ? ` (fell back to Postgres ${row.fallbacks}×)` : '';
					const name = `\`${row.target}\` (${row.mode})`;
					console.log(
						`${row.target} (${row.mode}): ${r.toFixed(3)} of bare ` +
							`${book.check(`${name} req/s of bare`, r, { atLeast: 0.12 }, fmt.ratio, note)}; ` +
							`p95 ${row.p95.toFixed(1)} ms ` +
							book.check(`${name} p95`, row.p95, { atMost: 25 }, fmt.ms, note) +
							note
					);
				}
			});
		}

		if (size === PRACTICES && STAGES.has('etag')) {
			await stage('etag', async () => {
				const rows = [];
				const pairs = new Map();
				for (const target of etagPages) {
					// Without Accept-Encoding, as autocannon asks: the ETag of the uncompressed page.
					const first = await fetch(`${appUrl}${target}`, {
						headers: { 'accept-encoding': 'identity' }
					});
					await first.arrayBuffer();
					const etag = first.headers.get('etag');
					const name = `\`${target}\` with If-None-Match, req/s of bare`;
					if (!etag) {
						console.log(`${target}: no ETag`);
						book.missing(name, 'no ETag', '≥ 0.400');
						continue;
					}
					const headers = { 'if-none-match': etag };
					const again = await fetch(`${appUrl}${target}`, {
						headers: { ...headers, 'accept-encoding': 'identity' }
					});
					await again.arrayBuffer();
					console.log(`${target}: ETag ${etag}, a repeat answered ${again.status}`);
					const reference = await measureBare();
					const row = await measure(`app ${target} (If-None-Match)`, `${appUrl}${target}`, {
						headers,
						expect: 304
					});
					rows.push(reference, row);
					pairs.set(row, reference);
					book.check(name, ratio(row, reference), { atLeast: 0.4 }, fmt.ratio);
				}
				if (rows.length) {
					console.log(`\n${table(rows, '/bare', (row) => pairs.get(row) ?? row)}`);
					console.log('\nerrors count every answer other than 304.');
				}
			});
		}

		if (size === PRACTICES && STAGES.has('api')) {
			await stage('api', async () => {
				const references = apiReferences({
					anonKey: stack.env.SUPABASE_ANON_KEY,
					city: CITY,
					practice: PRACTICE
				});
				const rows = [];
				const pairs = new Map();
				for (const { app: target, postgrest, headers, expect } of references) {
					// The same data both ways: the same slugs, in the same order.
					const appBody = await (await fetch(`${appUrl}${target}`)).json();
					const restBody = await (
						await fetch(`${stack.env.SUPABASE_URL}${postgrest}`, { headers })
					).json();
					const slugs = (body) =>
						JSON.stringify(
							(body.cities ?? body.practices ?? (Array.isArray(body) ? body : [body])).map(
								(x) => x.slug
							)
						);
					if (slugs(appBody) !== slugs(restBody)) {
						console.log(`warning: ${target} and PostgREST ${postgrest} answer different rows`);
					}
					const appRow = await measure(`app ${target}`, `${appUrl}${target}`);
					const restRow = await measure(
						`PostgREST ${postgrest.split('?')[0]} (same query)`,
						`${stack.env.SUPABASE_URL}${postgrest}`,
						{ headers, expect }
					);
					rows.push(restRow, appRow);
					pairs.set(appRow, restRow);
				}
				console.log(
					table(rows, 'app/PostgREST', (row) => pairs.get(row) ?? row) +
						'\n\nPostgREST is asked, with the anon key, for the same rows and columns each ' +
						'endpoint returns (scripts/lib/bench-api.js):'
				);
				for (const { app: target, postgrest } of references) {
					console.log(`- ${target}: ${postgrest}`);
				}
				console.log('');
				for (const [appRow, restRow] of pairs) {
					const target = appRow.name.replace('app ', '');
					const r = ratio(appRow, restRow);
					console.log(
						`${target}: ${r.toFixed(3)} of PostgREST ` +
							book.check(`\`${target}\` req/s of PostgREST`, r, { atLeast: 0.7 }, fmt.ratio)
					);
				}
			});
		}

		if (size === PRACTICES && STAGES.has('search')) {
			await stage('search', async () => {
				const federated = await planSearches();
				console.log(
					`  ${federated} of ${benchQueries.length} queries ask with their bridges (romanised ` +
						'keys or loanwords: a federated search), the rest as typed'
				);
				const direct = await searchDirect();
				const { search: proxy, fixed: proxyFixed } = await searchProxy();
				const cached = await searchApp('app /api/v1/search (answer cache on)');
				// The same again with the app's answer cache off: every request goes to Meilisearch.
				await restartApp({ SEARCH_CACHE: '0' });
				const uncached = await searchApp('app /api/v1/search (cache off)');
				await restartApp();
				// The app's floor: all it does for a search but ask Meilisearch (its answer cache
				// answers), at the rate it searched, as CPU per request depends on the rate.
				const floorRow = await measure(
					`app /api/v1/search, from its answer cache at ${uncached.rps} req/s`,
					appUrl,
					{ requests: apiSearches, cpu: searchCpu, overallRate: uncached.rps }
				);
				taken.direct = direct;
				taken.search = uncached;
				console.log(
					`${count(documents)} documents (${count(size)} generated practices), ` +
						`indexed in ${seconds(indexMs)}\n`
				);
				console.log(table([direct, proxy, proxyFixed, cached, uncached, floorRow], 'app/direct'));
				const perSearch = (row) =>
					Object.entries(row.cpu ?? {})
						.map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
						.join(', ');
				const ceiling = uncached.cpu ? ceilingRatio(uncached.cpu) : NaN;
				console.log(
					`\nCPU per search, ms (from /proc, over the measured load): Meilisearch asked ` +
						`directly: ${perSearch(direct)}; through the app, cache off: ${perSearch(uncached)}; ` +
						`answered from the app's cache: ${perSearch(cached)}; ` +
						`through the bare proxy: ${perSearch(proxy)}; its fixed answer: ` +
						`${perSearch(proxyFixed)}; the app from its answer cache at the rate it ` +
						`searched: ${perSearch(floorRow)}. ` +
						`On these ${os.cpus().length} shared cores the app can serve at most ` +
						`(meilisearch + generator) / (meilisearch + app + generator) = ` +
						`${ceiling.toFixed(3)} of what Meilisearch serves asked directly.`
				);
				const floor =
					direct.cpu && floorRow.cpu && proxy.cpu && proxyFixed.cpu
						? floorCeiling({
								direct: direct.cpu,
								appCached: floorRow.cpu,
								proxySearch: proxy.cpu,
								proxyFixed: proxyFixed.cpu
							})
						: null;
				if (floor) {
					console.log(
						`\nThe budget and the app's floor: to serve 0.9 of what Meilisearch serves asked ` +
							`directly, on these cores, the app may spend at most ${floor.budget.toFixed(2)} ms ` +
							`of CPU per search. Answering from its answer cache at ${uncached.rps} req/s, ` +
							`with no search at all, it spends ${floorRow.cpu.app.toFixed(2)} ms (SvelteKit's ` +
							`request handling, the hooks, parsing, the JSON answer); asking Meilisearch costs ` +
							`a bare Node client ${floor.exchange.toFixed(2)} ms more (the proxy's search less ` +
							`its fixed answer). Together, ${floor.app.toFixed(2)} ms allow at most ` +
							`${floor.ceiling.toFixed(3)}.`
					);
				}
				const r = ratio(uncached, direct);
				console.log(
					`\nsearch, cache off: ${r.toFixed(3)} of Meilisearch ` +
						book.check(
							'`/api/v1/search`, cache off, req/s of Meilisearch',
							r,
							{ atLeast: 0.9 },
							fmt.ratio,
							(uncached.fallbacks ? ` (fell back to Postgres ${uncached.fallbacks}×)` : '') +
								(floor
									? ` (budget for 0.9: ${floor.budget.toFixed(2)} ms a search; the app's ` +
										`floor, not searching: ${floorRow.cpu.app.toFixed(2)} ms)`
									: '')
						) +
						`; Meilisearch's own p95 ${direct.p95.toFixed(1)} ms ` +
						book.check(
							`Meilisearch p95, the app's parameters, ${count(size)} practices`,
							direct.p95,
							{ atMost: 40 },
							fmt.ms
						) +
						`; with the answer cache p95 ${cached.p95.toFixed(1)} ms`
				);
				console.log(
					`\nthe bare proxy (the least any server in front of Meilisearch costs): ` +
						`${ratio(proxy, direct).toFixed(3)} of Meilisearch, ceiling from its CPU ` +
						`${ceilingRatio(proxy.cpu).toFixed(3)}; ` +
						`the app, cache off, ${ratio(uncached, proxy).toFixed(3)} of the bare proxy`
				);
			});
		}

		if (SCALES.includes(size)) {
			await stage(`scale: ${count(size)} practices`, async () => {
				let city = taken.city;
				if (!city) city = await measure(`app /cities/${CITY}`, `${appUrl}/cities/${CITY}`);
				const unindexed = { rps: NaN, p95: NaN };
				const direct = indexError ? unindexed : (taken.direct ?? (await searchDirect()));
				let search = indexError ? unindexed : taken.search;
				const restart = !search;
				if (restart) {
					await restartApp({ SEARCH_CACHE: '0' });
					search = await searchApp('app /api/v1/search (cache off)');
				}
				scaleRows.push({ size, indexMs, indexError, documents, city, direct, search });
				if (restart) await restartApp();
				console.log(
					`${Object.keys(taken).length ? 'taken from the stages above where measured; ' : ''}` +
						`indexing ${seconds(indexMs)}\n`
				);
				console.log(table(indexError ? [city] : [direct, search, city], 'ratio'));
			});
		}
	}

	if (scaleRows.length) {
		phase = 'scale summary';
		console.log('\n## How cost grows\n');
		console.log(
			'| practices | documents | indexing s | Meilisearch req/s | p95 ms | /api/v1/search (cache off) req/s | p95 ms | /cities/rajkot req/s | p95 ms |'
		);
		console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const r of scaleRows) {
			console.log(
				`| ${count(r.size)} | ${r.indexError ? 'failed' : count(r.documents)} | ` +
					`${(r.indexMs / 1000).toFixed(1)} | ` +
					`${r.direct.rps} | ${r.direct.p95.toFixed(1)} | ${r.search.rps} | ${r.search.p95.toFixed(1)} | ` +
					`${r.city.rps} | ${r.city.p95.toFixed(1)} |`
			);
		}
		const base = scaleRows.find((r) => r.size === PRACTICES);
		const top = scaleRows.at(-1);
		if (base && top.size > base.size) {
			const span = `${count(base.size)} → ${count(top.size)}`;
			for (const [key, name] of [
				['direct', 'Meilisearch'],
				['search', '`/api/v1/search` (cache off)'],
				['city', `\`/cities/${CITY}\``]
			]) {
				book.check(
					`${name} p95 growth, ${span} practices`,
					top[key].p95 / base[key].p95,
					{ atMost: 2 },
					fmt.times
				);
			}
		}
		const hundred = scaleRows.find((r) => r.size === 100_000);
		if (hundred) {
			const name = 'indexing 100,000 practices (full rebuild)';
			if (hundred.indexError) {
				book.missing(name, `failed after ${seconds(hundred.indexMs)}`, '< 300.0 s');
			} else {
				book.check(name, hundred.indexMs / 1000, { below: 300 }, fmt.s);
			}
		}
	}

	if (STAGES.has('programme')) {
		await stage('programme', async () => {
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
				`generated ${activity.mentorships} mentorships, ${activity.sessions} sessions, ` +
					`${activity.action_items} action items, ${activity.adoptions} adoptions ` +
					`(${activity.steps} steps) in ${seconds(performance.now() - start)}`
			);
			console.log(`data: ${await describeData()}\n`);
			const exists = async (target) => (await fetch(`${appUrl}${target}`)).status === 200;
			const programmeTargets = [];
			for (const target of ['/programme', '/api/v1/programme/reach']) {
				if (await exists(target)) programmeTargets.push(target);
				else console.log(`${target} does not answer 200: left out`);
			}
			const rows = [];
			for (const target of programmeTargets) {
				rows.push(await measure(`app ${target}`, `${appUrl}${target}`));
			}
			// The same with the panels' cache off: every request reads every panel from Postgres.
			await restartApp({ REACH_CACHE_SECONDS: '0' });
			for (const target of programmeTargets) {
				rows.push(await measure(`app ${target} (cache off)`, `${appUrl}${target}`));
			}
			await restartApp();
			if (rows.length) console.log(table(rows, 'ratio'));

			// The slow line: a fresh browser context per load, so nothing comes from a cache.
			const browser = await chromium.launch({
				executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
				args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--no-sandbox']
			});
			const slow = [];
			try {
				for (const target of [
					...new Set([...programmeTargets.slice(0, 1), '/', '/cities', '/practices'])
				]) {
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
			if (programmeTargets[0] === '/programme') {
				const main = rows[0];
				const mainSlow = slow[0];
				console.log(
					`\ntargets (/programme): ` +
						`p95 ≤ 300 ms ${book.check('`/programme` p95 (panels cached)', main.p95, { atMost: 300 }, fmt.ms)}; ` +
						`LCP ≤ 2 s ${book.check('`/programme` LCP, slow line', mainSlow.lcp, { atMost: 2000 }, (x) => `${x.toFixed(0)} ms`)}; ` +
						`under 250 KiB ${book.check('`/programme` transferred, slow line', mainSlow.kib, { below: 250 }, fmt.kib)}`
				);
			}
		});
	}
} finally {
	const rss = memory?.stop();
	bare?.close();
	await app?.stop();
	await stack.stop();
	fs.rmSync(dataDir, { recursive: true, force: true });
	if (rss) {
		console.log(
			`\n## memory\n\nthe app's largest resident set: ${(rss.bytes / MB).toFixed(1)} MB ` +
				`(${rss.samples} samples every 250 ms, the largest while ${rss.during}) ` +
				book.check(
					'app RSS, largest sample over the whole run',
					rss.bytes,
					{ below: 250 * MB },
					fmt.mb
				)
		);
	}
	console.log(`\n## summary (${seconds(performance.now() - runStart)} in all)\n`);
	console.log(book.markdown());
}
