import { config } from '$lib/server/env';
import { robotsTxt } from '$lib/server/robots';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	new Response(robotsTxt(config.publicOrigin), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
