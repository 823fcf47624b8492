import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { renderMarkdown } from '$lib/server/markdown';
import { practiceAdoptions } from '$lib/server/adoption/sections';
import { canEdit, canReadHistory } from '$lib/server/practice-access';
import { dbFor } from '$lib/server/db';
import { getPractice, listComponents, listSectors } from '$lib/server/practices';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const practice = await getPractice(dbFor(locals.user), params.slug);
	if (!practice) error(404, translate(locals.locale, 'error.notFound.title'));
	const [sectors, components, adoptions] = await Promise.all([
		listSectors(),
		listComponents(),
		practiceAdoptions(locals.user, practice)
	]);
	const { html, toc } = renderMarkdown(practice.markdown);
	return {
		practice,
		html,
		toc,
		sectors: sectors.filter((s) => practice.sectors.includes(s.slug)),
		components: components.filter((c) => practice.components.includes(c.slug)),
		canEdit: canEdit(locals.user, practice),
		canReadHistory: canReadHistory(locals.user, practice),
		adoptions
	};
};
