import { dbFor } from '$lib/server/db';
import { listFrameworks } from '$lib/server/assessment/frameworks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	// As the caller: the public sees public rounds; admins private ones too.
	return { frameworks: await listFrameworks(dbFor(locals.user)) };
};
