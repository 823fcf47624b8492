import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import type { SitePageSlug } from '$lib/site-pages';
import { accessibilityChecks } from '$lib/server/accessibility-checks';
import { dbFor } from '$lib/server/db';
import { renderSitePage, sitePage } from '$lib/server/site-pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const slug = params.page as SitePageSlug;
	const page = await sitePage(dbFor(locals.user), slug, locals.locale);
	if (!page) error(404, translate(locals.locale, 'sitePage.missing'));
	const { parts, description } = renderSitePage(page.markdown);
	return {
		slug,
		title: page.title,
		// The page's own language: English where it has no text in the reader's yet.
		lang: page.locale,
		translated: page.locale === locals.locale,
		updatedAt: page.updated_at,
		description,
		parts,
		checks: parts.some((part) => 'block' in part && part.block === 'axe-results')
			? accessibilityChecks()
			: null
	};
};
