import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api';
import { getCity } from '$lib/server/cities';
import { match as isSlug } from '../../../../../params/slug';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const city = isSlug(params.slug) ? await getCity(params.slug) : null;
	if (!city) return notFound(`no city has the slug “${params.slug.slice(0, 80)}”`);
	return json(city, { headers: { 'cache-control': 'public, max-age=60' } });
};
