import { error } from '@sveltejs/kit';
import { config } from '$lib/server/env';
import { buildSitemap } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	// A sitemap's addresses must be absolute, and the request's Host header is anyone's to forge.
	const origin = config.publicOrigin;
	if (!origin) error(404, 'No sitemap: set ORIGIN (or PUBLIC_ORIGIN) to the public URL.');
	return new Response(await buildSitemap(origin), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
