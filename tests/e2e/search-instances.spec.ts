// Two instances of the app on one database and one index, each with its own search answer
// cache: only the first runs the search worker. A practice archived behind both their backs
// leaves both instances' answers at once, because the worker that writes the change to the
// index records it, and that record's change notice reaches every instance; neither waits for its
// cache's 30-second limit.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../scripts/stack/ports.js';
import { service } from './mentorship-data';

/** The stack the main app runs on: from the environment under `npm test`, else its folder. */
async function stackEnv(): Promise<Record<string, string>> {
	if (process.env.SUPABASE_URL) return {};
	const file = path.join(process.env.CITYSETU_DATA_DIR ?? '', 'stack.json');
	await expect.poll(() => fs.existsSync(file), { timeout: 120_000 }).toBe(true);
	return JSON.parse(fs.readFileSync(file, 'utf8')).env;
}

interface Instance {
	url: string;
	process: ChildProcess;
}

async function startInstance(env: Record<string, string>, searchWorker: boolean) {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			...env,
			PORT: String(port),
			SEARCH_CACHE: '1',
			// The polling below would soon run out of the address's searches.
			SEARCH_RATE_LIMIT: '0',
			SEARCH_WORKER: searchWorker ? '1' : '0'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return { url: `http://127.0.0.1:${port}`, process: child } satisfies Instance;
}

const instances: Instance[] = [];
let stack: Record<string, string> = {};
/** The practices this spec made, removed at the end. */
const made: string[] = [];

test.beforeAll(async () => {
	const env = await stackEnv();
	stack = { ...process.env, ...env } as Record<string, string>;
	instances.push(await startInstance(env, true), await startInstance(env, false));
	for (const { url } of instances) {
		await expect
			.poll(
				() =>
					fetch(`${url}/health`).then(
						(r) => r.status,
						() => 0
					),
				{ timeout: 60_000 }
			)
			.toBe(200);
	}
});

test.afterAll(async () => {
	for (const { process: child } of instances) child.kill('SIGTERM');
	await Promise.all(
		instances.map(
			({ process: child }) =>
				new Promise((resolve) =>
					child.exitCode === null ? child.once('exit', resolve) : resolve(0)
				)
		)
	);
	if (made.length > 0) await service().from('practices').delete().in('slug', made);
});

test('a practice archived through one path leaves the search answers of every instance', async ({
	request
}) => {
	const stamp = `${Date.now().toString(36)}${test.info().repeatEachIndex}`;
	const word = `zephyrine${stamp}`;
	const slug = `instances-cache-${stamp}`;
	made.push(slug);
	const db = service();
	const { data: city, error: cityError } = await db
		.from('cities')
		.select('id')
		.eq('slug', 'rajkot')
		.single();
	expect(cityError).toBeNull();
	const { error } = await db.from('practices').insert({
		slug,
		kind: 'case_study',
		city_id: city!.id,
		language: 'en',
		title: `The ${word} control room`,
		title_en: `The ${word} control room`,
		summary_en: `How a city ran its ${word} command centre.`,
		markdown: `A practice made by the two-instance search test: ${word}.`,
		status: 'published',
		published_at: new Date().toISOString()
	});
	expect(error).toBeNull();

	const found = async (url: string) => {
		const response = await request.get(`${url}/api/v1/search?q=${word}`);
		expect(response.status()).toBe(200);
		const body: { hits: { slug: string }[]; engine: string } = await response.json();
		expect(body.engine).toBe('meilisearch');
		return body.hits.some((hit) => hit.slug === slug);
	};

	// Once a worker has indexed it, both instances find it, and keep that answer in their caches.
	for (const { url } of instances) {
		await expect.poll(() => found(url), { timeout: 30_000 }).toBe(true);
	}
	expect(await found(instances[1].url)).toBe(true);

	const archived = await db.from('practices').update({ status: 'archived' }).eq('slug', slug);
	expect(archived.error).toBeNull();

	// How soon a worker updates the index depends on the machine; the caches are what is tested.
	await expect
		.poll(
			async () => {
				const response = await request.post(
					`${stack.MEILISEARCH_URL}/indexes/${stack.MEILISEARCH_INDEX || 'citysetu'}/search`,
					{
						headers: { authorization: `Bearer ${stack.MEILISEARCH_SEARCH_KEY}` },
						data: { q: word, attributesToRetrieve: ['slug'] }
					}
				);
				const body: { hits: { slug: string }[] } = await response.json();
				return body.hits.some((hit) => hit.slug === slug);
			},
			{ timeout: 60_000 }
		)
		.toBe(false);
	// Once the index has changed, well within the caches' 30 seconds, every instance forgets the
	// answer it kept.
	for (const { url } of instances) {
		await expect.poll(() => found(url), { timeout: 10_000 }).toBe(false);
	}
});
