import { dbFor } from '$lib/server/db';
import { listProgrammes } from '$lib/server/mentorship/programmes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	programmes: await listProgrammes(dbFor(locals.user))
});
