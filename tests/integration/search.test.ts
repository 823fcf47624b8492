import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMeilisearch } from '../../scripts/stack/meilisearch.js';
import { freePort } from '../../scripts/stack/ports.js';
import { createLogger } from '../../scripts/stack/log.js';
import { validateSessionToken } from '../../src/lib/server/auth/session';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { createPractice, updatePractice } from '../../src/lib/server/practices';
import type { PracticeInput } from '../../src/lib/schemas/practice';
import { indexClient, resetSearchClient, searchClient } from '../../src/lib/server/search/client';
import { ensureSearchKeys, keyUid } from '../../src/lib/server/search/keys';
import { processOutbox, rebuildIndex, reconcile } from '../../src/lib/server/search/indexer';
import { clearSearchCache } from '../../src/lib/server/search/cache';
import { outboxReport, retryDeadLetters } from '../../src/lib/server/search/outbox';
import { resetSearchCoolDown, search } from '../../src/lib/server/search/service';
import { signIn } from '../../src/lib/server/accounts/sign-in';
import { anon, service } from './clients';

const env = inject('stackEnv');
const uid = `test_search_${Date.now()}`;
const masterKey = inject('meiliMasterKey');
/** The master key's client: only for making keys and looking at what the tests did. */
const master = new Meilisearch({ host: env.MEILISEARCH_URL, apiKey: masterKey });
/** This test's index keys, made the way the stack makes the platform's. */
let keys: { searchKey: string; indexKey: string };
/** The index key's client: what the worker and `npm run reindex` use. */
let meili: Meilisearch;
let mentor: SessionUser;

/** Points the app's search clients at this test's index and keys. */
function useKeys(url: string, { searchKey, indexKey }: typeof keys) {
	process.env.MEILISEARCH_URL = url;
	process.env.MEILISEARCH_SEARCH_KEY = searchKey;
	process.env.MEILISEARCH_INDEX_KEY = indexKey;
	resetSearchClient();
}

async function user(email: string): Promise<SessionUser> {
	const result = await signIn(email, env.DEMO_PASSWORD, { ip: '10.20.0.2', userAgent: 'vitest' });
	if (result.kind !== 'ok') throw new Error(`cannot sign in ${email}`);
	const validated = await validateSessionToken(result.token);
	if (!validated) throw new Error('no session');
	return validated.user;
}

const practice = (title_en: string, over: Partial<PracticeInput> = {}): PracticeInput => ({
	kind: 'playbook',
	city: 'rajkot',
	language: 'gu',
	title: 'સ્માર્ટ પાર્કિંગ માર્ગદર્શિકા',
	title_en,
	summary_en: 'How to run smart parking from the ICCC.',
	markdown: '## પગલાં\n\nપાર્કિંગ સેન્સર આઇસીસીસી સાથે જોડો.',
	sectors: ['mobility'],
	components: ['smart-parking'],
	outcomes: [],
	status: 'published',
	...over
});

/** Drains the outbox into the test index until nothing is waiting. */
async function drain(client = meili) {
	for (let i = 0; i < 50; i++) {
		const { claimed } = await processOutbox(service(), client, { uid });
		if (claimed === 0) return;
	}
	throw new Error('the outbox did not drain');
}

const idOf = async (slug: string) =>
	(await service().from('practices').select('id').eq('slug', slug).single()).data?.id as string;

const inIndex = async (slug: string, client = master, index = uid) =>
	(await client.index(index).search('', { filter: [`slug = "${slug}"`] })).hits.length > 0;

beforeAll(async () => {
	mentor = await user('mentor.rajkot@citysetu.test');
	process.env.MEILISEARCH_INDEX = uid;
	keys = await ensureSearchKeys(master, uid);
	meili = new Meilisearch({ host: env.MEILISEARCH_URL, apiKey: keys.indexKey });
	useKeys(env.MEILISEARCH_URL, keys);
	await rebuildIndex(service(), meili, { uid });
	// Rows the seeding queued are already in the rebuilt index.
	await drain();
});

