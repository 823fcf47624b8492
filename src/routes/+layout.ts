import { loadCatalogue } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The reader's language's messages, loaded before the page renders: in the browser only that
// language's are fetched (the server has them all).
export const load: LayoutLoad = async ({ data }) => {
	await loadCatalogue(data.locale);
	return data;
};
