// Change notices against the real stack: a write through PostgREST reaches the app's listener
// with the table's name, what the app keeps in memory is read again after it, and an
// announcement reaches every listening connection (another instance of the app).
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
	CHANNEL,
	announce,
	changesLive,
	onChange,
	startChangeListener,
	stopChangeListener
} from '../../src/lib/server/changes';
import type { Changed } from '../../src/lib/server/changes';
import { cityChoices, cityIdOf, getCity, listCities } from '../../src/lib/server/cities';
import { componentCatalogue } from '../../src/lib/server/reference/catalogues';
import { cachedAnswer } from '../../src/lib/server/search/cache';
import { resetSearchClient } from '../../src/lib/server/search/client';
import { rebuildIndex } from '../../src/lib/server/search/indexer';
import { ensureSearchKeys, keyUid } from '../../src/lib/server/search/keys';
import { resetSearchCoolDown, search } from '../../src/lib/server/search/service';
import { searchVocabulary } from '../../src/lib/server/search/vocabulary';
import { service, sql } from './clients';

const env = inject('stackEnv');
const POLL = { timeout: 10_000, interval: 50 };

/** Every batch of notices this process hears while the tests run. */
const heard: Changed[] = [];
let unsubscribe: () => void;

const heardTable = (table: string) =>
	heard.some((changed) => changed !== 'all' && changed.has(table));

/** Another connection to the same database: what a second instance of the app would hold. */
async function otherInstance() {
	const client = new pg.Client({ connectionString: env.DATABASE_URL });
	await client.connect();
	await client.query(`listen ${CHANNEL}`);
	const payloads: string[] = [];
	client.on('notification', (message) => payloads.push(message.payload ?? ''));
	return { client, payloads };
}

beforeAll(async () => {
	unsubscribe = onChange((changed) => heard.push(changed));
	startChangeListener();
	await vi.waitFor(() => {
		if (!changesLive()) throw new Error('the change listener has not connected');
	}, POLL);
});

afterAll(async () => {
	unsubscribe();
	await stopChangeListener();
});

describe('change notices', () => {
	it('name the table a write through PostgREST changed', async () => {
		const [sector] = await sql<{ slug: string; name_en: string }>(
			'select slug, name_en from sectors order by sort_order limit 1'
		);
		heard.length = 0;
		// Statement triggers fire even when the values stay the same.
		const { error } = await service()
			.from('sectors')
			.update({ name_en: sector.name_en })
			.eq('slug', sector.slug);
		expect(error).toBeNull();
		await expect.poll(() => heardTable('sectors'), POLL).toBe(true);
		expect(heardTable('cities')).toBe(false);
	});

	it('reach every listening connection when announced', async () => {
		const other = await otherInstance();
		try {
			heard.length = 0;
			await announce('search_index');
			await expect.poll(() => other.payloads, POLL).toContain('search_index');
			// The announcing instance hears itself too.
			await expect.poll(() => heardTable('search_index'), POLL).toBe(true);
		} finally {
			await other.client.end();
		}
	});

	it('tell listeners that anything may have changed when the connection drops, then resume', async () => {
		heard.length = 0;
		await sql(
			`select pg_terminate_backend(pid) from pg_stat_activity
			 where application_name = 'citysetu-changes' and pid <> pg_backend_pid()`
		);
		await expect.poll(() => heard.includes('all'), POLL).toBe(true);
		await expect.poll(changesLive, POLL).toBe(true);
		heard.length = 0;
		const { error } = await service()
			.from('iccc_components')
			.delete()
			.eq('slug', 'no-such-component');
		expect(error).toBeNull();
		await expect.poll(() => heardTable('iccc_components'), POLL).toBe(true);
	});
});

