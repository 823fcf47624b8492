import type { ParamMatcher } from '@sveltejs/kit';

/** Slugs are lowercase ASCII words joined by hyphens, at most 80 characters. */
export const match: ParamMatcher = (param) =>
	param.length <= 80 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(param);