afterAll(async () => {
	await master.deleteIndex(uid).catch(() => {});
	for (const purpose of ['search', 'index'] as const) {
		await master.deleteKey(keyUid(purpose, uid)).catch(() => {});
	}
	// The index state is shared: with this test's index gone, nothing may count as indexed, so
	// the app that runs next on this stack rebuilds its own index from scratch.
	await service().rpc('replace_search_index_state', { p_state: [] });
	delete process.env.MEILISEARCH_INDEX;
	useKeys(env.MEILISEARCH_URL, {
		searchKey: env.MEILISEARCH_SEARCH_KEY,
		indexKey: env.MEILISEARCH_INDEX_KEY
	});
});

/** The Meilisearch error code a refused request gave, or null when it went through. */
async function refusal(request: () => Promise<unknown>): Promise<string | null> {
	try {
		await request();
		return null;
	} catch (error) {
		// Meilisearch's answer, perhaps wrapped by the client in a request error.
		for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
			const code = (e as { code?: unknown }).code;
			if (typeof code === 'string') return code;
		}
		return String(error);
	}
}

describe('Meilisearch keys', () => {
	const other = `test_other_${Date.now()}`;

	beforeAll(async () => {
		await master.tasks.waitForTask((await master.createIndex(other)).taskUid);
	});
	afterAll(async () => {
		await master.deleteIndex(other).catch(() => {});
	});

	it('the app searches with a key that can only search the platform’s index', async () => {
		const client = searchClient();
		if (!client) throw new Error('no search client');
		expect((await client.index(uid).search('ICCC')).hits.length).toBeGreaterThan(0);
		expect(await refusal(() => client.index(uid).addDocuments([{ id: 'x' }]))).toBe(
			'invalid_api_key'
		);
		expect(await refusal(() => client.index(uid).deleteAllDocuments())).toBe('invalid_api_key');
		expect(await refusal(() => client.index(other).search('x'))).toBe('invalid_api_key');
		expect(await refusal(() => client.getKeys())).toBe('invalid_api_key');
	});

	it('the index key reaches the platform’s indexes and no other', async () => {
		const client = indexClient();
		if (!client) throw new Error('no index client');
		expect(await refusal(() => client.index(other).addDocuments([{ id: 'x' }]))).toBe(
			'invalid_api_key'
		);
		expect(await refusal(() => client.index(other).updateSettings({}))).toBe('invalid_api_key');
		expect(await refusal(() => client.deleteIndex(other))).toBe('invalid_api_key');
		expect(await refusal(() => client.createIndex(`not_citysetu_${Date.now()}`))).toBe(
			'invalid_api_key'
		);
		expect(
			await refusal(() => client.swapIndexes([{ indexes: [uid, other], rename: false }]))
		).toBe('invalid_api_key');
		expect(await refusal(() => client.getKeys())).toBe('invalid_api_key');
		expect(await refusal(() => client.index(uid).search('x'))).toBe('invalid_api_key');
	});

	it('the app never holds the master key, even when an old setting offers it', async () => {
		process.env.MEILISEARCH_API_KEY = masterKey;
		process.env.MEILISEARCH_MASTER_KEY = masterKey;
		try {
			resetSearchClient();
			expect(searchClient()?.config.apiKey).toBe(keys.searchKey);
			expect(indexClient()?.config.apiKey).toBe(keys.indexKey);
			expect(searchClient()?.config.apiKey).not.toBe(masterKey);
			expect(indexClient()?.config.apiKey).not.toBe(masterKey);
		} finally {
			delete process.env.MEILISEARCH_API_KEY;
			delete process.env.MEILISEARCH_MASTER_KEY;
			resetSearchClient();
		}
	});

	it('are found again, not duplicated, when the stack starts again', async () => {
		expect(await ensureSearchKeys(master, uid)).toEqual(keys);
	});

	it('are made again when one was made with other rights', async () => {
		const index = `test_rights_${Date.now()}`;
		await master.createKey({
			uid: keyUid('search', index),
			actions: ['search', 'documents.add'],
			indexes: ['*'],
			expiresAt: null
		});
		try {
			const made = await ensureSearchKeys(master, index);
			const key = await master.getKey(keyUid('search', index));
			expect(key).toMatchObject({ key: made.searchKey, actions: ['search'], indexes: [index] });
		} finally {
			for (const purpose of ['search', 'index'] as const) {
				await master.deleteKey(keyUid(purpose, index)).catch(() => {});
			}
		}
	});
});

