// Importing a round's scores from a file, and exporting them in the same format (city,
// parameter, value), so that an export can be edited and imported again. The file is read and
// every row checked first (score-file.ts); only a file without problems reaches the database,
// where import_assessment_scores replaces the round's values in one transaction and records who
// changed what. Everything acts as the caller: only admins may import.
import { createHash } from 'node:crypto';
import { csvText } from './csv-download';
import * as v from 'valibot';
import { translate } from '$lib/i18n';
import type { Locale, MessageKey } from '$lib/i18n';
import type { Db } from '../supabase';
import { DatabaseError } from '../errors';
import { findRound } from './rounds';
import { checkScores, readScoreFile } from './score-file';
import type { FileKind, ScoreContext, ScoreProblem } from './score-file';

/** Where the rows came from: an uploaded file, or the body of an API request. */
export interface ScoreFile {
	name: string;
	kind: FileKind;
	/** How the import is recorded: `api` for a request body. */
	source?: 'file' | 'api';
	bytes: Uint8Array;
}

export type ImportOutcome =
	| { status: 'invalid'; problems: ScoreProblem[] }
	| { status: 'imported'; imported: number; unchanged: number; removed: number }
	| { status: 'not_found' }
	| { status: 'forbidden' };

/** The most rows one PostgREST request returns (supabase/config.toml's max_rows). */
const PAGE = 1000;

/** Every row of a query, a page at a time: PostgREST caps each answer at PAGE rows. */
async function allPages<T>(
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
		if (!data || data.length < PAGE) return rows;
	}
}

/** The cities and the framework's nodes, which a file's rows are checked against. */
export async function scoreContext(db: Db, frameworkId: string): Promise<ScoreContext> {
	const [cities, nodes, framework] = await Promise.all([
		allPages('listing cities', (from, to) =>
			db.from('cities').select('slug, name, name_local').order('slug').range(from, to)
		),
		allPages('listing parameters', (from, to) =>
			db
				.from('framework_nodes')
				.select('slug, name_en, scheme')
				.eq('framework_id', frameworkId)
				.order('slug')
				.range(from, to)
		),
		db.from('frameworks').select('scheme').eq('id', frameworkId).single()
	]);
	if (framework.error) throw new DatabaseError('reading a framework', framework.error);
	return {
		cities: cities.map((c) => ({
			slug: c.slug,
			names: [c.name, c.name_local].filter((n): n is string => Boolean(n))
		})),
		nodes: new Map(
			nodes.map((n) => [n.slug, { scheme: n.scheme ?? framework.data.scheme, name: n.name_en }])
		)
	};
}

const importResultSchema = v.object({
	imported: v.number(),
	unchanged: v.number(),
	removed: v.number()
});

/**
 * Checks a file of scores for a round and, if every row is good, replaces the round's values
 * with it in one transaction. Nothing is written when any row has a problem, nor when the file
 * changes nothing (the same file twice).
 */
export async function importScores(
	db: Db,
	{ framework, round, file }: { framework: string; round: string; file: ScoreFile }
): Promise<ImportOutcome> {
	const found = await findRound(db, framework, round);
	if (!found) return { status: 'not_found' };
	const read = await readScoreFile(file.bytes, file.kind);
	if (!read.ok) return { status: 'invalid', problems: read.problems };
	const checked = checkScores(read.rows, await scoreContext(db, found.framework.id));
	if (!checked.ok) return { status: 'invalid', problems: checked.problems };
	const { data, error } = await db.rpc('import_assessment_scores', {
		p_round_id: found.round.id,
		p_rows: checked.rows.map(({ city, parameter, value }) => ({ city, parameter, value })),
		p_file: {
			name: file.name.slice(0, 255) || `scores.${file.kind}`,
			kind: file.source === 'api' ? 'api' : file.kind,
			sha256: createHash('sha256').update(file.bytes).digest('hex')
		}
	});
	if (error?.code === '42501') return { status: 'forbidden' };
	if (error?.code === 'P0002') return { status: 'not_found' };
	if (error) throw new DatabaseError('importing scores', error);
	return { status: 'imported', ...v.parse(importResultSchema, data) };
}

/** A problem in the reader's language. */
export function problemMessage(locale: Locale, problem: ScoreProblem): string {
	const key: MessageKey = `assessmentAdmin.problem.${problem.code}`;
	return translate(locale, key, problem.params);
}

/** The problems as the API and the report show them: row, column and message. */
export function problemList(locale: Locale, problems: ScoreProblem[]) {
	return problems.map((p) => ({
		row: p.row,
		column: p.column,
		message: problemMessage(locale, p)
	}));
}

/** CSV text (byte-order mark, CRLF, RFC 4180 quoting) from rows whose first is the header. */
export function toCsv(rows: (string | number | null)[][]): string {
	const [header = [], ...body] = rows;
	return csvText(header, body);
}

/** A validation report as a CSV file: row, column and message, every problem. */
export function reportCsv(locale: Locale, problems: ScoreProblem[]): string {
	return toCsv([
		['row', 'column', 'message'],
		...problemList(locale, problems).map((p) => [p.row, p.column, p.message])
	]);
}

/**
 * A round's values as CSV (city, parameter, value; by city, then parameter), or null where the
 * round is not visible to the caller. Sample values are included as they are: imported again,
 * they are unchanged and keep their sample mark. Published ranks without a value are not part
 * of the file, and an import leaves them alone.
 */
export async function exportScoresCsv(
	db: Db,
	framework: string,
	round: string
): Promise<string | null> {
	const found = await findRound(db, framework, round);
	if (!found) return null;
	const scores = await allPages('exporting scores', (from, to) =>
		db
			.from('assessment_scores')
			.select('id, value, cities(slug), framework_nodes(slug)')
			.eq('round_id', found.round.id)
			.not('value', 'is', null)
			.order('id')
			.range(from, to)
	);
	const rows = scores
		.map((s) => [s.cities.slug, s.framework_nodes.slug, s.value] as const)
		.sort(([c1, p1], [c2, p2]) => (c1 === c2 ? (p1 < p2 ? -1 : 1) : c1 < c2 ? -1 : 1));
	return toCsv([['city', 'parameter', 'value'], ...rows.map((r) => [...r])]);
}
