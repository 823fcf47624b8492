// Change notices from Postgres. Every statement that changes a table behind public pages,
// reference data or search sends `NOTIFY citysetu_changes, '<table>'` (migration
// 20261205090000_change_notices.sql); each instance of the app listens on one connection
// (DATABASE_URL) and tells what it keeps in memory to forget it. Without DATABASE_URL, or while
// the connection is down, nothing can be trusted for long: `memo` then keeps values for a
// minute at most, as before change notices existed.
import pg from 'pg';
import { config } from './env';

export const CHANNEL = 'citysetu_changes';

/** The tables named in a batch of notices, or 'all' when notices may have been missed. */
export type Changed = ReadonlySet<string> | 'all';
type Listener = (changed: Changed) => void;

const listeners = new Set<Listener>();
let client: pg.Client | null = null;
let live = false;
let stopped = true;
let retryMs = 500;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let pending: Set<string> | null = null;

/** Calls `listener` after every batch of change notices; returns a function that unsubscribes. */
export function onChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(changed: Changed): void {
	for (const listener of listeners) {
		try {
			listener(changed);
		} catch (error) {
			console.error('changes: a listener failed:', (error as Error).message);
		}
	}
}

/** Notices arrive one per table and statement: listeners hear them together, once per tick. */
function received(table: string): void {
	if (pending) {
		pending.add(table);
		return;
	}
	pending = new Set([table]);
	setImmediate(() => {
		const tables = pending!;
		pending = null;
		emit(tables);
	});
}

/** Whether notices arrive now, so what is kept in memory stays right without a timer. */
export function changesLive(): boolean {
	return live;
}

async function connect(): Promise<void> {
	const url = config.databaseUrl;
	if (!url || stopped) return;
	const next = new pg.Client({ connectionString: url, application_name: 'citysetu-changes' });
	const lost = (reason: string) => {
		if (client !== next) return;
		client = null;
		const wasLive = live;
		live = false;
		next.removeAllListeners();
		void next.end().catch(() => {});
		if (wasLive) console.warn(`changes: connection lost (${reason}); reconnecting`);
		// Whatever changed while nobody listened is unknown.
		emit('all');
		if (!stopped) {
			retryTimer = setTimeout(() => void connect(), retryMs);
			retryMs = Math.min(retryMs * 2, 30_000);
		}
	};
	client = next;
	next.on('notification', (message) => {
		if (message.channel === CHANNEL && message.payload) received(message.payload);
	});
	next.on('error', (error) => lost(error.message));
	next.on('end', () => lost('closed'));
	try {
		await next.connect();
		await next.query(`listen ${CHANNEL}`);
		if (client !== next) return;
		live = true;
		retryMs = 500;
		// Notices sent before LISTEN took effect are lost: start from nothing kept.
		emit('all');
	} catch (error) {
		lost((error as Error).message);
	}
}

/** Starts listening (once per process); without DATABASE_URL it does nothing. */
export function startChangeListener(): void {
	if (!stopped || !config.databaseUrl) return;
	stopped = false;
	void connect();
}

export async function stopChangeListener(): Promise<void> {
	stopped = true;
	clearTimeout(retryTimer);
	const current = client;
	client = null;
	live = false;
	current?.removeAllListeners();
	await current?.end().catch(() => {});
}

/**
 * Tells every instance that `topic` changed (such as `search_index` after the worker changed the
 * index). Without a live connection only this instance hears it.
 */
export async function announce(topic: string): Promise<void> {
	if (client && live) {
		try {
			await client.query('select pg_notify($1, $2)', [CHANNEL, topic]);
			return;
		} catch (error) {
			console.warn('changes: could not announce', topic, (error as Error).message);
		}
	}
	received(topic);
}

/** How long a value is kept when no notices arrive to say it changed. */
export const FALLBACK_MS = 60_000;

export interface Memo<T> {
	get(): Promise<T>;
	clear(): void;
}

/**
 * A value read from the database and kept in memory until a change to one of `tables` (or a
 * lost connection) is announced. Without live notices it is kept FALLBACK_MS at most. Concurrent
 * readers share one load; a load that a change overtook is not kept.
 */
export function memo<T>(tables: readonly string[], load: () => Promise<T>): Memo<T> {
	const kept = keyedMemo(tables, () => load(), { max: 1 });
	return { clear: kept.clear, get: () => kept.get(null) };
}

/**
 * A value per key (a city's page data by slug), kept as `memo` keeps one: the `max` most
 * recently used keys, all forgotten when one of `tables` changes.
 */
export function keyedMemo<K, T>(
	tables: readonly string[],
	load: (key: K) => Promise<T>,
	{ max = 200 }: { max?: number } = {}
): { get(key: K): Promise<T>; clear(): void } {
	const values = new Map<K, { at: number; data: T }>();
	const loading = new Map<K, Promise<T>>();
	let generation = 0;
	const clear = () => {
		generation++;
		values.clear();
		loading.clear();
	};
	onChange((changed) => {
		if (changed === 'all' || tables.some((t) => changed.has(t))) clear();
	});
	return {
		clear,
		get(key) {
			const kept = values.get(key);
			if (kept && (live || Date.now() - kept.at < FALLBACK_MS)) {
				// Most recently used last: the first key is the one to drop.
				values.delete(key);
				values.set(key, kept);
				return Promise.resolve(kept.data);
			}
			const inFlight = loading.get(key);
			if (inFlight) return inFlight;
			const started = generation;
			const at = Date.now();
			const current = load(key).then(
				(data) => {
					if (generation === started) {
						values.delete(key);
						values.set(key, { at, data });
						if (values.size > max) values.delete(values.keys().next().value as K);
					}
					if (loading.get(key) === current) loading.delete(key);
					return data;
				},
				(error) => {
					if (loading.get(key) === current) loading.delete(key);
					throw error;
				}
			);
			loading.set(key, current);
			return current;
		}
	};
}
