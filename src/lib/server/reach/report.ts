// The programme reach report: the filters read from a query string, then every panel read in
// parallel, one round trip each (the functions of the programme_reach migration). The page, its
// exports and the JSON API all read through here, so they show the same numbers.
import * as v from 'valibot';
import { zones } from '$lib/cities';
import { day, oneOf, parseQuery } from '$lib/schemas/query';
import { dbFor } from '../db';
import type { DbUser } from '../db';
import { config } from '../env';
import { DatabaseError } from '../errors';
import type { Db } from '../supabase';
import type {
	ReachAdoptions,
	ReachAssessment,
	ReachDetail,
	ReachFilters,
	ReachGaps,
	ReachMap,
	ReachReport,
	ReachSeries,
	ReachSummary
} from '$lib/reach/types';

const slug = () =>
	v.optional(
		v.pipe(
			v.string(),
			v.maxLength(80, 'must be at most 80 characters'),
			v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (lower-case letters, digits, hyphens)')
		)
	);

/** The query string of /programme, its exports and GET /api/v1/programme/reach. */
export const reachQuerySchema = v.object({
	programme: slug(),
	zone: oneOf(zones),
	state: v.optional(v.pipe(v.string(), v.maxLength(100, 'must be at most 100 characters'))),
	from: day(),
	to: day(),
	framework: slug(),
	from_round: slug(),
	to_round: slug()
});

export type ReachQuery = v.InferOutput<typeof reachQuerySchema>;

/** The longest period the report takes: 20 years, as the database checks. */
const MAX_DAYS = 7305;

export interface ReachRequest {
	query: ReachQuery;
	/** Parameters that could not be used, by name, with English messages (the API's 400 body). */
	errors: Record<string, string>;
	invalid: { field: string; value: string }[];
}

/** Reads and checks the filters; an invalid one is dropped and named, never guessed. */
export function reachRequest(params: URLSearchParams): ReachRequest {
	const parsed = parseQuery(reachQuerySchema, params);
	const query = { ...parsed.data };
	const errors = parsed.ok ? {} : { ...parsed.errors };
	const invalid = parsed.ok ? [] : [...parsed.invalid];
	if (query.from && query.to) {
		const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
		if (days < 0 || days > MAX_DAYS) {
			const message =
				days < 0 ? 'to: must not be before from' : 'to: the period may be at most 20 years';
			errors.to = message;
			invalid.push({ field: 'to', value: query.to });
			query.to = undefined;
		}
	}
	return { query, errors, invalid };
}

/** The filters as the query string that shows them (for links, exports and the API). */
export function reachSearch(query: Partial<ReachQuery>): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

type Rpc =
	| 'programme_reach_summary'
	| 'programme_reach_series'
	| 'programme_reach_adoptions'
	| 'programme_reach_map'
	| 'programme_reach_gaps'
	| 'programme_reach_detail';

class FilterRejected extends Error {
	constructor(readonly field: string) {
		super(`the database rejected the filter ${field}`);
	}
}

/**
 * Panels answered in the last REACH_CACHE_SECONDS (default 30; 0 turns it off), by function and
 * filters. The figures are counts over the whole programme that change a few times a day, and a
 * dashboard opened by many officers at once asks the same questions: a repeated question, or one
 * already being answered, costs no second trip to the database. Each instance keeps its own, so
 * a figure may lag a write by up to that long.
 */
const CACHE_LIMIT = 500;
const cache = new Map<string, { until: number; answer: Promise<unknown> }>();

export function cached<T>(key: string, read: () => Promise<T>): Promise<T> {
	const CACHE_MS = config.reachCacheSeconds * 1000;
	if (CACHE_MS === 0) return read();
	const now = Date.now();
	const hit = cache.get(key);
	if (hit && hit.until > now) return hit.answer as Promise<T>;
	if (cache.size >= CACHE_LIMIT) {
		for (const [k, entry] of cache) if (entry.until <= now) cache.delete(k);
		if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
	}
	const answer = read();
	cache.set(key, { until: now + CACHE_MS, answer });
	// A failed read is not kept: the next request asks again.
	answer.catch(() => cache.delete(key));
	return answer;
}