describe('reference data kept in memory', () => {
	const rename = (name: string) => service().from('cities').update({ name }).eq('slug', 'rajkot');

	afterAll(async () => {
		await rename('Rajkot');
	});

	it('is served from memory while nothing announces a change', async () => {
		expect((await getCity('rajkot'))?.name).toBe('Rajkot');
		const [rajkot] = await sql<{ id: string }>(`select id from cities where slug = 'rajkot'`);
		expect(await cityIdOf('rajkot')).toBe(rajkot.id);
		expect(await cityIdOf('atlantis')).toBeNull();
		// A write that fires no trigger sends no notice: the kept city stays as it was, which
		// shows the page is not read from PostgREST each time.
		const client = new pg.Client({ connectionString: env.DATABASE_URL });
		await client.connect();
		try {
			await client.query('begin');
			await client.query(`set local session_replication_role = replica`);
			await client.query(`update cities set name = 'Rajkot (unannounced)' where slug = 'rajkot'`);
			await client.query('commit');
		} finally {
			await client.end();
		}
		expect((await getCity('rajkot'))?.name).toBe('Rajkot');
	});

	it('is read again after a change through PostgREST, on every path that shows it', async () => {
		expect((await rename('Rajkot (renamed)')).error).toBeNull();
		await expect.poll(async () => (await getCity('rajkot'))?.name, POLL).toBe('Rajkot (renamed)');
		const gujarat = await listCities({ state: 'Gujarat' }, { page: 1, perPage: 100 });
		expect(gujarat.cities.map((c) => c.name)).toContain('Rajkot (renamed)');
		expect((await cityChoices()).find((c) => c.slug === 'rajkot')?.name).toBe('Rajkot (renamed)');
		expect((await searchVocabulary()).names.cities.rajkot).toBe('Rajkot (renamed)');

		expect((await rename('Rajkot')).error).toBeNull();
		await expect.poll(async () => (await getCity('rajkot'))?.name, POLL).toBe('Rajkot');
	});

	it('shows a renamed ICCC component on the city pages that run it', async () => {
		const before = (await componentCatalogue()).find((c) => c.slug === 'itms');
		expect(before).toBeDefined();
		const renamed = `${before!.name_en} (renamed)`;
		const update = (name_en: string) =>
			service().from('iccc_components').update({ name_en }).eq('slug', 'itms');
		try {
			expect((await update(renamed)).error).toBeNull();
			await expect
				.poll(async () => (await getCity('rajkot'))?.iccc.components[0]?.name_en, POLL)
				.toBe(renamed);
			expect((await componentCatalogue()).find((c) => c.slug === 'itms')?.name_en).toBe(renamed);
		} finally {
			await update(before!.name_en);
		}
	});
});

describe('the search answer cache', () => {
	// An index of this test's own, with keys made the way the stack makes the platform's.
	const uid = `test_changes_${Date.now()}`;
	const master = new Meilisearch({ host: env.MEILISEARCH_URL, apiKey: inject('meiliMasterKey') });
	const saved = { index: process.env.MEILISEARCH_INDEX, key: process.env.MEILISEARCH_SEARCH_KEY };

	beforeAll(async () => {
		const keys = await ensureSearchKeys(master, uid);
		process.env.MEILISEARCH_INDEX = uid;
		process.env.MEILISEARCH_SEARCH_KEY = keys.searchKey;
		resetSearchClient();
		resetSearchCoolDown();
		await rebuildIndex(
			service(),
			new Meilisearch({ host: env.MEILISEARCH_URL, apiKey: keys.indexKey }),
			{
				uid
			}
		);
	});

	afterAll(async () => {
		process.env.MEILISEARCH_INDEX = saved.index;
		process.env.MEILISEARCH_SEARCH_KEY = saved.key;
		resetSearchClient();
		await master.deleteIndex(uid).catch(() => {});
		for (const purpose of ['search', 'index'] as const) {
			await master.deleteKey(keyUid(purpose, uid)).catch(() => {});
		}
	});

	it('is cleared when another instance announces that the index changed', async () => {
		const query = { q: 'iccc', filters: {}, page: 1, perPage: 5 };
		expect((await search(query)).engine).toBe('meilisearch');
		expect(cachedAnswer(query)).not.toBeNull();
		const other = await otherInstance();
		try {
			// A change to a table search does not show leaves the answers kept…
			heard.length = 0;
			await other.client.query('select pg_notify($1, $2)', [CHANNEL, 'sectors']);
			await expect.poll(() => heardTable('sectors'), POLL).toBe(true);
			expect(cachedAnswer(query)).not.toBeNull();
			// …and the other instance's worker changing the index clears them.
			await other.client.query('select pg_notify($1, $2)', [CHANNEL, 'search_index']);
		} finally {
			await other.client.end();
		}
		await expect.poll(() => cachedAnswer(query), POLL).toBeNull();
	});
});
