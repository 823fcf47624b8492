import { fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { outboxReport, retryDeadLetters } from '$lib/server/search/outbox';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const admin = await requireUser('mission_admin');
	return outboxReport(admin);
};

export const actions: Actions = {
	retry: async () => {
		const admin = await requireUser('mission_admin');
		try {
			return { retried: await retryDeadLetters(admin) };
		} catch (error) {
			console.error('admin/search: retry failed:', (error as Error).message);
			return fail(500, { failed: true });
		}
	}
};
