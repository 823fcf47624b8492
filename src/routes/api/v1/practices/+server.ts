import { json } from '@sveltejs/kit';
import { practiceSchema } from '$lib/schemas/practice';
import { badRequest } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { cityFilterOptions } from '$lib/server/cities';
import { forbidden, practiceJson, readJson } from '$lib/server/practice-api';
import { dbFor } from '$lib/server/db';
import { parseApiListQuery, practiceVocabulary } from '$lib/server/practice-query';
import { createPractice, getPractice, listPractices } from '$lib/server/practices';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Published practices, filtered and paged. An unknown or invalid parameter is a 400 naming it. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const states = (await cityFilterOptions()).states.map((s) => s.value);
	const query = parseApiListQuery(url.searchParams, await practiceVocabulary(states));
	if (!query.ok) return badRequest(query.errors);
	const { page, per_page: perPage, ...filters } = query.data;
	const { total, practices } = await listPractices(
		dbFor(locals.user),
		{ ...filters, status: 'published' },
		{ page, perPage }
	);
	return json({
		total,
		page,
		per_page: perPage,
		practices: practices.map((p) => ({ ...p, city: { slug: p.city.slug, name: p.city.name } }))
	});
};

/** Creates a practice. An `Idempotency-Key` header (a UUID) makes a retried request safe. */
export const POST: RequestHandler = async ({ request, url }) => {
	const user = await requireUser();
	const parsed = await readJson(request, practiceSchema);
	if (!parsed.ok) return parsed.response;
	const key = request.headers.get('idempotency-key');
	if (key && !UUID.test(key)) return badRequest({ 'idempotency-key': 'must be a UUID' });
	const input = { ...parsed.data, city: parsed.data.city || user.city?.slug || '' };
	const result = await createPractice(user, input, key?.toLowerCase() ?? null);
	if (result.kind === 'forbidden') return forbidden();
	if (result.kind === 'invalid') return badRequest({ [result.field]: result.message });
	const practice = await getPractice(dbFor(user), result.slug);
	if (!practice) return forbidden();
	return json(practiceJson(practice), {
		status: 201,
		headers: { location: `${url.origin}/api/v1/practices/${result.slug}` }
	});
};
