import { notFound } from '$lib/server/api';
import type { RequestHandler } from './$types';

// Unknown API paths answer in JSON, like the rest of the API, not with the HTML error page.
export const fallback: RequestHandler = ({ url }) => notFound(`no API endpoint at ${url.pathname}`);
