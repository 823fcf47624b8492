// Keeps the Meilisearch index in step with Postgres: the outbox worker, the reconciler and the
// full rebuild. Plain TypeScript with no SvelteKit imports: the app runs the worker, and
// `npm run reindex` and the benchmark run the rebuild.
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../supabase.ts';
import {
	cityDocument,
	indexSettings,
	practiceDocument,
	type CityRecord,
	type Names,
	type PracticeRecord,
	type SearchDocument
} from './documents.ts';
import { isUnreachable } from './http.ts';
import { companionRows, wordRows } from './companions.ts';
import { rebuildIndexName } from './keys.ts';

export const DEFAULT_INDEX = 'citysetu';
/** After this many failed attempts an outbox row becomes a dead letter. */
export const MAX_ATTEMPTS = 8;
const BATCH = 100;
const LEASE_SECONDS = 60;
const TASK_TIMEOUT_MS = 30_000;

type Entity = 'practice' | 'city';
interface OutboxRow {
	id: number;
	entity: string;
	entity_id: string;
}
// A type, not an interface: PostgREST's Json argument type takes only plain object types.
type IndexedState = {
	entity: Entity;
	entity_id: string;
	version: number;
	present: boolean;
};

// Single literals, so supabase-js can read the columns and type the rows.
const PRACTICE_COLUMNS =
	'id, slug, kind, language, title, title_en, summary_en, markdown, sectors, components, version, updated_at, status, city:cities!inner(slug, name, name_local, name_local_lang, state, zonal_council)';
const CITY_COLUMNS =
	'id, slug, name, name_local, name_local_lang, state, zonal_council, iccc_summary_en, iccc_summary_hi, updated_at, city_components(component_slug)';

async function vocabularyNames(
	db: Db
): Promise<{ sectors: Names; components: Names; cities: Names }> {
	const [sectors, components, places] = await Promise.all([
		db.from('sectors').select('slug, name_en, name_hi'),
		db.from('iccc_components').select('slug, name_en, name_hi'),
		db.from('place_names').select('kind, key, name').in('kind', ['city', 'component'])
	]);
	if (sectors.error) throw new Error(`sectors: ${sectors.error.message}`);
	if (components.error) throw new Error(`components: ${components.error.message}`);
	if (places.error) throw new Error(`place names: ${places.error.message}`);
	const names = (rows: { slug: string; name_en: string; name_hi: string }[]): Names =>
		new Map(rows.map((r) => [r.slug, [r.name_en, r.name_hi]]));
	const componentNames = names(components.data);
	const cities: Names = new Map();
	// The components' and cities' names in the other languages too, so any of them finds them.
	for (const { kind, key, name } of places.data) {
		const into = kind === 'city' ? cities : componentNames;
		into.set(key, [...(into.get(key) ?? []), name]);
	}
	return { sectors: names(sectors.data), components: componentNames, cities };
}

type CityRow = Omit<CityRecord, 'components'> & { city_components: { component_slug: string }[] };
const cityRecord = ({ city_components, ...city }: CityRow): CityRecord => ({
	...city,
	components: city_components.map((c) => c.component_slug)
});

/** Waits for a Meilisearch task and fails unless it succeeded. */
async function settle(meili: Meilisearch, taskUid: number): Promise<void> {
	const task = await meili.tasks.waitForTask(taskUid, {
		timeout: TASK_TIMEOUT_MS,
		interval: 50
	});
	if (task.status !== 'succeeded') {
		throw new Error(`Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? ''}`);
	}
}

/**
 * Waits until `uid` names the index created at `createdAt`: the swap is done. (A key limited to
 * CitySetu's indexes cannot read a swap's task: Meilisearch shows swaps only to keys for every
 * index. An index's creation time moves with it in a swap.)
 */
async function swappedIn(meili: Meilisearch, uid: string, createdAt: string): Promise<void> {
	for (const started = Date.now(); Date.now() - started < TASK_TIMEOUT_MS;) {
		if ((await meili.getRawIndex(uid)).createdAt === createdAt) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`Meilisearch did not swap the rebuilt index into “${uid}”`);
}

/** Creates the index when it is missing and applies the settings kept in code. */
export async function ensureIndex(meili: Meilisearch, uid = DEFAULT_INDEX): Promise<void> {
	try {
		await meili.getIndex(uid);
	} catch {
		const created = await meili.createIndex(uid, { primaryKey: 'id' });
		await settle(meili, created.taskUid);
	}
	const updated = await meili.index(uid).updateSettings(indexSettings());
	await settle(meili, updated.taskUid);
}

