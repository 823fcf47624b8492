import { listAudit } from '$lib/server/audit';
import { requireUser } from '$lib/server/auth/guards';
import { parsePositiveInt } from '$lib/server/cities';
import type { PageServerLoad } from './$types';

const PER_PAGE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async ({ url }) => {
	const admin = await requireUser('mission_admin');
	const params = url.searchParams;
	const text = (name: string, max = 100) => params.get(name)?.trim().slice(0, max) || undefined;
	const date = (name: string) => {
		const value = params.get(name)?.trim();
		return value && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
	};
	const filters = {
		actor: text('actor'),
		action: text('action', 60),
		entity: text('entity', 60),
		from: date('from'),
		to: date('to')
	};
	const page = parsePositiveInt(params.get('page'), 1) ?? 1;
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
	return { filters, entries, total, page, pages: Math.max(1, Math.ceil(total / PER_PAGE)) };
};
