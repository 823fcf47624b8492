import { beforeAll, describe, expect, it } from 'vitest';
import { sampleValue } from '../../scripts/lib/sample-scores.js';
import {
	KANPUR_PLAYBOOK,
	seedDemoAdoptions,
	seedKanpurSafeCity
} from '../../scripts/lib/seed-adoptions.js';
import {
	readFrameworks,
	seedFrameworks,
	seedSampleScores
} from '../../scripts/lib/seed-assessments.js';
import { anon, service, sql } from './clients';

// The stack launcher has seeded the frameworks and the samples once already; these tests run
// the seeds again and read what they left.
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const seeded = readFrameworks().map((f: { slug: string }) => f.slug);

async function counts() {
	const [row] = await sql<Record<string, string>>(
		`select
			(select count(*) from frameworks where slug = any($1)) as frameworks,
			(select count(*) from framework_nodes n join frameworks f on f.id = n.framework_id
				where f.slug = any($1)) as nodes,
			(select count(*) from assessment_rounds r join frameworks f on f.id = r.framework_id
				where f.slug = any($1)) as rounds,
			(select count(*) from assessment_results x join assessment_rounds r on r.id = x.round_id
				join frameworks f on f.id = r.framework_id where f.slug = any($1)) as results,
			(select count(*) from assessment_scores x join assessment_rounds r on r.id = x.round_id
				join frameworks f on f.id = r.framework_id where f.slug = any($1)) as scores,
			(select count(*) from audit_log where entity in ('frameworks', 'framework_nodes',
				'assessment_rounds', 'assessment_results')) as audited`,
		[seeded]
	);
	return row;
}

/** A public round's overall results and pillar scores as the public reads them, by city slug. */
async function published(roundSlug: string) {
	const db = anon();
	const { data: round, error } = await db
		.from('assessment_rounds')
		.select('id, slug, year, assessing_body, results_on, cities_assessed, confidence, note_en')
		.eq('slug', roundSlug)
		.single();
	if (error) throw new Error(error.message);
	const { data: cities } = await db.from('cities').select('id, slug');
	const slugOf = new Map((cities ?? []).map((c) => [c.id, c.slug]));
	const { data: nodes } = await db.from('framework_nodes').select('id, slug');
	const nodeOf = new Map((nodes ?? []).map((n) => [n.id, n.slug]));
	const results = await db
		.from('assessment_results')
		.select('city_id, value, rank, is_sample, source_url, confidence, note_en')
		.eq('round_id', round.id)
		.eq('is_sample', false)
		.order('rank');
	const scores = await db
		.from('assessment_scores')
		.select('city_id, node_id, value, rank, is_sample, source_url, confidence, note_en')
		.eq('round_id', round.id)
		.eq('is_sample', false);
	if (results.error || scores.error) throw new Error('cannot read published results');
	return {
		round,
		results: results.data.map((r) => ({ ...r, city: slugOf.get(r.city_id) })),
		scores: scores.data.map((s) => ({
			...s,
			city: slugOf.get(s.city_id),
			node: nodeOf.get(s.node_id)
		}))
	};
}

