import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { positiveInt } from '$lib/schemas/query';
import { practiceSchema } from '$lib/schemas/practice';
import { badRequest } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { cityFilterOptions } from '$lib/server/cities';
import { forbidden, practiceJson, readJson } from '$lib/server/practice-api';
import { dbFor } from '$lib/server/db';
import {
	createPractice,
	getPractice,
	listPractices,
	parsePracticeFilters,
	practiceVocabulary
} from '$lib/server/practices';
import type { RequestHandler } from './$types';

const MAX_PER_PAGE = 100;
const known = new Set(['kind', 'sector', 'component', 'state', 'language', 'page', 'per_page']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Published practices, filtered and paged. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const errors: Record<string, string> = {};
	for (const name of url.searchParams.keys()) {
		if (!known.has(name)) errors[name] = `unknown parameter “${name}”`;
	}
	const states = (await cityFilterOptions()).states.map((s) => s.value);
	const { filters, invalid } = parsePracticeFilters(
		url.searchParams,
		await practiceVocabulary(states),
		{ allowStatus: false }
	);
	for (const { field, value } of invalid) errors[field] = `unknown ${field} “${value}”`;
	const whole = (name: string, fallback: number, max?: number) => {
		const value = url.searchParams.get(name)?.trim() || undefined;
		const result = v.safeParse(positiveInt(fallback, max), value);
		return result.success ? result.output : null;
	};
	const page = whole('page', 1);
	if (page === null) errors.page = 'page must be a whole number from 1';
	const perPage = whole('per_page', 20, MAX_PER_PAGE);
	if (perPage === null) {
		errors.per_page = `per_page must be a whole number from 1 to ${MAX_PER_PAGE}`;
	}
	if (Object.keys(errors).length > 0 || page === null || perPage === null) {
		return badRequest(errors);
	}
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
