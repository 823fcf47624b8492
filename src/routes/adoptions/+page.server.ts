import { loadAdoptionList } from '$lib/server/adoption/list-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => loadAdoptionList(url, locals.user);
