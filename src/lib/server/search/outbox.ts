// The search outbox as mission admins see it: what waits to be indexed, what failed too often
// (dead letters), and sending the dead letters round again. The database's policies decide who
// may read and retry; the admin page asks on the admin's behalf.
import * as v from 'valibot';
import { dbFor } from '../db';
import type { DbUser } from '../db';
import { DatabaseError } from '../errors';
import { checkHealth } from '../health';

/** What search_outbox_stats returns (PostgREST types it only as JSON): read once, here. */
const OutboxStats = v.object({ pending: v.number(), dead: v.number() });

/** The outbox's counts, its latest hundred dead letters, and whether Meilisearch answers. */
export async function outboxReport(admin: DbUser) {
	const db = dbFor(admin);
	const [stats, dead, health] = await Promise.all([
		db.rpc('search_outbox_stats'),
		db
			.from('search_outbox')
			.select('id, entity, entity_id, attempts, last_error, created_at')
			.eq('status', 'dead')
			.order('id', { ascending: false })
			.limit(100),
		checkHealth()
	]);
	if (stats.error) throw new DatabaseError('counting the search outbox', stats.error);
	if (dead.error) throw new DatabaseError('reading dead letters', dead.error);
	const counts = v.parse(OutboxStats, stats.data);
	return {
		pending: counts.pending,
		deadCount: counts.dead,
		dead: dead.data,
		searchUp: health.search === 'ok'
	};
}

/** Queues every dead letter again; returns how many. */
export async function retryDeadLetters(admin: DbUser): Promise<number> {
	const { data, error } = await dbFor(admin).rpc('retry_dead_search_outbox');
	if (error) throw new DatabaseError('retrying dead letters', error);
	return data;
}