describe('the search outbox', () => {
	it('queues a write in the same transaction and indexes it when the worker runs', async () => {
		const created = await createPractice(mentor, practice(`Smart parking ${Date.now()}`), null);
		if (created.kind !== 'created') throw new Error(created.kind);
		const id = await idOf(created.slug);
		const { data: waiting } = await service()
			.from('search_outbox')
			.select('status')
			.eq('entity_id', id);
		expect(waiting).toEqual([{ status: 'pending' }]);
		expect(await inIndex(created.slug)).toBe(false);

		await drain();
		expect(await inIndex(created.slug)).toBe(true);
		const { data: state } = await service()
			.from('search_index_state')
			.select('indexed_version, present')
			.eq('entity_id', id)
			.single();
		expect(state).toEqual({ indexed_version: 1, present: true });

		const archived = await updatePractice(mentor, created.slug, { status: 'archived' }, 1);
		expect(archived.kind).toBe('saved');
		await drain();
		expect(await inIndex(created.slug)).toBe(false);
	});

	it('never indexes a draft', async () => {
		const created = await createPractice(
			mentor,
			practice(`Draft parking ${Date.now()}`, { status: 'draft' }),
			null
		);
		if (created.kind !== 'created') throw new Error(created.kind);
		await drain();
		expect(await inIndex(created.slug)).toBe(false);
		const result = await search({ q: 'Draft parking', filters: {}, page: 1, perPage: 50 });
		expect(result.hits.map((h) => h.slug)).not.toContain(created.slug);
	});

	it('is closed to the public and to signed-in users who are not admins', async () => {
		const { data } = await anon().from('search_outbox').select('id').limit(1);
		expect(data ?? []).toEqual([]);
		const claim = await anon().rpc('claim_search_outbox', { p_limit: 1, p_lease_seconds: 1 });
		expect(claim.error).not.toBeNull();
	});
});

describe('the reconciler', () => {
	it('queues records whose indexed version is behind, and nothing once in step', async () => {
		await drain();
		const before = await reconcile(service());
		expect(before, 'the index should be in step before the test').toBe(0);
		const { data: rajkot } = await service()
			.from('cities')
			.select('id')
			.eq('slug', 'rajkot')
			.single();
		const stale = await service()
			.from('search_index_state')
			.update({ indexed_version: 1 })
			.eq('entity_id', rajkot?.id as string)
			.select();
		expect(stale.data).toHaveLength(1);
		expect(await reconcile(service())).toBe(1);
		await drain();
		expect(await reconcile(service())).toBe(0);
	});
});

