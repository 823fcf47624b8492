import * as v from 'valibot';
import { day, parseQuery, positiveInt, text } from '$lib/schemas/query';
import { listAudit } from '$lib/server/audit';
import { requireUser } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

const PER_PAGE = 50;

const auditQuery = v.object({
	actor: text(100),
	action: text(60),
	entity: text(60),
	from: day(),
	to: day(),
	page: positiveInt(1)
});

export const load: PageServerLoad = async ({ url }) => {
	const admin = await requireUser('mission_admin');
	// The page lists what it could filter by and names what it ignored.
	const query = parseQuery(auditQuery, url.searchParams);
	const { page, ...filters } = query.data;
	// Dates are days in India Standard Time; "to" includes the whole of its day.
	const { total, entries } = await listAudit(
		admin,
		{
			...filters,
			from: filters.from ? `${filters.from}T00:00:00+05:30` : undefined,
			to: filters.to
				? new Date(Date.parse(`${filters.to}T00:00:00+05:30`) + 86_400_000).toISOString()
				: undefined
		},
		{ page, perPage: PER_PAGE }
	);
	return {
		filters,
		invalid: query.ok ? [] : query.invalid,
		entries,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE))
	};
};
