// The search worker inside the app: applies the index settings, drains the outbox every second
// (at once again while there is more), and runs the reconciler every minute. While Meilisearch is
// down it waits; the rows stay in the outbox and drain when it is back. What it indexed is
// recorded in search_index_state, whose change notice tells every instance to forget its cached
// answers (cache.ts).
import { systemDb } from '../db';
import { config } from '../env';
import { indexClient } from './client';
import { isUnreachable } from './http.ts';
import { ensureIndex, processOutbox, reconcile } from './indexer.ts';

const POLL_MS = 1_000;
const RECONCILE_MS = 60_000;

let running = false;
let timer: ReturnType<typeof setTimeout> | undefined;

export function startSearchWorker(): void {
	if (running || !config.searchWorker) return;
	const meili = indexClient();
	if (!meili) return;
	running = true;
	const uid = config.meilisearchIndex;
	let ready = false;
	let lastReconcile = 0;
	let reportedDown = false;

	const tick = async () => {
		let more = false;
		try {
			if (!ready) {
				await ensureIndex(meili, uid);
				ready = true;
			}
			if (Date.now() - lastReconcile > RECONCILE_MS) {
				const queued = await reconcile(systemDb());
				lastReconcile = Date.now();
				// What it queues is indexed just below, and recorded as indexed.
				if (queued > 0) console.log(`search: the reconciler queued ${queued} records`);
			}
			const result = await processOutbox(systemDb(), meili, { uid });
			more = result.claimed > 0;
			if (reportedDown) console.log('search: Meilisearch answers again; catching up');
			reportedDown = false;
		} catch (error) {
			if (isUnreachable(error)) {
				if (!reportedDown) {
					console.warn('search: Meilisearch unreachable, writes wait in the outbox');
				}
				reportedDown = true;
				ready = false;
			} else {
				console.error('search: worker round failed:', (error as Error).message);
			}
		}
		if (running) timer = setTimeout(() => void tick(), more ? 0 : POLL_MS);
	};
	timer = setTimeout(() => void tick(), 0);
}

export function stopSearchWorker(): void {
	running = false;
	clearTimeout(timer);
}
