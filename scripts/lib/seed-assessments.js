// Seeds the Mission's assessment frameworks (supabase/data/frameworks.json): their structure and
// rounds, the published results with their sources, and, on the local stack only, generated
// sample scores for the remaining city × parameter values, marked `is_sample` wherever they go.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleRoundRows } from './sample-scores.js';

const dataFile = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../supabase/data/frameworks.json'
);

function check(result, what) {
	if (result.error) throw new Error(`seeding ${what} failed: ${result.error.message}`);
	return result.data;
}

/** Every row of a query, a page at a time (PostgREST answers at most 1,000 rows a request). */
async function selectAll(query, what) {
	const rows = [];
	for (let from = 0; ; from += 1000) {
		const page = check(await query().range(from, from + 999), what);
		rows.push(...page);
		if (page.length < 1000) return rows;
	}
}

/** The frameworks of the data file, as written there. */
export function readFrameworks() {
	return JSON.parse(fs.readFileSync(dataFile, 'utf8')).frameworks;
}

/** What `import_framework` takes: the framework without the seeder's own keys. */
export function frameworkPayload(framework) {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { results, scores, rounds, ...fields } = framework;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	return { ...fields, rounds: rounds.map(({ samples, ...round }) => round) };
}

async function cityIdsBySlug(db) {
	const cities = check(await db.from('cities').select('id, slug, mission_status'), 'cities');
	return new Map(cities.map((c) => [c.slug, c]));
}

/** Published rows replace sample rows at their keys; anything else already there is kept. */
async function upsertPublished(db, table, rows, keyColumns, what) {
	if (!rows.length) return 0;
	for (const row of rows) {
		let sample = db.from(table).delete().eq('is_sample', true);
		for (const column of keyColumns) sample = sample.eq(column, row[column]);
		check(await sample, `sample rows under ${what}`);
	}
	const added = check(
		await db
			.from(table)
			.upsert(rows, { onConflict: keyColumns.join(','), ignoreDuplicates: true })
			.select(keyColumns[0]),
		what
	);
	return added.length;
}

/**
 * Seeds the frameworks of supabase/data/frameworks.json through `import_framework` (each by
 * slug, so running it again changes nothing), then their published results and pillar scores
 * with source and confidence. Those are added where missing and never overwrite a row already
 * there, so what an admin corrected on the platform stays. Reference data: it runs on the local
 * stack and with `npm run seed` against a hosted project alike.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 * @param {ReturnType<typeof readFrameworks>} [frameworks] the data file's, unless a test gives its own
 */
export async function seedFrameworks(db, log, frameworks = readFrameworks()) {
	const cities = await cityIdsBySlug(db);
	const cityId = (slug) => {
		const city = cities.get(slug);
		if (!city) throw new Error(`seeding assessments: no city ${slug}`);
		return city.id;
	};
	let results = 0;
	let scores = 0;
	for (const framework of frameworks) {
		const id = check(
			await db.rpc('import_framework', { p: frameworkPayload(framework) }),
			`framework ${framework.slug}`
		);
		const rounds = new Map(
			check(
				await db.from('assessment_rounds').select('id, slug').eq('framework_id', id),
				`rounds of ${framework.slug}`
			).map((r) => [r.slug, r.id])
		);
		const nodes = new Map(
			check(
				await db.from('framework_nodes').select('id, slug').eq('framework_id', id),
				`nodes of ${framework.slug}`
			).map((n) => [n.slug, n.id])
		);
		const lookup = (map, slug, what) => {
			if (!map.has(slug)) throw new Error(`seeding ${framework.slug}: no ${what} ${slug}`);
			return map.get(slug);
		};
		// Every row names every column: an upsert of several rows sends missing keys as null.
		const published = (fact) => ({
			round_id: lookup(rounds, fact.round, 'round'),
			city_id: cityId(fact.city),
			value: fact.value ?? null,
			rank: fact.rank ?? null,
			is_sample: false,
			source_url: fact.source_url,
			confidence: fact.confidence,
			note_en: fact.note_en ?? null
		});
		results += await upsertPublished(
			db,
			'assessment_results',
			framework.results.map(published),
			['round_id', 'city_id'],
			`results of ${framework.slug}`
		);
		scores += await upsertPublished(
			db,
			'assessment_scores',
			framework.scores.map((fact) => ({
				...published(fact),
				node_id: lookup(nodes, fact.node, 'node')
			})),
			['round_id', 'city_id', 'node_id'],
			`scores of ${framework.slug}`
		);
	}
	if (results || scores) {
		log.info(
			`seeded ${frameworks.length} assessment frameworks with ${results} published results ` +
				`and ${scores} published scores`
		);
	}
	return { results, scores };
}

