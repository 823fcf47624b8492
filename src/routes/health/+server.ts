import { json } from '@sveltejs/kit';
import { checkHealth } from '$lib/server/health';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const health = await checkHealth();
	return json(health, {
		status: health.database === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
