// What each search option costs Meilisearch: on a running local stack (`npm run stack`, or the
// environment of one), fills the index with generated practices the way the benchmark does, then
// sends the benchmark's queries once per variant of the request and reports Meilisearch's own
// `processingTimeMs` per variant (median and p95), as a Markdown table for BENCHMARKS.md.
// Queries go one at a time, so the figures are the work a search takes, not queueing.
//
//   npx node scripts/search-costs.js
//
// COSTS_PRACTICES (10000): generated practices to have in the index (added when fewer are there).
// COSTS_ROUNDS (5): how many times each query is sent per variant.
// COSTS_SETTINGS=1: also try index settings (each one re-indexes; the app's settings come back).
// COSTS_REINDEX=1: rebuild the index even when it already holds every practice.
import { Meilisearch } from 'meilisearch';
import fs from 'node:fs';
import { BODY_FIELDS, indexSettings, TITLE_FIELDS } from '../src/lib/server/search/documents.ts';
import { searchRequest } from '../src/lib/server/search/request.ts';
import { meiliHttpClient } from '../src/lib/server/search/http.ts';
import { DEFAULT_INDEX, ensureIndex, rebuildIndex } from '../src/lib/server/search/indexer.ts';
import { createSupabase } from '../src/lib/server/supabase.ts';
import { loadDotEnv } from './lib/env.js';
import { benchQueries, generatePractices } from './lib/generate.js';
import { runningStackEnv } from './stack/index.js';

loadDotEnv();
const PRACTICES = Number(process.env.COSTS_PRACTICES ?? 10_000);
const ROUNDS = Number(process.env.COSTS_ROUNDS ?? 5);
const env =
	process.env.SUPABASE_URL && process.env.MEILISEARCH_URL ? process.env : runningStackEnv();
if (!env) throw new Error('no local stack is running: start one with `npm run stack`');
const uid = env.MEILISEARCH_INDEX || DEFAULT_INDEX;

const db = createSupabase({
	url: env.SUPABASE_URL,
	key: env.SUPABASE_SERVICE_ROLE_KEY,
	barePostgrest: env.SUPABASE_BARE_POSTGREST === '1'
});
const client = (apiKey) =>
	new Meilisearch({ host: env.MEILISEARCH_URL, apiKey, httpClient: meiliHttpClient });
const indexing = client(env.MEILISEARCH_INDEX_KEY);
const searching = client(env.MEILISEARCH_SEARCH_KEY).index(uid);

/** Adds the generated practices the database lacks (the generator is deterministic). */
async function fillDatabase() {
	const { count, error } = await db
		.from('practices')
		.select('id', { count: 'exact', head: true })
		.like('slug', 'bench-%');
	if (error) throw new Error(error.message);
	if (count >= PRACTICES) return false;
	const cities = await db.from('cities').select('id, name').order('id');
	if (cities.error) throw new Error(cities.error.message);
	const rows = generatePractices(PRACTICES, cities.data).slice(count);
	console.error(`adding ${rows.length} generated practices…`);
	for (let i = 0; i < rows.length; i += 1000) {
		const inserted = await db.from('practices').insert(rows.slice(i, i + 1000));
		if (inserted.error) throw new Error(inserted.error.message);
	}
	return true;
}

