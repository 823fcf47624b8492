import { error } from '@sveltejs/kit';
import { getCity } from '$lib/server/cities';
import { dbFor } from '$lib/server/db';
import { cityPractices } from '$lib/server/practices';
import { translate } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const city = await getCity(params.slug);
	if (!city) error(404, translate(locals.locale, 'error.notFound.title'));
	const { total, practices } = await cityPractices(dbFor(locals.user), params.slug);
	return { city, practices, practiceTotal: total };
};