describe('what a search asks Meilisearch for', () => {
	const library = 'bilaspur-self-funding-digital-library-imaf-2-iccc-ranking';
	const ask = (facets: boolean) =>
		search({ q: 'digital library', filters: {}, page: 1, perPage: 5, facets });

	it('counts facets only when asked, and a cached answer never brings the wrong kind', async () => {
		resetSearchCoolDown();
		const bare = await ask(false);
		expect(bare.engine).toBe('meilisearch');
		expect(bare.facets).toBeUndefined();
		// The same search for the page, which lists facets: counted, though the plain answer is cached.
		const counted = await ask(true);
		expect(counted.facets?.type?.practice).toBeGreaterThan(0);
		expect(Object.keys(counted.facets ?? {}).sort()).toEqual(
			['type', 'kind', 'sectors', 'components', 'language', 'state', 'zone', 'city'].sort()
		);
		expect((await ask(false)).facets).toBeUndefined();
		expect(counted.hits.map((h) => h.slug)).toEqual(bare.hits.map((h) => h.slug));
	});

	it('gives each hit its titles as written and highlighted, and the summary as a snippet', async () => {
		const { hits } = await ask(false);
		const hit = hits.find((h) => h.slug === library);
		const { data: row } = await service()
			.from('practices')
			.select('title, title_en, summary_en, language')
			.eq('slug', library)
			.single();
		expect(row?.language).toBe('hi');
		expect(hit).toMatchObject({
			title: row?.title,
			title_en: row?.title_en,
			summary_en: row?.summary_en,
			language: 'hi',
			highlight: { title_language: 'hi', snippet_language: 'en' }
		});
		// The English query matches the English summary; the marks sit on the words found.
		expect(hit?.highlight.snippet).toMatch(/<mark>(digital|library)<\/mark>/i);
		// About thirty words of it, escaped, cut with … (the summary here is longer).
		const snippet = hit?.highlight.snippet.replace(/<\/?mark>/g, '') ?? '';
		expect(snippet.endsWith('…')).toBe(true);
		expect(snippet.split(' ').length).toBeLessThanOrEqual(31);
		const escaped = (row?.summary_en ?? '').replaceAll('&', '&amp;').replaceAll("'", '&#39;');
		expect(escaped.startsWith(snippet.slice(0, -1))).toBe(true);
		expect(hit?.title).not.toMatch(/[\uE000\uE001]/);
	});
});

describe('npm run reindex', () => {
	it('rebuilds into a fresh index, swaps it in and leaves no other index behind', async () => {
		const progress: number[] = [];
		const count = await rebuildIndex(service(), meili, {
			uid,
			onProgress: ({ indexed }) => progress.push(indexed)
		});
		const { count: published } = await service()
			.from('practices')
			.select('id', { count: 'exact', head: true })
			.eq('status', 'published');
		expect(count).toBe((published ?? 0) + 100);
		expect(progress.at(-1)).toBe(count);
		const stats = await master.index(uid).getStats();
		expect(stats.numberOfDocuments).toBe(count);
		const { results } = await master.getIndexes({ limit: 1000 });
		expect(results.filter((i) => i.uid.startsWith(`${uid}_`))).toEqual([]);
	});
});

