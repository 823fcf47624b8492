// Seeds the Mission's assessment frameworks (supabase/data/frameworks.json): their structure and
// rounds, the published results with their sources, and, on the local stack only, generated
// sample scores for the remaining city × parameter values, marked `is_sample` wherever they go.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

// Sample scores (local stack only) ------------------------------------------------------------------

/** A number in [0, 1) that depends on the key alone: the same key gives the same number. */
export function unitInterval(key) {
	return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/** A value of `scheme` as a share of its maximum (percentage/100, level/5, stars/5). */
export function normalise(scheme, value) {
	return scheme === 'percentage' ? value / 100 : value / 5;
}

/** A share of the maximum as a value `scheme` accepts (0–2 decimals, or a whole level or star). */
export function fromShare(scheme, share) {
	const n = Math.min(1, Math.max(0, share));
	if (scheme === 'percentage') return Math.round(n * 10000) / 100;
	return Math.min(5, Math.max(1, Math.round(n * 5)));
}

/**
 * The nodes scored directly: those without children. With `under` (node slugs), only the
 * leaves at or below those nodes.
 * @template {{ id: string, parent_id: string | null, slug: string }} N
 * @param {N[]} nodes
 * @param {string[]} [under]
 * @returns {N[]}
 */
export function leafNodes(nodes, under) {
	const parents = new Set(nodes.map((n) => n.parent_id).filter(Boolean));
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const within = (node) => {
		for (let n = node; n; n = n.parent_id ? byId.get(n.parent_id) : undefined) {
			if (under.includes(n.slug)) return true;
		}
		return false;
	};
	return nodes.filter((n) => !parents.has(n.id) && (!under || within(n)));
}

// Unanchored samples stay below this share in a round with published overall results, so that
// no generated city outscores the published ones.
const PUBLISHED_CEILING = 0.75;

/**
 * A plausible, deterministic sample value for a city × node × round. A city has its own level
 * per framework and node; each later round of the framework (`step` 1, 2…) drifts from it a
 * little, mostly upwards, so "change since the last round" shows something. A city with a
 * published overall result in the round (`anchor`: its rank, or its value in the scheme) scores
 * near it; the others stay under the published ones when `ceiling` is set. `max` caps it.
 * @param {{ scheme: 'percentage' | 'level' | 'stars', framework: string, city: string,
 *   node: string, round: string, step: number, anchor?: { rank?: number | null,
 *   value?: number | null }, ceiling?: boolean, max?: number }} p
 */
export function sampleValue({ scheme, framework, city, node, round, step, anchor, ceiling, max }) {
	const noise = unitInterval(`${city}|${node}|${round}`) - 0.5;
	let share;
	if (anchor && (anchor.value != null || anchor.rank != null)) {
		const target =
			anchor.value != null
				? normalise(scheme, anchor.value)
				: Math.max(PUBLISHED_CEILING + 0.05, 0.93 - 0.015 * (anchor.rank - 1));
		share = Math.min(0.95, target + noise * 0.1);
	} else {
		const level =
			0.2 +
			0.55 *
				(0.5 * unitInterval(`${framework}|${city}`) +
					0.5 * unitInterval(`${framework}|${city}|${node}`));
		const trend = -0.02 + 0.08 * unitInterval(`${framework}|${city}|${node}|trend`);
		share = Math.max(0.18, level + step * trend + noise * 0.06);
		if (ceiling) share = Math.min(share, PUBLISHED_CEILING);
	}
	const value = fromShare(scheme, share);
	return max == null ? value : Math.min(value, max);
}

/**
 * A sample overall result: the mean of the city's values as shares, in the framework's scheme.
 * `below`: the lowest published overall value of the round, which a sample stays under.
 */
export function sampleOverall(scheme, values, below) {
	if (!values.length) return null;
	const mean = values.reduce((sum, v) => sum + normalise(v.scheme, v.value), 0) / values.length;
	const value = fromShare(scheme, mean);
	if (below == null) return value;
	const stepDown = scheme === 'percentage' ? 0.01 : 1;
	return Math.max(scheme === 'percentage' ? 0 : 1, Math.min(value, below - stepDown));
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
	const leaves = leafNodes(nodes, hints.under);
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
		await db.from('assessment_results').select('city_id, value, rank').eq('round_id', round.id),
		what
	);
	const published = new Map(results.map((r) => [r.city_id, r]));
	const publishedValues = results.map((r) => r.value).filter((v) => v != null);
	const taken = new Set(existing.map((s) => `${s.city_id}|${s.node_id}`));
	const schemeOf = (node) => node.scheme ?? framework.scheme;
	const rows = [];
	for (const city of cities) {
		for (const node of leaves) {
			if (taken.has(`${city.id}|${node.id}`)) continue;
			rows.push({
				round_id: round.id,
				city_id: city.id,
				node_id: node.id,
				value: sampleValue({
					scheme: schemeOf(node),
					framework: framework.slug,
					city: city.slug,
					node: node.slug,
					round: round.slug,
					step,
					anchor: published.get(city.id),
					ceiling: results.length > 0,
					max: hints.max?.[node.slug]
				}),
				is_sample: true
			});
		}
	}
	if (!rows.length) return 0;
	check(await db.from('assessment_scores').insert(rows), what);

	// Overall samples from every value the city has in the round, published ones included.
	const nodeById = new Map(nodes.map((n) => [n.id, n]));
	const valuesOf = new Map();
	for (const s of [...existing, ...rows]) {
		if (s.value == null) continue;
		const list = valuesOf.get(s.city_id) ?? [];
		list.push({ scheme: schemeOf(nodeById.get(s.node_id)), value: Number(s.value) });
		valuesOf.set(s.city_id, list);
	}
	const below = publishedValues.length ? Math.min(...publishedValues.map(Number)) : null;
	const overall = cities
		.filter((c) => !published.has(c.id) && valuesOf.has(c.id))
		.map((c) => ({
			round_id: round.id,
			city_id: c.id,
			value: sampleOverall(framework.scheme, valuesOf.get(c.id), below),
			rank: null,
			is_sample: true,
			source_url: null,
			confidence: null,
			note_en: null
		}));
	check(
		await db.from('assessment_results').upsert(overall, {
			onConflict: 'round_id,city_id',
			ignoreDuplicates: true
		}),
		what
	);
	return rows.length;
}
