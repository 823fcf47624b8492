// Reading rounds' stored scores and overall results as the caller: row-level security gives the
// public the values of public rounds, and admins those of private rounds too. PostgREST answers
// at most 1,000 rows a request, so a round of 100 cities × many parameters is read page by page.
import type { Db } from '../supabase';
import { DatabaseError } from '../errors';
import type { RoundValues, Source, StoredScore, StoredValue } from './rankings';
import type { Confidence } from './rankings';

/** The most rows PostgREST gives in one answer (its db-max-rows). */
const PAGE = 1000;

interface SourceColumns {
	source_url: string | null;
	confidence: Confidence | null;
	note_en: string | null;
}

const source = (row: SourceColumns): Source => ({
	url: row.source_url,
	confidence: row.confidence,
	note: row.note_en
});

/** Reads every row a query gives, a page at a time (the query must have a stable order). */
async function readAll<T>(
	what: string,
	page: (
		from: number,
		to: number
	) => PromiseLike<{ data: T[] | null; error: { message: string; code?: string } | null }>
): Promise<T[]> {
	const rows: T[] = [];
	for (let from = 0; ; from += PAGE) {
		const { data, error } = await page(from, from + PAGE - 1);
		if (error) throw new DatabaseError(what, error);
		rows.push(...(data ?? []));
		if ((data ?? []).length < PAGE) return rows;
	}
}

export interface ValueFilter {
	/** Only these cities (ids). */
	cityIds?: readonly string[];
	/** Only scores on these nodes (ids); results are not narrowed. */
	nodeIds?: readonly string[];
}

/** The stored values of each round (those the caller may read), by round id. */
export async function loadRoundValues(
	db: Db,
	roundIds: readonly string[],
	filter: ValueFilter = {}
): Promise<Map<string, RoundValues>> {
	const byRound = new Map<string, RoundValues>(
		roundIds.map((id) => [id, { scores: [], results: [] }])
	);
	if (roundIds.length === 0) return byRound;
	const [scores, results] = await Promise.all([
		readAll('reading assessment scores', (from, to) => {
			let query = db
				.from('assessment_scores')
				.select(
					'id, round_id, city_id, node_id, value, rank, is_sample, source_url, confidence, note_en'
				)
				.in('round_id', roundIds);
			if (filter.cityIds) query = query.in('city_id', filter.cityIds);
			if (filter.nodeIds) query = query.in('node_id', filter.nodeIds);
			return query.order('id').range(from, to);
		}),
		readAll('reading assessment results', (from, to) => {
			let query = db
				.from('assessment_results')
				.select('round_id, city_id, value, rank, is_sample, source_url, confidence, note_en')
				.in('round_id', roundIds);
			if (filter.cityIds) query = query.in('city_id', filter.cityIds);
			return query.order('round_id').order('city_id').range(from, to);
		})
	]);
	for (const row of scores) {
		byRound.get(row.round_id)?.scores.push({
			cityId: row.city_id,
			nodeId: row.node_id,
			value: row.value === null ? null : Number(row.value),
			rank: row.rank,
			sample: row.is_sample,
			source: source(row)
		} satisfies StoredScore);
	}
	for (const row of results) {
		byRound.get(row.round_id)?.results.push({
			cityId: row.city_id,
			value: row.value === null ? null : Number(row.value),
			rank: row.rank,
			sample: row.is_sample,
			source: source(row)
		} satisfies StoredValue);
	}
	return byRound;
}

/** The rounds (of those given) in which a city has any stored value. */
export async function roundsWithValues(
	db: Db,
	cityId: string,
	roundIds: readonly string[]
): Promise<Set<string>> {
	if (roundIds.length === 0) return new Set();
	const [scores, results] = await Promise.all([
		db
			.from('assessment_scores')
			.select('round_id')
			.eq('city_id', cityId)
			.in('round_id', roundIds)
			.limit(PAGE),
		db
			.from('assessment_results')
			.select('round_id')
			.eq('city_id', cityId)
			.in('round_id', roundIds)
			.limit(PAGE)
	]);
	if (scores.error) throw new DatabaseError('reading a city’s scores', scores.error);
	if (results.error) throw new DatabaseError('reading a city’s results', results.error);
	return new Set([...(scores.data ?? []), ...(results.data ?? [])].map((r) => r.round_id));
}
