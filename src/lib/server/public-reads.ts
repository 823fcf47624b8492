// Reads that anyone may make, kept in memory when made anonymously. A public page answered from
// memory costs a fraction of one answered through PostgREST, which alone spends about 2 ms of
// CPU (PostgREST and Postgres) per request on this machine. Only the public client's reads are
// kept: a signed-in user's read goes to the database as that user every time, so row-level
// security decides it as before. What is kept is forgotten when a change to one of its tables is
// announced (changes.ts), on every instance; while notices do not arrive, nothing is kept, since a
// practice or an adoption may change at any moment and a timer would show it stale.
import { changesLive, keyedMemo } from './changes';
import { publicDb } from './db';
import type { Db } from './supabase';

/**
 * Wraps `read` so that, called with the public client while change notices arrive, its answer
 * for a key is kept until one of `tables` changes (`max` keys, the most recently used). The key must survive JSON: strings,
 * numbers, booleans and plain objects of them (an undefined property means the same as none).
 * Callers must not change what they get: it is shared by every anonymous request.
 */
export function keptForPublic<K, T>(
	tables: readonly string[],
	read: (db: Db, key: K) => Promise<T>,
	{ max = 200 }: { max?: number } = {}
): (db: Db, key: K) => Promise<T> {
	const kept = keyedMemo(tables, (key: string) => read(publicDb(), JSON.parse(key) as K), { max });
	return (db, key) =>
		db === publicDb() && changesLive() ? kept.get(JSON.stringify(key)) : read(db, key);
}
