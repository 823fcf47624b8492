// The two Meilisearch keys CitySetu works with, so the master key stays out of the app: a search
// key (the request path: search only, on the platform's index) and an index key (the outbox
// worker and `npm run reindex`: documents, settings, tasks and the atomic rebuild, on the
// platform's index and its rebuild indexes only). The local stack creates them with its master
// key at start; a hosted deployment creates them once (see the README). Plain TypeScript with no
// SvelteKit imports, so the stack launcher and the tests use it too.
import { createHash } from 'node:crypto';
import type { Key, Meilisearch } from 'meilisearch';

const REBUILD_INFIX = '__rebuild_';

/** The index a rebuild fills before swapping it in, named so that the index key reaches it. */
export function rebuildIndexName(uid: string, at = Date.now()): string {
	return `${uid}${REBUILD_INFIX}${at}`;
}

/** What each key may do, and on which indexes. */
export function keyScopes(index: string) {
	return {
		search: { actions: ['search'], indexes: [index] },
		index: {
			actions: [
				'documents.add',
				'documents.delete',
				'indexes.create',
				'indexes.get',
				'indexes.delete',
				'indexes.swap',
				'settings.update',
				'tasks.get'
			],
			// A wildcard only at the end: Meilisearch matches it as a prefix.
			indexes: [index, `${index}${REBUILD_INFIX}*`]
		}
	};
}

/** A stable uid (a version-4 shaped UUID) for a key, so a restart finds the key it made before. */
export function keyUid(purpose: 'search' | 'index', index: string): string {
	const hex = createHash('sha256').update(`citysetu:${purpose}:${index}`).digest('hex');
	const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	return [
		hex.slice(0, 8),
		hex.slice(8, 12),
		`4${hex.slice(13, 16)}`,
		`${variant}${hex.slice(17, 20)}`,
		hex.slice(20, 32)
	].join('-');
}

/** Meilisearch's error code, however deep in the chain of causes the client put it. */
function errorCode(error: unknown): string | undefined {
	for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') return code;
	}
	return undefined;
}

const sameList = (a: string[], b: string[]) =>
	a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

async function ensureKey(
	master: Meilisearch,
	purpose: 'search' | 'index',
	index: string
): Promise<string> {
	const uid = keyUid(purpose, index);
	const scope = keyScopes(index)[purpose];
	const existing: Key | null = await master.getKey(uid).catch((error: unknown) => {
		if (errorCode(error) === 'api_key_not_found') return null;
		throw error;
	});
	if (existing && sameList(existing.actions, scope.actions)) {
		if (sameList(existing.indexes, scope.indexes)) return existing.key;
	}
	// A key's actions and indexes cannot change: one made by an older scope is replaced.
	if (existing) await master.deleteKey(uid);
	const created = await master.createKey({
		uid,
		name: `citysetu-${purpose}-${index}`,
		description: `CitySetu ${purpose} key for the index “${index}” (made at start)`,
		...scope,
		expiresAt: null
	});
	return created.key;
}

/**
 * Finds or creates the search key and the index key for `index`, with a client holding the
 * master key. Call at start only; hand each key to the part that needs it.
 */
export async function ensureSearchKeys(
	master: Meilisearch,
	index: string
): Promise<{ searchKey: string; indexKey: string }> {
	return {
		searchKey: await ensureKey(master, 'search', index),
		indexKey: await ensureKey(master, 'index', index)
	};
}
