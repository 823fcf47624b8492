import { programmeHeadlines } from '$lib/server/cities';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ headlines: await programmeHeadlines() });