async function fillIndex(force) {
	// Facet counts are exact (hit counts stop at maxTotalHits), and the search key may read them.
	const held = await searching
		.search('', { limit: 0, facets: ['type'] })
		.then((r) => Object.values(r.facetDistribution?.type ?? {}).reduce((a, b) => a + b, 0))
		.catch(() => 0);
	if (!force && held >= PRACTICES) {
		// The settings may have changed in code since the index was built.
		await ensureIndex(indexing, uid);
		return held;
	}
	const started = performance.now();
	const documents = await rebuildIndex(db, indexing, { uid });
	// The outbox rows the inserts queued are in the rebuilt index already.
	await db.from('search_outbox').update({ status: 'done' }).eq('status', 'pending');
	console.error(
		`indexed ${documents} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
	return documents;
}

const percentile = (sorted, q) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)];

/**
 * The Meilisearch process serving MEILISEARCH_URL on this machine (Linux), found by its
 * --http-addr, or null. Its CPU time per request is the figure that load and noise change least.
 */
function meiliPid() {
	const addr = new URL(env.MEILISEARCH_URL).host;
	try {
		for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
			const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
			if (args[0].endsWith('meilisearch') && args[args.indexOf('--http-addr') + 1] === addr) {
				return pid;
			}
		}
	} catch {
		// No /proc: no CPU figures.
	}
	return null;
}
const pid = meiliPid();
const TICK_MS = 10; // USER_HZ is 100 on Linux
/** The process's CPU time so far (user and system), in ms. */
const cpuMs = () => {
	if (!pid) return NaN;
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
};

/**
 * Sends every bench query ROUNDS times with each set of parameters, the sets one after the other
 * for each query, so that a busy moment of the machine falls on all of them alike. Per set:
 * Meilisearch's own times, each query's fastest (the work itself, with no waiting in it), and
 * Meilisearch's CPU time per request (response included).
 */
async function measure(...sets) {
	const times = sets.map(() => []);
	const fastest = sets.map(() => benchQueries.map(() => Infinity));
	const cpu = sets.map(() => 0);
	for (let round = 0; round < ROUNDS; round++) {
		for (const [n, q] of benchQueries.entries()) {
			for (const [i, params] of sets.entries()) {
				const before = cpuMs();
				const ms = (await searching.search(q, params)).processingTimeMs;
				cpu[i] += cpuMs() - before;
				times[i].push(ms);
				fastest[i][n] = Math.min(fastest[i][n], ms);
			}
		}
	}
	const sorted = (values) => [...values].sort((a, b) => a - b);
	return times.map((t, i) => ({
		times: sorted(t),
		fastest: sorted(fastest[i]),
		cpu: cpu[i] / t.length
	}));
}

// The requests the app sends: the API and search as you type (the base), and the search page's
// own render, which lists the facets.
const base = searchRequest({ filter: [], offset: 0, limit: 10 });
const page = searchRequest({ filter: [], offset: 0, limit: 10, facets: true });
// What the app asked for before every request asked only for what it shows.
const before = {
	...page,
	attributesToRetrieve: undefined,
	attributesToHighlight: [...TITLE_FIELDS, 'summary_en', ...BODY_FIELDS],
	attributesToCrop: ['summary_en', ...BODY_FIELDS]
};
const without = (params, ...names) =>
	Object.fromEntries(Object.entries(params).filter(([name]) => !names.includes(name)));
const formatting = ['attributesToHighlight', 'attributesToCrop', 'cropLength', 'cropMarker'];

/** Request variants: a name and the parameters sent. */
const variants = [
	['API and search as you type (base)', base],
	['search page (base with facets)', page],
	['before: facets, whole documents, texts highlighted and cropped', before],
	['before, without facets', without(before, 'facets')],
	...page.facets.map((facet) => [`base, facets: ${facet} only`, { ...base, facets: [facet] }]),
	['base, no highlight or crop', without(base, ...formatting)],
	['base, no crop', without(base, 'attributesToCrop', 'cropLength', 'cropMarker')],
	['base, cropLength 15', { ...base, cropLength: 15 }],
	[
		'base, texts highlighted and cropped too',
		{
			...base,
			attributesToHighlight: before.attributesToHighlight,
			attributesToCrop: before.attributesToCrop
		}
	],
	['base, whole documents', { ...base, attributesToRetrieve: undefined }],
	['base, showMatchesPosition', { ...base, showMatchesPosition: true }],
	['base, limit 5', { ...base, limit: 5 }],
	['base, limit 50', { ...base, limit: 50 }],
	['base, matchingStrategy all', { ...base, matchingStrategy: 'all' }],
	['base, matchingStrategy frequency', { ...base, matchingStrategy: 'frequency' }],
	['base, sort updated_at:desc', { ...base, sort: ['updated_at:desc'] }],
	['base, filter state = Gujarat', { ...base, filter: ['state = "Gujarat"'] }]
];

/** Index settings to try: each is applied, measured with the page's request, then undone. */
const settingVariants = [
	['proximityPrecision: byAttribute', { proximityPrecision: 'byAttribute' }],
	['faceting.maxValuesPerFacet: 20', { faceting: { maxValuesPerFacet: 20 } }],
	['faceting.sortFacetValuesBy: count', { faceting: { sortFacetValuesBy: { '*': 'count' } } }],
	['searchCutoffMs: 50', { searchCutoffMs: 50 }],
	['pagination.maxTotalHits: 200', { pagination: { maxTotalHits: 200 } }],
	['typo tolerance off on the bodies', { typoTolerance: { disableOnAttributes: BODY_FIELDS } }],
	['facetSearch: false', { facetSearch: false }],
	['prefixSearch: disabled', { prefixSearch: 'disabled' }]
];

/** The app's settings, with the settings named in `tried` back at their defaults otherwise. */
function appSettings(tried) {
	const settings = indexSettings();
	return { ...Object.fromEntries(Object.keys(tried).map((k) => [k, null])), ...settings };
}

async function applySettings(settings) {
	const task = await indexing.index(uid).updateSettings(settings);
	await indexing.tasks.waitForTask(task.taskUid, { timeout: 600_000, interval: 200 });
}

const added = await fillDatabase();
const documents = await fillIndex(added || process.env.COSTS_REINDEX === '1');
await measure(base); // warm-up, discarded

const rows = [];
const row = (name, { times, fastest, cpu }, reference) => {
	const median = percentile(times, 50);
	const entry = {
		name,
		cpu,
		median,
		p95: percentile(times, 95),
		quiet: percentile(fastest, 50),
		quietP95: percentile(fastest, 95)
	};
	entry.ratio = entry.quiet / Math.max(1, reference ?? entry.quiet);
	rows.push(entry);
	console.error(`${name}: median ${median} ms, p95 ${entry.p95} ms`);
};
const measured = await measure(
	...(process.env.COSTS_SETTINGS === 'only' ? variants.slice(0, 1) : variants).map(([, p]) => p)
);
const baseQuiet = percentile(measured[0].fastest, 50);
for (const [i, times] of measured.entries()) row(variants[i][0], times, baseQuiet);
if (process.env.COSTS_SETTINGS) {
	// Each against the base request on the app's settings, measured just after it is undone.
	for (const [name, settings] of settingVariants) {
		await applySettings({ ...indexSettings(), ...settings });
		const [tried] = await measure(page);
		await applySettings(appSettings(settings));
		const [reference] = await measure(page);
		row(`setting ${name} (page request)`, tried, percentile(reference.fastest, 50));
	}
}

console.log(
	`\nMeilisearch processingTimeMs per request variant: ${documents} documents, ` +
		`${benchQueries.length} queries × ${ROUNDS} rounds, one request at a time. “Fastest”: ` +
		`each query's fastest round (the work without waiting for the CPU), then their median and p95.\n`
);
console.log(
	'| variant | median ms | p95 ms | fastest median | fastest p95 | vs base | CPU ms/request |'
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
	console.log(
		`| ${r.name} | ${r.median} | ${r.p95} | ${r.quiet} | ${r.quietP95} | ${r.ratio.toFixed(2)} | ` +
			`${Number.isNaN(r.cpu) ? 'n/a' : r.cpu.toFixed(1)} |`
	);
}