/** Forgets every cached panel (for tests). */
export function clearReachCache() {
	cache.clear();
}

/**
 * One panel. Every panel but the assessment comparison (private rounds for admins) and the
 * detail (admins only) answers the same to everyone, so they share their cache entries.
 */
function panel<T>(
	db: Db,
	fn: Rpc | 'programme_reach_assessment',
	args: Record<string, string | undefined>,
	audience = 'everyone'
): Promise<T> {
	return cached(`${fn} ${audience} ${JSON.stringify(args)}`, async () => {
		const { data, error } = await db.rpc(fn, args);
		if (error) {
			if (error.code === '22023' && error.hint) throw new FilterRejected(error.hint);
			throw new DatabaseError(`reading ${fn}`, error);
		}
		return data as T;
	});
}

async function readPanels(db: Db, query: ReachQuery, detail: boolean, admin: boolean) {
	const args = {
		p_programme: query.programme,
		p_zone: query.zone,
		p_state: query.state,
		p_from: query.from,
		p_to: query.to
	};
	const assessmentArgs = {
		p_programme: query.programme,
		p_zone: query.zone,
		p_state: query.state,
		p_framework: query.framework,
		p_from_round: query.from_round,
		p_to_round: query.to_round
	};
	const [summary, series, adoptions, map, gaps, assessment, detailPanel] = await Promise.all([
		panel<ReachSummary>(db, 'programme_reach_summary', args),
		panel<ReachSeries>(db, 'programme_reach_series', args),
		panel<ReachAdoptions>(db, 'programme_reach_adoptions', args),
		panel<ReachMap>(db, 'programme_reach_map', args),
		panel<ReachGaps>(db, 'programme_reach_gaps', args),
		panel<ReachAssessment>(
			db,
			'programme_reach_assessment',
			assessmentArgs,
			admin ? 'admins' : 'others'
		),
		detail ? panel<ReachDetail>(db, 'programme_reach_detail', args, 'admins') : null
	]);
	return { summary, series, adoptions, map, gaps, assessment, detail: detailPanel };
}

const REJECTED: Record<string, (keyof ReachQuery)[]> = {
	programme: ['programme'],
	from: ['from', 'to'],
	framework: ['framework', 'from_round', 'to_round'],
	round: ['from_round', 'to_round']
};

/**
 * Reads the whole report as `viewer` (null: the public). A filter the database rejects (an
 * unknown programme, framework or round) or a state that has no smart city is dropped and named
 * in `request.invalid`, and the report is read again without it. `detail` reads the admin-only
 * panel: ask for it only for admins. An admin's assessment comparison uses private rounds too,
 * so it is cached apart: the viewer decides, not the caller, so no page can mix the two up.
 */
export async function readReachReport(
	viewer: DbUser | null,
	request: ReachRequest,
	options: { detail?: boolean } = {}
): Promise<ReachReport & { request: ReachRequest }> {
	const db = dbFor(viewer);
	const admin = viewer?.role === 'mission_admin';
	const query = { ...request.query };
	const errors = { ...request.errors };
	const invalid = [...request.invalid];
	for (let attempt = 0; ; attempt++) {
		try {
			const panels = await readPanels(db, query, options.detail ?? false, admin);
			if (query.state && !panels.map.states.some((s) => s.state === query.state)) {
				reject('state', 'state: no smart city lies in that state');
				continue;
			}
			const filters: ReachFilters = {
				programme: query.programme,
				zone: query.zone,
				state: query.state,
				from: panels.summary.period.from,
				to: panels.summary.period.to
			};
			return { filters, ...panels, request: { query, errors, invalid } };
		} catch (error) {
			if (!(error instanceof FilterRejected) || attempt > 2) throw error;
			const fields = REJECTED[error.field] ?? [];
			if (fields.length === 0) throw error;
			for (const field of fields) if (query[field]) reject(field, `${field}: not found`);
		}
	}

	function reject(field: keyof ReachQuery, message: string) {
		errors[field] = message;
		invalid.push({ field, value: query[field] ?? '' });
		query[field] = undefined;
	}
}