/**
 * Fills, for every round of the seeded frameworks, each city × leaf node without a value with a
 * generated sample (`is_sample`), and each city without a published overall result with a sample
 * one (local demo stack only, never a hosted project). Only the cities taking part in the Mission.
 * A round that already has samples, or that an admin has imported scores into, is left alone:
 * an import removes the values its file leaves out, and a restart must not put samples back.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 * @param {{ frameworks?: string[], cities?: string[] }} [only] slugs (tests narrow it)
 */
export async function seedSampleScores(db, log, only = {}) {
	const data = readFrameworks();
	const frameworkSlugs = only.frameworks ?? data.map((f) => f.slug);
	const roundHints = new Map(
		data.flatMap((f) => f.rounds.map((r) => [`${f.slug}/${r.slug}`, r.samples ?? {}]))
	);
	const frameworks = check(
		await db.from('frameworks').select('id, slug, scheme').in('slug', frameworkSlugs),
		'frameworks'
	);
	let cities = check(
		await db.from('cities').select('id, slug').eq('mission_status', 'active'),
		'cities'
	);
	if (only.cities) cities = cities.filter((c) => only.cities.includes(c.slug));
	let added = 0;
	for (const framework of frameworks) {
		const nodes = check(
			await db
				.from('framework_nodes')
				.select('id, parent_id, slug, scheme')
				.eq('framework_id', framework.id),
			`nodes of ${framework.slug}`
		);
		const rounds = check(
			await db
				.from('assessment_rounds')
				.select('id, slug')
				.eq('framework_id', framework.id)
				.order('year')
				.order('results_on', { nullsFirst: true })
				.order('slug'),
			`rounds of ${framework.slug}`
		);
		for (const [step, round] of rounds.entries()) {
			added += await sampleRound(db, { framework, nodes, round, step, cities, roundHints });
		}
	}
	if (added) log.info(`generated ${added} sample assessment scores (local demo data)`);
	return added;
}

async function sampleRound(db, { framework, nodes, round, step, cities, roundHints }) {
	const what = `samples of ${round.slug}`;
	const count = async (table, sampleOnly) => {
		let query = db.from(table).select('*', { count: 'exact', head: true }).eq('round_id', round.id);
		if (sampleOnly) query = query.eq('is_sample', true);
		const { count: n, error } = await query;
		if (error) throw new Error(`could not count ${table} of ${round.slug}: ${error.message}`);
		return n;
	};
	const samples = await count('assessment_scores', true);
	const imports = await count('assessment_imports', false);
	if (samples || imports) return 0;
	const hints = roundHints.get(`${framework.slug}/${round.slug}`) ?? {};
	const existing = await selectAll(
		() =>
			db
				.from('assessment_scores')
				.select('city_id, node_id, value')
				.eq('round_id', round.id)
				.order('id'),
		what
	);
	const results = check(
		await db
			.from('assessment_results')
			.select('city_id, value, rank')
			.eq('round_id', round.id)
			.eq('is_sample', false),
		what
	);
	const { scores, overall } = sampleRoundRows({
		framework,
		nodes,
		round,
		step,
		cities,
		hints,
		existing,
		results
	});
	if (!scores.length) return 0;
	// The overall results first: a round with sample scores counts as done on the next start.
	check(
		await db.from('assessment_results').upsert(overall, {
			onConflict: 'round_id,city_id',
			ignoreDuplicates: true
		}),
		what
	);
	check(await db.from('assessment_scores').insert(scores), what);
	return scores.length;
}
