// `npm test`: every check and test, with the local stack started once for the whole run.
// Order: static checks, unit tests, then one throwaway stack for the integration and browser tests.
// The stack starts at once, beside the checks: it mostly waits on initdb and seeding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binDir } from './lib/build.js';
import { handleShutdown, run } from './lib/process.js';
import { freePort } from './stack/ports.js';

const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];

// Each runner also writes a JSON report, so the run ends with one total across all of them.
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

// Ctrl+C or SIGTERM ends the step running, stops the test stack (also while it starts) and
// removes the run's folders before exiting.
/** @type {ReturnType<typeof run> | null} */
let current = null;

let stopping = false;
let stack;
/** @type {string | undefined} */
let dataDir;
const starting = new AbortController();
let stackStarting = Promise.resolve();
const shutdown = handleShutdown(async () => {
	stopping = true;
	current?.child.kill('SIGTERM');
	await current?.done;
	starting.abort();
	await stackStarting.catch(() => {});
	await stack?.stop();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
	fs.rmSync(reports, { recursive: true, force: true });
});

async function step(title, command, args, env) {
	// Once stopping, no step starts or reports: the shutdown under way ends the process.
	if (stopping) await shutdown(1);
	console.log(`\n━━ ${title}`);
	const started = Date.now();
	current = run(command, args, { env: { ...process.env, ...env } });
	const code = await current.done;
	current = null;
	if (stopping) await shutdown(1);
	console.log(
		`━━ ${title}: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	return code;
}

function vitestArgs(project) {
	const file = path.join(reports, `${project}.json`);
	return [
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile=${file}`
	];
}

function count() {
	for (const file of fs.readdirSync(reports)) {
		const report = JSON.parse(fs.readFileSync(path.join(reports, file), 'utf8'));
		if (report.stats) {
			totals.passed += report.stats.expected + report.stats.flaky;
			totals.failed += report.stats.unexpected;
			totals.skipped += report.stats.skipped;
		} else {
			totals.passed += report.numPassedTests;
			totals.failed += report.numFailedTests;
			totals.skipped += report.numPendingTests + report.numTodoTests;
		}
	}
	fs.rmSync(reports, { recursive: true, force: true });
}

function finish(code) {
	count();
	console.log(
		`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`
	);
	process.exit(code || (totals.failed > 0 ? 1 : 0));
}

let failed = 0;
// Exits with the install command when Chromium is missing, before any service starts.
await import('./check-chromium.js');

const { startStack } = await import('./stack/index.js');
dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-test-'));
console.log('\n━━ starting the test stack (beside the checks)');
stackStarting = startStack({ dataDir, env: {}, quiet: true, signal: starting.signal });
// Known at once, so a Ctrl+C during the checks stops it; a failure to start is reported when
// the integration tests need the stack, not as an unhandled rejection.
stackStarting.then(
	(started) => (stack = started),
	() => {}
);

failed ||= await step('static checks', npm[0], [...npm[1], 'run', 'check']);
failed ||= await step('unit tests', path.join(binDir, 'vitest'), vitestArgs('unit'));
try {
	stack = await stackStarting;
	if (failed) throw new Error('checks failed');
	const env = {
		...stack.env,
		CITYSETU_DATA_DIR: dataDir,
		E2E_PORT: String(await freePort()),
		E2E_DEGRADED_PORT: String(await freePort()),
		DEMO_PASSWORD: stack.demo?.password ?? '',
		// Build beside build/, so a running `npm start` keeps working during the tests.
		CITYSETU_BUILD_DIR: '.svelte-kit/test-build'
	};
	failed ||= await step(
		'database types match the schema',
		process.execPath,
		[path.join(import.meta.dirname, 'gen-types.js'), '--check'],
		env
	);
	failed ||= await step(
		'integration tests',
		path.join(binDir, 'vitest'),
		vitestArgs('integration'),
		env
	);
	// Not beside the integration tests: vitest's SvelteKit plugin rewrites .svelte-kit/generated
	// as it starts, and a build reading it meanwhile shipped a client that failed to hydrate.
	failed ||= await step('build', path.join(binDir, 'vite'), ['build', '--logLevel', 'warn'], env);
	failed ||= await step('browser tests', path.join(binDir, 'playwright'), ['test'], {
		...env,
		PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'e2e.json')
	});
} catch (error) {
	if (stopping) await shutdown(1);
	if (!failed) console.error(`the test stack failed: ${error.message}`);
	failed ||= 1;
} finally {
	if (!stopping) {
		const running = stack;
		stack = undefined;
		await running?.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
}
finish(failed);
