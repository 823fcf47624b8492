import { publicDb } from './db';
import { searchClient } from './search/client';

export type ServiceState = 'ok' | 'down';

export interface Health {
	status: 'ok' | 'degraded';
	database: ServiceState;
	search: ServiceState | 'not_configured';
}

async function withTimeout<T>(work: PromiseLike<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([work, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

async function databaseState(): Promise<ServiceState> {
	try {
		const { error } = await withTimeout(
			publicDb().from('cities').select('slug', { head: true }).limit(1),
			2_000
		);
		if (error) throw new Error(error.message);
		return 'ok';
	} catch (error) {
		console.error('health: database check failed:', (error as Error).message);
		return 'down';
	}
}

async function searchState(): Promise<Health['search']> {
	const client = searchClient();
	if (!client) return 'not_configured';
	try {
		const { status } = await withTimeout(client.health(), 1_500);
		return status === 'available' ? 'ok' : 'down';
	} catch (error) {
		console.error('health: search check failed:', (error as Error).message);
		return 'down';
	}
}

/**
 * Checks the database and the search server at once. The platform is usable without search
 * (it falls back to Postgres), so a search outage makes it degraded; without its database it
 * is down, which the caller reports as 503.
 */
export async function checkHealth(): Promise<Health> {
	const [database, search] = await Promise.all([databaseState(), searchState()]);
	return { status: database === 'ok' && search === 'ok' ? 'ok' : 'degraded', database, search };
}