describe('seeded assessment frameworks', () => {
	it('seeding again, twice, adds nothing and writes nothing', async () => {
		const before = await counts();
		expect(await seedFrameworks(service(), quiet)).toEqual({ results: 0, scores: 0 });
		expect(await seedFrameworks(service(), quiet)).toEqual({ results: 0, scores: 0 });
		expect(await seedSampleScores(service(), quiet)).toBe(0);
		expect(await counts()).toEqual(before);
		expect(before).toMatchObject({ frameworks: '3', nodes: '14', rounds: '5' });
	});

	it('the public reads the IMAF 2.0 results, with the caveat on ranks 2 to 4', async () => {
		const imaf = await published('imaf-2-0-cycle-1');
		expect(imaf.round).toMatchObject({ year: 2024, results_on: '2024-06-27' });
		expect(imaf.round.assessing_body).toMatch(/Quality Council of India/);
		expect(imaf.results.map((r) => [r.city, r.rank, r.value, r.confidence])).toEqual([
			['belagavi', 1, null, 'solid'],
			['chandigarh', 2, null, 'uncertain'],
			['tumakuru', 3, null, 'uncertain'],
			['bengaluru', 4, null, 'uncertain'],
			['bilaspur', 5, null, 'solid']
		]);
		expect(imaf.results[1].note_en).toMatch(/Tribune/);
		for (const r of imaf.results) expect(r.source_url).toMatch(/^https:\/\//);
		const byCity = Object.fromEntries(imaf.scores.map((s) => [`${s.city}/${s.node}`, s]));
		expect(byCity['bilaspur/team-management-and-inter-departmental-coordination']).toMatchObject({
			value: 95,
			rank: 1,
			confidence: 'solid'
		});
		expect(byCity['chandigarh/cyber-security']).toMatchObject({
			value: null,
			rank: 1,
			confidence: 'single'
		});
		expect(byCity['raipur/team-management-and-inter-departmental-coordination']).toMatchObject({
			value: 85,
			rank: null,
			confidence: 'uncertain'
		});
	});

	it('the public reads the DMAF cycle 2 top ten and the CSCAF 2.0 four-star cities', async () => {
		const dmaf = await published('dmaf-cycle-2');
		expect(dmaf.results.map((r) => [r.city, r.rank])).toEqual(
			expect.arrayContaining([
				['surat', 1],
				['pimpri-chinchwad', 2],
				['new-town-kolkata', 8],
				['kohima', 10],
				['raipur', 10],
				['thane', 10]
			])
		);
		expect(dmaf.results).toHaveLength(12);
		for (const r of dmaf.results) expect(r).toMatchObject({ value: null, confidence: 'solid' });

		const cscaf = await published('cscaf-2-0');
		expect(cscaf.round).toMatchObject({ cities_assessed: 126, results_on: '2021-06-25' });
		expect(cscaf.results.map((r) => r.city).sort()).toEqual([
			'ahmedabad',
			'indore',
			'pimpri-chinchwad',
			'pune',
			'rajkot',
			'surat',
			'vadodara',
			'visakhapatnam'
		]);
		for (const r of cscaf.results) expect(r).toMatchObject({ value: 4, rank: null });
	});

	it('every generated value is marked as sample, has no source, and belongs to a city of the Mission', async () => {
		const rows = await sql<{
			round: string;
			framework: string;
			city: string;
			mission_status: string;
			node: string;
			value: string | null;
			is_sample: boolean;
			source_url: string | null;
			confidence: string | null;
			import_id: string | null;
		}>(
			`select r.slug as round, f.slug as framework, c.slug as city, c.mission_status, n.slug as node,
				s.value, s.is_sample, s.source_url, s.confidence, s.import_id
			from assessment_scores s join assessment_rounds r on r.id = s.round_id
			join frameworks f on f.id = r.framework_id join cities c on c.id = s.city_id
			join framework_nodes n on n.id = s.node_id where f.slug = any($1)`,
			[seeded]
		);
		const samples = rows.filter((r) => r.is_sample);
		expect(samples.length).toBeGreaterThan(2000);
		for (const s of samples) {
			expect(s).toMatchObject({ source_url: null, confidence: null, mission_status: 'active' });
		}
		// What is not a sample is a published fact, with its source, or an admin's import.
		for (const s of rows.filter((r) => !r.is_sample && !r.import_id)) {
			expect(s.source_url).toMatch(/^https:\/\//);
			expect(s.confidence).not.toBeNull();
		}
		// The same numbers as the generator gives: CSCAF 1.0 has no published result to steer it.
		for (const s of samples.filter((r) => r.round === 'cscaf-1-0').slice(0, 50)) {
			const expected = sampleValue({
				scheme: 'stars',
				framework: 'cscaf',
				city: s.city,
				node: s.node,
				round: 'cscaf-1-0',
				step: 0
			});
			expect(Number(s.value)).toBe(expected);
		}
		// DMAF cycle 1 assessed the Systemic pillar only: no samples for the Sectoral one.
		expect(samples.some((s) => s.round === 'dmaf-cycle-1' && s.node === 'sectoral')).toBe(false);
		const results = await sql<{ n: string }>(
			`select count(*) as n from assessment_results x join assessment_rounds r on r.id = x.round_id
			join frameworks f on f.id = r.framework_id
			where f.slug = any($1) and x.is_sample and (x.rank is not null or x.source_url is not null)`,
			[seeded]
		);
		expect(results[0].n).toBe('0');
	});
});

describe('seeding a framework of its own', () => {
	const slug = `it-seed-${Date.now().toString(36)}`;
	const source = 'https://example.org/it-seed';
	const framework = {
		slug,
		acronym: 'ITS',
		name_en: 'Integration test framework',
		name_hi: 'परीक्षण ढाँचा',
		scheme: 'percentage',
		source_url: source,
		confidence: 'single',
		nodes: [
			{ slug: 'alpha', kind: 'pillar', name_en: 'Alpha', name_hi: 'अल्फ़ा' },
			{ slug: 'alpha-one', parent: 'alpha', kind: 'parameter', name_en: 'A1', name_hi: 'ए1' },
			{ slug: 'beta', kind: 'pillar', name_en: 'Beta', name_hi: 'बीटा' }
		],
		rounds: [
			{ slug: `${slug}-1`, name_en: 'One', year: 2019, assessing_body: 'Test', is_public: false },
			{ slug: `${slug}-2`, name_en: 'Two', year: 2020, assessing_body: 'Test', is_public: true }
		],
		results: [
			{ round: `${slug}-2`, city: 'kohima', rank: 1, source_url: source, confidence: 'single' }
		],
		scores: [
			{
				round: `${slug}-1`,
				city: 'kohima',
				node: 'alpha-one',
				value: 90,
				source_url: source,
				confidence: 'single'
			}
		]
	};
	let roundIds: Record<string, string> = {};

	beforeAll(async () => {
		expect(await seedFrameworks(service(), quiet, [framework])).toEqual({ results: 1, scores: 1 });
		const { data } = await service()
			.from('assessment_rounds')
			.select('id, slug')
			.like('slug', `${slug}-%`);
		roundIds = Object.fromEntries((data ?? []).map((r) => [r.slug, r.id]));
	});

	it('keeps a published result an admin corrected on the platform', async () => {
		const db = service();
		const { error } = await db
			.from('assessment_results')
			.update({ note_en: 'Corrected on the platform' })
			.eq('round_id', roundIds[`${slug}-2`]);
		expect(error).toBeNull();
		expect(await seedFrameworks(db, quiet, [framework])).toEqual({ results: 0, scores: 0 });
		const { data } = await db
			.from('assessment_results')
			.select('note_en, rank')
			.eq('round_id', roundIds[`${slug}-2`])
			.single();
		expect(data).toEqual({ note_en: 'Corrected on the platform', rank: 1 });
	});

	it('fills the leaves without a value with samples, once, and keeps the published ones', async () => {
		const only = { frameworks: [slug], cities: ['kohima', 'gandhinagar'] };
		// Round one: Kohima's alpha-one is published, so 3 samples; round two: 2 cities × 2 leaves.
		expect(await seedSampleScores(service(), quiet, only)).toBe(7);
		expect(await seedSampleScores(service(), quiet, only)).toBe(0);
		const rows = await sql<{
			round: string;
			city: string;
			node: string;
			value: string;
			is_sample: boolean;
		}>(
			`select r.slug as round, c.slug as city, n.slug as node, s.value, s.is_sample
			from assessment_scores s join assessment_rounds r on r.id = s.round_id
			join cities c on c.id = s.city_id join framework_nodes n on n.id = s.node_id
			where r.slug like $1 order by 1, 2, 3`,
			[`${slug}-%`]
		);
		expect(rows.map((r) => [r.round.slice(-1), r.city, r.node, r.is_sample])).toEqual([
			['1', 'gandhinagar', 'alpha-one', true],
			['1', 'gandhinagar', 'beta', true],
			['1', 'kohima', 'alpha-one', false],
			['1', 'kohima', 'beta', true],
			['2', 'gandhinagar', 'alpha-one', true],
			['2', 'gandhinagar', 'beta', true],
			['2', 'kohima', 'alpha-one', true],
			['2', 'kohima', 'beta', true]
		]);
		expect(rows[2].value).toBe('90');
		for (const r of rows) {
			expect(Number(r.value)).toBeGreaterThanOrEqual(18);
			expect(Number(r.value)).toBeLessThanOrEqual(95);
		}
		// Kohima, first in round two, scores above Gandhinagar, which has no published place.
		const two = rows.filter((r) => r.round.endsWith('-2'));
		const kohima = two.filter((r) => r.city === 'kohima').map((r) => Number(r.value));
		const gandhinagar = two.filter((r) => r.city === 'gandhinagar').map((r) => Number(r.value));
		expect(Math.min(...kohima)).toBeGreaterThan(Math.max(...gandhinagar));

		const overall = await sql<{ round: string; city: string; is_sample: boolean; rank: number }>(
			`select r.slug as round, c.slug as city, x.is_sample, x.rank from assessment_results x
			join assessment_rounds r on r.id = x.round_id join cities c on c.id = x.city_id
			where r.slug like $1 order by 1, 2`,
			[`${slug}-%`]
		);
		expect(overall.map((r) => [r.round.slice(-1), r.city, r.is_sample, r.rank])).toEqual([
			['1', 'gandhinagar', true, null],
			['1', 'kohima', true, null],
			['2', 'gandhinagar', true, null],
			['2', 'kohima', false, 1]
		]);
	});

	it('keeps a private round’s samples from the public', async () => {
		const { data } = await anon()
			.from('assessment_scores')
			.select('id')
			.in('round_id', [roundIds[`${slug}-1`]]);
		expect(data).toEqual([]);
		const { data: open } = await anon()
			.from('assessment_scores')
			.select('is_sample')
			.eq('round_id', roundIds[`${slug}-2`]);
		expect(open).toHaveLength(4);
		for (const s of open ?? []) expect(s.is_sample).toBe(true);
	});
});

describe('seeded adoptions', () => {
	it('Kanpur’s own Safe City work: piloting, eight categories without targets, private', async () => {
		expect(await seedKanpurSafeCity(service(), quiet)).toBeNull();
		const [adoption] = await sql<{
			id: string;
			stage: string;
			is_demo: boolean;
			evidence_public: boolean;
			confidence: string;
			source_url: string | null;
		}>(
			`select a.id, a.stage, a.is_demo, a.evidence_public, a.confidence, a.source_url
			from adoptions a join cities c on c.id = a.city_id join practices p on p.id = a.practice_id
			where c.slug = 'kanpur' and p.slug = $1`,
			[KANPUR_PLAYBOOK]
		);
		expect(adoption).toMatchObject({
			stage: 'piloting',
			is_demo: false,
			evidence_public: false,
			confidence: 'single',
			source_url: null
		});
		const categories = await sql<{ target: string | null; language: string }>(
			'select target, language from adoption_categories where adoption_id = $1',
			[adoption.id]
		);
		expect(categories).toHaveLength(8);
		for (const c of categories) expect(c).toEqual({ target: null, language: 'hi' });
		const figures = await sql(
			`select f.id from adoption_step_figures f join adoption_steps s on s.id = f.step_id
			where s.adoption_id = $1`,
			[adoption.id]
		);
		expect(figures).toEqual([]);
		const { data } = await anon().from('adoptions').select('id').eq('id', adoption.id);
		expect(data).toEqual([]);
	});

	it('the demo: Sagar at piloting through the Rajkot mentorship, labelled demo', async () => {
		expect(await seedDemoAdoptions(service(), quiet)).toBeNull();
		const [adoption] = await sql<{ id: string; stage: string; is_demo: boolean; mentor: string }>(
			`select a.id, a.stage, a.is_demo, mc.slug as mentor from adoptions a
			join cities c on c.id = a.city_id join mentorships m on m.id = a.mentorship_id
			join cities mc on mc.id = m.mentor_city_id where c.slug = 'sagar' and a.is_demo`
		);
		expect(adoption).toMatchObject({ is_demo: true, mentor: 'rajkot' });
		const steps = await sql<{ stage: string; evidence_markdown: string }>(
			'select stage, evidence_markdown from adoption_steps where adoption_id = $1 order by happened_on',
			[adoption.id]
		);
		// The seeded three come first; another test may have added to the demo since.
		expect(steps.slice(0, 3).map((s) => s.stage)).toEqual(['exploring', 'planning', 'piloting']);
		for (const s of steps.slice(0, 3)) expect(s.evidence_markdown).toMatch(/^Demo/);
		const progress = await sql<{ slug: string; n: string }>(
			`select g.slug, count(p.id) as n from adoption_categories g
			left join category_progress p on p.category_id = g.id
			where g.adoption_id = $1 group by g.slug order by g.slug`,
			[adoption.id]
		);
		expect(progress).toEqual([
			{ slug: 'hospitals', n: '2' },
			{ slug: 'schools', n: '2' }
		]);
	});
});
