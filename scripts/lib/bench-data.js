// Writes the benchmark's generated practices straight into Postgres, as system work (like the
// seed), so growing the database to 100,000 practices takes a minute or two rather than many of
// PostgREST batches. The app's own paths are untouched. The practices' triggers run as for any
// insert (the guard, the first revision, change notices) but two: the search outbox, since the
// benchmark rebuilds the index from the table after each growth, and the audit log, which no page
// reads; together they were over half of each insert's time. The stack is the benchmark's own,
// thrown away after the run, and the triggers come back in the same transaction.
import pg from 'pg';
import { generatePractices } from './generate.js';

const BATCH = 5000;

/**
 * Adds generated practices until the database holds `count` of them (from `have`), in batches of
 * one statement each. Returns how many were added.
 */
export async function growPractices(databaseUrl, cities, { have, count }) {
	if (count <= have) return 0;
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		for (let from = have; from < count; from += BATCH) {
			const rows = generatePractices(Math.min(BATCH, count - from), cities, from);
			await client.query('begin');
			await client.query(
				'alter table public.practices disable trigger practices_search, disable trigger practices_audit'
			);
			await client.query(
				`insert into public.practices (slug, kind, city_id, language, title, title_en,
					summary_en, markdown, sectors, components, status, published_at)
				select slug, kind, city_id, language, title, title_en, summary_en, markdown, sectors,
					components, status, published_at
				from json_populate_recordset(null::public.practices, $1::json)`,
				[JSON.stringify(rows)]
			);
			await client.query(
				'alter table public.practices enable trigger practices_search, enable trigger practices_audit'
			);
			await client.query('commit');
		}
		return count - have;
	} finally {
		await client.end();
	}
}
