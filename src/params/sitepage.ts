import type { ParamMatcher } from '@sveltejs/kit';
import { isSitePage } from '$lib/site-pages';

/** The site's own pages: /help, /privacy, … (src/lib/site-pages.ts). */
export const match: ParamMatcher = (param) => isSitePage(param);
