import { placeNamesFor } from '$lib/server/reference/place-names';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	locale: locals.locale,
	// The place names of the reader's language (a few kilobytes; none for English).
	placeNames: await placeNamesFor(locals.locale),
	user: locals.user
		? { name: locals.user.name, role: locals.user.role, email: locals.user.email }
		: null
});