export interface BatchResult {
	claimed: number;
	upserted: number;
	deleted: number;
	failed: number;
}

/**
 * One round of the outbox worker: claims waiting rows, re-reads their records, writes the
 * published ones to the index and deletes the rest, waits for Meilisearch to finish, and marks
 * the rows done (or failed, to be retried with back-off).
 */
export async function processOutbox(
	db: Db,
	meili: Meilisearch,
	{ uid = DEFAULT_INDEX, limit = BATCH }: { uid?: string; limit?: number } = {}
): Promise<BatchResult> {
	const claimed = await db.rpc('claim_search_outbox', {
		p_limit: limit,
		p_lease_seconds: LEASE_SECONDS
	});
	if (claimed.error) throw new Error(`claim_search_outbox: ${claimed.error.message}`);
	const rows: OutboxRow[] = claimed.data;
	const result: BatchResult = { claimed: rows.length, upserted: 0, deleted: 0, failed: 0 };
	if (rows.length === 0) return result;
	const ids = rows.map((r) => r.id);
	try {
		const { documents, deletions, state } = await readCurrent(db, rows);
		const index = meili.index(uid);
		if (documents.length > 0) {
			await settle(meili, (await index.addDocuments(documents)).taskUid);
		}
		if (deletions.length > 0) {
			await settle(meili, (await index.deleteDocuments(deletions)).taskUid);
		}
		await putCompanions(db, documents, deletions);
		const done = await db.rpc('complete_search_outbox', { p_ids: ids, p_state: state });
		if (done.error) throw new Error(`complete_search_outbox: ${done.error.message}`);
		result.upserted = documents.length;
		result.deleted = deletions.length;
	} catch (error) {
		const message = (error as Error).message;
		const unreachable = isUnreachable(error);
		// Meilisearch not answering is not the rows' fault: they go back without an attempt used.
		const back = unreachable
			? await db.rpc('release_search_outbox', { p_ids: ids })
			: await db.rpc('fail_search_outbox', {
					p_ids: ids,
					p_error: message,
					p_max_attempts: MAX_ATTEMPTS
				});
		if (back.error) console.error('search: could not give rows back:', back.error.message);
		result.failed = rows.length;
		throw error;
	}
	return result;
}

/**
 * Keeps what the fallback and the loanword bridge read beside the index: the romanised
 * companions of the documents written (and none for those deleted), and their words.
 */
async function putCompanions(db: Db, documents: SearchDocument[], deletions: string[] = []) {
	const gone = deletions.map((id) => {
		const [entity, ...rest] = id.split('-');
		return { entity, entity_id: rest.join('-') };
	});
	const companions = await db.rpc('put_search_companions', {
		p_rows: companionRows(documents),
		p_gone: gone
	});
	if (companions.error) throw new Error(`put_search_companions: ${companions.error.message}`);
	const words = await db.rpc('put_search_words', { p_words: wordRows(documents) });
	if (words.error) throw new Error(`put_search_words: ${words.error.message}`);
}

/** The current state of the claimed records: documents to write, ids to delete, versions. */
async function readCurrent(db: Db, rows: OutboxRow[]) {
	const practiceIds = [
		...new Set(rows.filter((r) => r.entity === 'practice').map((r) => r.entity_id))
	];
	const cityIds = [...new Set(rows.filter((r) => r.entity === 'city').map((r) => r.entity_id))];
	const names = await vocabularyNames(db);
	const documents: SearchDocument[] = [];
	const deletions: string[] = [];
	const state: IndexedState[] = [];

	if (practiceIds.length > 0) {
		const { data, error } = await db
			.from('practices')
			.select(PRACTICE_COLUMNS)
			.in('id', practiceIds);
		if (error) throw new Error(`practices: ${error.message}`);
		const found = new Map(data.map((p) => [p.id, p]));
		for (const id of practiceIds) {
			const practice = found.get(id);
			if (practice?.status === 'published') {
				documents.push(practiceDocument(practice, names.sectors, names.components, names.cities));
				state.push({ entity: 'practice', entity_id: id, version: practice.version, present: true });
			} else {
				deletions.push(`practice-${id}`);
				state.push({
					entity: 'practice',
					entity_id: id,
					version: practice?.version ?? 0,
					present: false
				});
			}
		}
	}
	if (cityIds.length > 0) {
		const { data, error } = await db.from('cities').select(CITY_COLUMNS).in('id', cityIds);
		if (error) throw new Error(`cities: ${error.message}`);
		const found = new Map(data.map((c) => [c.id, cityRecord(c)]));
		for (const id of cityIds) {
			const city = found.get(id);
			if (city) {
				documents.push(cityDocument(city, names.components, names.cities));
				state.push({
					entity: 'city',
					entity_id: id,
					version: Date.parse(city.updated_at),
					present: true
				});
			} else {
				deletions.push(`city-${id}`);
				state.push({ entity: 'city', entity_id: id, version: 0, present: false });
			}
		}
	}
	return { documents, deletions, state };
}

