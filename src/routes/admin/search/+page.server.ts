import { fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { userDb } from '$lib/server/db';
import { checkHealth } from '$lib/server/health';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const admin = await requireUser('mission_admin');
	const db = userDb(admin);
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
	if (stats.error) throw new Error(`search_outbox_stats: ${stats.error.message}`);
	if (dead.error) throw new Error(`search_outbox: ${dead.error.message}`);
	const counts = stats.data as { pending: number; dead: number };
	return {
		pending: counts.pending,
		deadCount: counts.dead,
		dead: dead.data,
		searchUp: health.search === 'ok'
	};
};

export const actions: Actions = {
	retry: async () => {
		const admin = await requireUser('mission_admin');
		const { data, error } = await userDb(admin).rpc('retry_dead_search_outbox');
		if (error) {
			console.error('admin/search: retry failed:', error.message);
			return fail(500, { failed: true });
		}
		return { retried: data as number };
	}
};
