// The hourly clean-up of what accounts leave behind: old sign-in attempts, spent or expired
// invitations and resets, sent mail over 30 days old, links of mail never sent, expired sessions
// and idle rate-limit counters. Every instance keeps a timer, but the run is claimed in Postgres
// (run_account_cleanup), so it happens once an hour whatever the number of instances.
import * as v from 'valibot';
import { systemDb } from '../db';
import { DatabaseError } from '../errors';

const CHECK_EVERY_MS = 10 * 60 * 1000;

const Removed = v.nullable(v.record(v.string(), v.number()));

/**
 * Runs the clean-up unless another run (any instance) happened within `minInterval` (a Postgres
 * interval). Returns how many rows of each kind it removed, or null when it was not its turn.
 */
export async function runAccountCleanup(
	minInterval = '55 minutes'
): Promise<Record<string, number> | null> {
	const { data, error } = await systemDb().rpc('run_account_cleanup', {
		p_min_interval: minInterval
	});
	if (error) throw new DatabaseError('cleaning up account records', error);
	return v.parse(Removed, data);
}

let timer: ReturnType<typeof setInterval> | undefined;

async function tick(): Promise<void> {
	try {
		const removed = await runAccountCleanup();
		if (removed) {
			const summary = Object.entries(removed)
				.map(([kind, count]) => `${count} ${kind.replaceAll('_', ' ')}`)
				.join(', ');
			console.log(`account clean-up removed ${summary}`);
		}
	} catch (cause) {
		console.error('account clean-up failed:', cause instanceof Error ? cause.message : cause);
	}
}

/** Starts this instance's timer (once); Postgres decides which instance does each hour's run. */
export function startAccountCleanup(): void {
	if (timer) return;
	timer = setInterval(() => void tick(), CHECK_EVERY_MS);
	timer.unref();
	setTimeout(() => void tick(), 30_000).unref();
}