/** Queues every record the index is behind on. Returns how many were queued. */
export async function reconcile(db: Db): Promise<number> {
	const { data, error } = await db.rpc('search_reconcile');
	if (error) throw new Error(`search_reconcile: ${error.message}`);
	return data;
}

/** Every published practice and every city, read page by page. */
async function* allDocuments(db: Db, pageSize = 500) {
	const names = await vocabularyNames(db);
	// Keyset paging (after the last id read), so each page costs the same at 100,000 practices;
	// an offset makes Postgres walk past every row before it.
	for (let after: string | null = null; ;) {
		let query = db
			.from('practices')
			.select(PRACTICE_COLUMNS)
			.eq('status', 'published')
			.order('id')
			.limit(pageSize);
		if (after) query = query.gt('id', after);
		const { data, error } = await query;
		if (error) throw new Error(`practices: ${error.message}`);
		const practices: PracticeRecord[] = data;
		after = practices.at(-1)?.id ?? null;
		yield practices.map((p) => ({
			doc: practiceDocument(p, names.sectors, names.components, names.cities),
			state: { entity: 'practice', entity_id: p.id, version: p.version } as const
		}));
		if (practices.length < pageSize) break;
	}
	const { data, error } = await db.from('cities').select(CITY_COLUMNS).order('id');
	if (error) throw new Error(`cities: ${error.message}`);
	yield data.map((row) => {
		const city = cityRecord(row);
		return {
			doc: cityDocument(city, names.components, names.cities),
			state: { entity: 'city', entity_id: city.id, version: Date.parse(city.updated_at) } as const
		};
	});
}

export interface RebuildProgress {
	indexed: number;
	total: number;
}

/**
 * Rebuilds the index from Postgres into a fresh index and swaps it in atomically; searches keep
 * using the old index until the swap. Writes made meanwhile are caught by the reconciler, which
 * runs at the end. Returns how many documents the new index holds.
 */
export async function rebuildIndex(
	db: Db,
	meili: Meilisearch,
	{
		uid = DEFAULT_INDEX,
		onProgress
	}: { uid?: string; onProgress?: (progress: RebuildProgress) => void } = {}
): Promise<number> {
	const { count, error } = await db
		.from('practices')
		.select('id', { count: 'exact', head: true })
		.eq('status', 'published');
	if (error) throw new Error(`practices: ${error.message}`);
	const cities = await db.from('cities').select('id', { count: 'exact', head: true });
	const total = (count ?? 0) + (cities.count ?? 0);

	const rebuildStarted = Date.now();
	const fresh = rebuildIndexName(uid);
	await ensureIndex(meili, fresh);
	await ensureIndex(meili, uid);
	const state: { entity: string; entity_id: string; version: number }[] = [];
	const tasks: number[] = [];
	let indexed = 0;
	try {
		for await (const batch of allDocuments(db)) {
			if (batch.length === 0) continue;
			const docs = batch.map((b) => b.doc);
			tasks.push((await meili.index(fresh).addDocuments(docs)).taskUid);
			await putCompanions(db, docs);
			state.push(...batch.map((b) => b.state));
			indexed += batch.length;
			onProgress?.({ indexed, total: Math.max(total, indexed) });
		}
		for (const task of tasks) await settle(meili, task);
		const built = await meili.getRawIndex(fresh);
		await meili.swapIndexes([{ indexes: [uid, fresh], rename: false }]);
		await swappedIn(meili, uid, built.createdAt);
	} finally {
		// After the swap `fresh` names the old index; before it, the unfinished new one.
		const dropped = await meili.deleteIndex(fresh).catch(() => null);
		if (dropped) await settle(meili, dropped.taskUid).catch(() => {});
	}
	// Every indexed text was read since the rebuild began: words none of them has are gone.
	const pruned = await db.rpc('prune_search_words', {
		p_since: new Date(rebuildStarted).toISOString()
	});
	if (pruned.error) throw new Error(`prune_search_words: ${pruned.error.message}`);
	const replaced = await db.rpc('replace_search_index_state', { p_state: state });
	if (replaced.error) throw new Error(`replace_search_index_state: ${replaced.error.message}`);
	await reconcile(db);
	return indexed;
}
