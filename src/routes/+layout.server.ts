import { config } from '$lib/server/env';
import { owner } from '$lib/server/owner';
import { placeNamesFor } from '$lib/server/reference/place-names';
import { requestedLocale } from '$lib/seo';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	// Read here so that SvelteKit runs this load again when a navigation changes `?lang=`, which
	// changes the request's language (hooks.server.ts); no other part of the URL does.
	requestedLocale(url);
	return {
		locale: locals.locale,
		// The place names of the reader's language (a few kilobytes; none for English).
		placeNames: await placeNamesFor(locals.locale),
		display: locals.display,
		owner: owner(),
		user: locals.user
			? { name: locals.user.name, role: locals.user.role, email: locals.user.email }
			: null,
		// Canonical and language links are built on the configured origin, never the Host header.
		origin: config.publicOrigin
	};
};
