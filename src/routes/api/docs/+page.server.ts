import { apiReference } from '$lib/server/openapi/reference';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	...apiReference(url.origin),
	documentUrl: `${url.origin}/api/v1/openapi.json`
});
