import { error } from '@sveltejs/kit';
import fs from 'node:fs/promises';
import { logoFile } from '$lib/server/owner';
import type { RequestHandler } from './$types';

// The deploying body's own logo (OWNER_LOGO_FILE), when it configured one. None ships with the
// code.
export const GET: RequestHandler = async () => {
	const logo = logoFile();
	if (!logo) error(404, 'No logo is configured.');
	return new Response(await fs.readFile(logo.path), {
		headers: { 'content-type': logo.type, 'cache-control': 'public, max-age=3600' }
	});
};