describe('search when Meilisearch is down', () => {
	let dir: string;
	let down: Awaited<ReturnType<typeof startMeilisearch>>;
	let own: Meilisearch;
	const ownMasterKey = 'integration-test-master-key-0123456789';

	beforeAll(async () => {
		// A Meilisearch of this test's own, so stopping it leaves the shared one alone.
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citysetu-meili-'));
		down = await startMeilisearch({
			dir,
			port: await freePort(),
			masterKey: ownMasterKey,
			index: uid,
			log: createLogger('meilisearch', { quiet: true }),
			onFatal: () => {}
		});
		own = new Meilisearch({ host: down.url, apiKey: down.keys.indexKey });
		await rebuildIndex(service(), own, { uid });
		useKeys(down.url, down.keys);
		resetSearchCoolDown();
	});

	afterAll(async () => {
		await down.service.stop();
		useKeys(env.MEILISEARCH_URL, keys);
		resetSearchCoolDown();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('answers from Postgres, loses no write, and catches up when Meilisearch is back', async () => {
		expect((await search({ q: 'digital library', filters: {}, page: 1, perPage: 5 })).engine).toBe(
			'meilisearch'
		);
		await down.service.stop();
		// Answers given a moment ago may still be served from the cache; this test wants fresh ones.
		clearSearchCache();

		const fallback = await search({
			q: 'digital library',
			filters: {},
			page: 1,
			perPage: 5,
			facets: true
		});
		expect(fallback.engine).toBe('postgres');
		expect(fallback.hits[0]?.slug).toBe(
			'bilaspur-self-funding-digital-library-imaf-2-iccc-ranking'
		);
		// The glossary works in the fallback too: a Devanagari query finds the English wording.
		const devanagari = await search({ q: 'सेफ सिटी', filters: {}, page: 1, perPage: 5 });
		expect(devanagari.hits.map((h) => h.slug)).toContain(
			'safe-city-linking-private-cctv-cameras-to-iccc-kanpur'
		);
		expect(fallback.facets?.kind).toBeTruthy();
		// Facets are counted only when asked for, in the fallback as in Meilisearch.
		expect(devanagari.facets).toBeUndefined();

		const title_en = `Written while search was down ${Date.now()}`;
		const created = await createPractice(mentor, practice(title_en), null);
		if (created.kind !== 'created') throw new Error(created.kind);
		await expect(processOutbox(service(), own, { uid })).rejects.toThrow();
		const { data: rows } = await service()
			.from('search_outbox')
			.select('status, attempts')
			.eq('entity_id', await idOf(created.slug));
		// Still waiting, and the failed round did not count against it.
		expect(rows).toEqual([{ status: 'pending', attempts: 0 }]);

		down.service.start();
		const back = Date.now();
		await expect
			.poll(async () => (await own.health().catch(() => null))?.status, { timeout: 30_000 })
			.toBe('available');
		// Rows given back wait two seconds before they are claimed again.
		await expect
			.poll(
				async () => {
					await processOutbox(service(), own, { uid }).catch(() => null);
					return inIndex(created.slug, new Meilisearch({ host: down.url, apiKey: ownMasterKey }));
				},
				{ timeout: 30_000, interval: 500 }
			)
			.toBe(true);
		expect(Date.now() - back).toBeLessThan(60_000);
		resetSearchCoolDown();
		const found = await search({ q: title_en, filters: {}, page: 1, perPage: 5 });
		expect(found.engine).toBe('meilisearch');
		expect(found.hits[0]?.slug).toBe(created.slug);
	});
});

describe('dead letters', () => {
	it('go dead after repeated failures and come back when an admin retries', async () => {
		const created = await createPractice(mentor, practice(`Dead letter ${Date.now()}`), null);
		if (created.kind !== 'created') throw new Error(created.kind);
		const id = await idOf(created.slug);
		const { data: rows } = await service()
			.from('search_outbox')
			.select('id')
			.eq('entity_id', id)
			.eq('status', 'pending');
		const ids = (rows ?? []).map((r) => r.id);
		for (let i = 0; i < 8; i++) {
			await service()
				.from('search_outbox')
				.update({ attempts: i + 1 })
				.in('id', ids);
			await service().rpc('fail_search_outbox', {
				p_ids: ids,
				p_error: 'rejected',
				p_max_attempts: 8
			});
		}
		const { data: dead } = await service().from('search_outbox').select('status').in('id', ids);
		expect(dead).toEqual(ids.map(() => ({ status: 'dead' })));
		// The admin page's view, as the admin: the dead letters are listed and can be retried.
		const admin = await user('admin@citysetu.test');
		const report = await outboxReport(admin);
		expect(report.deadCount).toBeGreaterThanOrEqual(1);
		expect(report.dead.map((row) => row.id)).toEqual(expect.arrayContaining(ids));
		// Others see none of the letters, and retry nothing.
		expect((await outboxReport(mentor)).dead).toEqual([]);
		expect(await retryDeadLetters(mentor).catch(() => 0)).toBe(0);
		expect(await outboxReport(admin)).toMatchObject({ deadCount: report.deadCount });
		expect(await retryDeadLetters(admin)).toBeGreaterThanOrEqual(1);
		await drain();
		expect(await inIndex(created.slug)).toBe(true);
	});
});
