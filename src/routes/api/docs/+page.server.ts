import { apiReference } from '$lib/server/openapi/reference';
import { apiVocabulary } from '$lib/server/openapi/vocabulary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => ({
	...apiReference(url.origin, await apiVocabulary()),
	documentUrl: `${url.origin}/api/v1/openapi.json`
});
