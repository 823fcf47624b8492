// The production image's Dockerfile cannot be built on the test machines (no Docker engine), so
// it is linted and its essential properties are checked here: a later edit that drops one fails.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapArgs, heapEnv } from './lib/heap.js';

const root = path.resolve(import.meta.dirname, '..');
const text = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');

/** The instructions, continuation lines joined and comments dropped, grouped by stage. */
function stages(source) {
	const instructions = source
		.replace(/\\\n/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => {
			const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
			return { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') };
		});
	/** @type {{ from: string, name: string | undefined, steps: { keyword: string, args: string }[] }[]} */
	const result = [];
	for (const step of instructions) {
		if (step.keyword === 'FROM') {
			const [, image, name] = /^(\S+)(?: AS (\S+))?$/i.exec(step.args) ?? [];
			result.push({ from: image, name, steps: [] });
		} else {
			result.at(-1)?.steps.push(step);
		}
	}
	return result;
}

const all = stages(text);
const final = all.at(-1);
const args = (stage, keyword) =>
	stage.steps.filter((s) => s.keyword === keyword).map((s) => s.args);

describe('the production Dockerfile', () => {
	it('passes dockerfilelint', () => {
		const require = createRequire(import.meta.url);
		const { run } = require('dockerfilelint');
		expect(run(root, text)).toEqual([]);
	});

	it('builds in stages from an official Node 24 image, with npm ci and the build', () => {
		expect(all.length).toBeGreaterThanOrEqual(2);
		for (const stage of all) expect(stage.from).toMatch(/^node:24[.\w-]*$/);
		const build = all.find((stage) => args(stage, 'RUN').some((a) => /npm run build/.test(a)));
		expect(build).toBeDefined();
		expect(args(build, 'RUN').some((a) => /^npm ci\b/.test(a))).toBe(true);
	});

	it('ships only production dependencies and the built server in the final stage', () => {
		// The final stage installs or copies node_modules installed with --omit=dev, never more.
		const copies = args(final, 'COPY');
		const modulesFrom = copies
			.filter((a) => /node_modules/.test(a))
			.map((a) => /--from=(\S+)/.exec(a)?.[1]);
		const sources = [final, ...all.filter((stage) => modulesFrom.includes(stage.name))];
		const installs = sources.flatMap((stage) => args(stage, 'RUN')).filter((a) => /npm ci/.test(a));
		expect(installs.length).toBeGreaterThan(0);
		for (const install of installs) expect(install).toMatch(/npm ci [^&]*--omit=dev/);
		expect(copies.some((a) => /--from=\S+ \S*build \S*build/.test(a))).toBe(true);
		// No sources, no .env: .dockerignore keeps secrets and local data out of the context.
		expect(copies.some((a) => /^\. /.test(a))).toBe(false);
		const ignored = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n');
		for (const entry of ['.env', 'node_modules', '.data', '.git']) expect(ignored).toContain(entry);
	});

	it('runs `node build` with the heap settings, as a non-root user, in production, with a health check on /health', () => {
		const users = args(final, 'USER');
		expect(users.at(-1)).toMatch(/^(node|\d+)$/);
		expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
		// Nothing after the switch runs as root again.
		const lastUser = final.steps.findLastIndex((s) => s.keyword === 'USER');
		expect(final.steps.slice(lastUser).some((s) => s.keyword === 'RUN')).toBe(false);
		expect(args(final, 'ENV').join(' ')).toMatch(/NODE_ENV=production/);
		for (const [name, value] of Object.entries(heapEnv({}))) {
			expect(args(final, 'ENV').join(' ')).toContain(`${name}=${value}`);
		}
		expect(args(final, 'EXPOSE')).toContain('3000');
		const healthcheck = args(final, 'HEALTHCHECK');
		expect(healthcheck).toHaveLength(1);
		expect(healthcheck[0]).toMatch(/CMD \["node", "-e", ".*fetch\(.*\/health/);
		// With the heap settings `npm start` uses (scripts/lib/heap.js).
		expect(args(final, 'CMD').map((cmd) => JSON.parse(cmd))).toEqual([
			['node', ...heapArgs(''), 'build']
		]);
	});
});
