// Writes the benchmark's generated practices straight into Postgres, as system work (like the
// seed), so growing the database to 100,000 practices takes seconds rather than minutes of
// PostgREST batches. The tables' triggers run as for any insert: audit, revisions, the search
// outbox and change notices. The app's own paths are untouched.
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
			await client.query(
				`insert into public.practices (slug, kind, city_id, language, title, title_en,
					summary_en, markdown, sectors, components, status, published_at)
				select slug, kind, city_id, language, title, title_en, summary_en, markdown, sectors,
					components, status, published_at
				from json_populate_recordset(null::public.practices, $1::json)`,
				[JSON.stringify(rows)]
			);
		}
		// The index is rebuilt from the table after each growth: what the inserts queued is in it.
		await client.query(`update public.search_outbox set status = 'done' where status = 'pending'`);
		return count - have;
	} finally {
		await client.end();
	}
}
