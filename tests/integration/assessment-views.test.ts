// The assessment views against the real stack: a framework of this file's own (imported through
// import_framework as system work) with two public rounds and a private one. Who reads which
// round and its values, through PostgREST directly and through the domain modules the pages and
// the API call; the ranking, comparison and city history those modules build from known data;
// the round scores endpoint's answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { publicDb, userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import { cityAssessmentsJson, frameworkJson } from '../../src/lib/server/assessment/api-json';
import { cityAssessments } from '../../src/lib/server/assessment/city-scores';
import { compareRequest } from '../../src/lib/server/assessment/compare';
import { compareCsv, rankingCsv } from '../../src/lib/server/assessment/csv-download';
import { getFramework, listFrameworks } from '../../src/lib/server/assessment/frameworks';
import { rankingRequest } from '../../src/lib/server/assessment/ranking-view';
import { getRoundScores } from '../../src/lib/server/assessment/scores-api';
import { load as rankingPageLoad } from '../../src/routes/assessments/[framework=slug]/+page.server';
import { anon, service } from './clients';

const run = Date.now();
// Frameworks and rounds of this file's own; only the cities given to it.
const slug = `it-views-${run}`;
const cities = ['ajmer', 'jhansi', 'aligarh', 'bareilly', 'prayagraj'] as const;
type CitySlug = (typeof cities)[number];
const cityIds = {} as Record<CitySlug, string>;
const nodeIds: Record<string, string> = {};
const roundIds: Record<string, string> = {};
const source = 'https://example.org/published-ranking';

type Person = DbUser & { email: string };
const people = {} as Record<'admin' | 'member', Person>;

async function makeUser(label: string, role: Enums<'app_role'>, city: CitySlug | null) {
	const email = `${label}.${run}@views.test`;
	const cityId = city ? cityIds[city] : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name: `Views ${label}`, role, city_id: cityId })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	return { id: data.id, email, role, cityId } satisfies Person;
}

// Values by round, city and node: ops (a percentage pillar) with a team parameter (percentage)
// and a data parameter (level); cyber, a pillar scored in stars on itself.
const values: Record<string, Partial<Record<CitySlug, Record<string, number>>>> = {
	r2023: {
		ajmer: { 'ops-team': 80, 'ops-data': 4, cyber: 3 },
		jhansi: { 'ops-team': 70, 'ops-data': 3, cyber: 4 },
		aligarh: { 'ops-team': 40, 'ops-data': 2, cyber: 1 }
	},
	r2024: {
		ajmer: { 'ops-team': 90, 'ops-data': 4, cyber: 3 },
		jhansi: { 'ops-team': 80, 'ops-data': 5, cyber: 5 },
		aligarh: { ops: 60, cyber: 2 },
		bareilly: { 'ops-team': 50, 'ops-data': 4, cyber: 4 },
		prayagraj: { 'ops-team': 40 }
	},
	hidden: { ajmer: { 'ops-team': 11 } }
};

beforeAll(async () => {
	const db = service();
	const { data: rows } = await db.from('cities').select('id, slug').in('slug', cities);
	for (const row of rows ?? []) cityIds[row.slug as CitySlug] = row.id;
	const { data: frameworkId, error } = await db.rpc('import_framework', {
		p: {
			slug,
			acronym: 'ITV',
			name_en: 'Views test framework',
			name_hi: 'व्यू परीक्षण फ़्रेमवर्क',
			scheme: 'percentage',
			note_en: 'Made by the views test.',
			nodes: [
				{ slug: 'ops', kind: 'pillar', name_en: 'Operations', name_hi: 'संचालन' },
				{ slug: 'ops-team', parent: 'ops', kind: 'parameter', name_en: 'Team', name_hi: 'टीम' },
				{
					slug: 'ops-data',
					parent: 'ops',
					kind: 'parameter',
					name_en: 'Data',
					name_hi: 'डेटा',
					scheme: 'level'
				},
				{
					slug: 'cyber',
					kind: 'pillar',
					name_en: 'Cyber security',
					name_hi: 'साइबर सुरक्षा',
					scheme: 'stars',
					confidence: 'uncertain',
					note_en: 'The exact title is uncertain.'
				}
			],
			rounds: [
				{
					slug: 'r2023',
					name_en: 'Round 2023',
					year: 2023,
					assessing_body: 'QCI',
					is_public: true
				},
				{
					slug: 'r2024',
					name_en: 'Round 2024',
					name_hi: 'दौर 2024',
					year: 2024,
					assessing_body: 'QCI',
					is_public: true
				},
				{
					slug: 'hidden',
					name_en: 'Draft 2025',
					year: 2025,
					assessing_body: 'QCI',
					is_public: false
				}
			]
		}
	});
	if (error || !frameworkId) throw new Error(`import_framework: ${error?.message}`);
	const { data: nodes } = await db
		.from('framework_nodes')
		.select('id, slug')
		.eq('framework_id', frameworkId);
	for (const n of nodes ?? []) nodeIds[n.slug] = n.id;
	const { data: rounds } = await db
		.from('assessment_rounds')
		.select('id, slug')
		.eq('framework_id', frameworkId);
	for (const r of rounds ?? []) roundIds[r.slug] = r.id;
	const scores = Object.entries(values).flatMap(([round, byCity]) =>
		Object.entries(byCity).flatMap(([city, byNode]) =>
			Object.entries(byNode ?? {}).map(([node, value]) => ({
				round_id: roundIds[round],
				city_id: cityIds[city as CitySlug],
				node_id: nodeIds[node],
				value,
				// One sample value, to see the mark carried through.
				is_sample: round === 'r2024' && city === 'jhansi' && node === 'cyber'
			}))
		)
	);
	const saved = await db.from('assessment_scores').insert(scores);
	if (saved.error) throw new Error(saved.error.message);
	// Ajmer's overall first place is published without a value; the private round has a result.
	const results = await db.from('assessment_results').insert([
		{
			round_id: roundIds.r2024,
			city_id: cityIds.ajmer,
			rank: 1,
			source_url: source,
			confidence: 'solid'
		},
		{ round_id: roundIds.hidden, city_id: cityIds.ajmer, value: 12 }
	]);
	if (results.error) throw new Error(results.error.message);
	people.admin = await makeUser('admin', 'mission_admin', null);
	people.member = await makeUser('member', 'city_member', 'ajmer');
});

/** What a client reads of a round: the round row, its scores and its results. */
async function readRound(db: ReturnType<typeof anon>, round: string) {
	const [r, s, res] = await Promise.all([
		db.from('assessment_rounds').select('id').eq('id', roundIds[round]),
		db.from('assessment_scores').select('id').eq('round_id', roundIds[round]),
		db.from('assessment_results').select('city_id').eq('round_id', roundIds[round])
	]);
	expect(r.error ?? s.error ?? res.error).toBeNull();
	return [r.data?.length, s.data?.length, res.data?.length];
}

describe('who reads a round, through PostgREST', () => {
	it('the public reads a public round and its values, and nothing of a private one', async () => {
		expect(await readRound(anon(), 'r2024')).toEqual([1, 12, 1]);
		expect(await readRound(anon(), 'hidden')).toEqual([0, 0, 0]);
	});

	it('a city member cannot read the private round, even its own city’s values', async () => {
		expect(await readRound(userDb(people.member), 'hidden')).toEqual([0, 0, 0]);
		expect(await readRound(userDb(people.member), 'r2023')).toEqual([1, 9, 0]);
	});

	it('an admin reads both', async () => {
		expect(await readRound(userDb(people.admin), 'hidden')).toEqual([1, 1, 1]);
		expect(await readRound(userDb(people.admin), 'r2024')).toEqual([1, 12, 1]);
	});
});

describe('frameworks as the caller sees them', () => {
	it('lists the tree in order and the public rounds newest first; admins also the private', async () => {
		const framework = await getFramework(publicDb(), slug);
		expect(framework?.nodes.map((n) => [n.slug, n.depth, n.scheme])).toEqual([
			['ops', 0, 'percentage'],
			['ops-team', 1, 'percentage'],
			['ops-data', 1, 'level'],
			['cyber', 0, 'stars']
		]);
		expect(framework?.rounds.map((r) => r.slug)).toEqual(['r2024', 'r2023']);
		const asMember = (await listFrameworks(userDb(people.member))).find((f) => f.slug === slug);
		expect(asMember?.rounds.map((r) => r.slug)).toEqual(['r2024', 'r2023']);
		const asAdmin = await getFramework(userDb(people.admin), slug);
		expect(asAdmin?.rounds.map((r) => [r.slug, r.is_public])).toEqual([
			['hidden', false],
			['r2024', true],
			['r2023', true]
		]);
	});

	it('answers the API shape with parents by slug', async () => {
		const framework = await getFramework(publicDb(), slug);
		const body = framework ? frameworkJson(framework) : null;
		expect(body?.nodes[1]).toMatchObject({ slug: 'ops-team', parent: 'ops', kind: 'parameter' });
		expect(body?.nodes[3]).toMatchObject({ confidence: 'uncertain', note: expect.any(String) });
		expect(body?.rounds[0]).toMatchObject({ slug: 'r2024', public: true, year: 2024 });
	});
});

describe('the ranking page’s modules', () => {
	const params = (query: string) => new URLSearchParams(query);

	it('ranks the newest public round overall: the published rank first, the rest by mean', async () => {
		const request = await rankingRequest(publicDb(), slug, params(''));
		if (request.kind !== 'ok') throw new Error('framework not found');
		const { view } = request;
		expect(view.round?.slug).toBe('r2024');
		expect(view.previous?.slug).toBe('r2023');
		expect(view.rows.map((r) => [r.city.slug, r.rank, r.basis])).toEqual([
			['ajmer', 1, 'rank'],
			// Jhansi: team 0.8, data 5/5, cyber 5/5 → 0.933.
			['jhansi', 2, 'mean'],
			// Bareilly: 0.5, 0.8, 0.8 → 0.7; Aligarh: its ops pillar 0.6 counts once, cyber 0.4.
			['bareilly', 3, 'mean'],
			['aligarh', 4, 'mean'],
			['prayagraj', 5, 'mean']
		]);
		const jhansi = view.rows[1];
		expect(jhansi.value).toBeCloseTo(93.33, 1);
		expect(jhansi.sample).toBe(true);
		expect(view.sample).toBe(true);
		// 2023: (0.7 + 0.6 + 0.8) / 3 = 0.7 → +23.3 points.
		expect(jhansi.change?.value).toBeCloseTo(23.33, 1);
		expect(view.rows[0].source).toEqual({ url: source, confidence: 'solid', note: null });
		expect(view.rows[0].change).toBeNull();
	});

	it('ranks one pillar, keeps national ranks under a zone filter, and shares tied ranks', async () => {
		const request = await rankingRequest(publicDb(), slug, params('pillar=cyber&zone=central'));
		if (request.kind !== 'ok') throw new Error('framework not found');
		// Ajmer (Northern) is filtered out; its 3 stars still take a place among the ranks.
		expect(request.view.rows.map((r) => [r.city.slug, r.rank, r.value, r.joint])).toEqual([
			['jhansi', 1, 5, false],
			['bareilly', 2, 4, false],
			['aligarh', 4, 2, false]
		]);
		expect(request.view.ranked).toBe(4);
		const ops = await rankingRequest(publicDb(), slug, params('pillar=ops&round=r2023'));
		if (ops.kind !== 'ok') throw new Error('framework not found');
		// 2023 ops: Ajmer (0.8 + 0.8) / 2 = 0.8, Jhansi (0.7 + 0.6) / 2 = 0.65, Aligarh 0.4.
		expect(ops.view.rows.map((r) => [r.city.slug, r.rank])).toEqual([
			['ajmer', 1],
			['jhansi', 2],
			['aligarh', 3]
		]);
		const tie = await rankingRequest(publicDb(), slug, params('pillar=ops-data'));
		if (tie.kind !== 'ok') throw new Error('framework not found');
		// Data: Jhansi level 5, Ajmer and Bareilly level 4 each: joint second.
		const byRank = tie.view.rows
			.map((r) => [r.city.slug, r.rank, r.joint])
			.sort((a, b) => Number(a[1]) - Number(b[1]) || String(a[0]).localeCompare(String(b[0])));
		expect(byRank).toEqual([
			['jhansi', 1, false],
			['ajmer', 2, true],
			['bareilly', 2, true]
		]);
	});

	it('names what it could not use, and does not open a private round for the public', async () => {
		const request = await rankingRequest(publicDb(), slug, params('round=hidden&zone=atlantis'));
		if (request.kind !== 'ok') throw new Error('framework not found');
		expect(request.invalid.map((p) => p.field).sort()).toEqual(['round', 'zone']);
		expect(request.view.round?.slug).toBe('r2024');
		const admin = await rankingRequest(userDb(people.admin), slug, params('round=hidden'));
		if (admin.kind !== 'ok') throw new Error('framework not found');
		expect(admin.view.rows.map((r) => [r.city.slug, r.value])).toEqual([['ajmer', 12]]);
		expect(await rankingRequest(publicDb(), 'it-views-nothing', params(''))).toEqual({
			kind: 'not_found'
		});
	});

	it('the page load pages the rows and links the CSV with the same filters', async () => {
		const data = (await rankingPageLoad({
			params: { framework: slug },
			url: new URL(`http://localhost/assessments/${slug}?zone=central&pillar=cyber`),
			locals: { user: null, locale: 'en', session: null }
		} as unknown as Parameters<typeof rankingPageLoad>[0])) as Record<string, unknown>;
		expect(data.total).toBe(3);
		expect(data.csvHref).toBe(
			`/assessments/${slug}/rankings.csv?round=r2024&pillar=cyber&zone=central`
		);
	});

	it('writes the CSV with a byte-order mark, a header and one line a city', async () => {
		const request = await rankingRequest(publicDb(), slug, params('zone=central'));
		if (request.kind !== 'ok') throw new Error('framework not found');
		const csv = rankingCsv(request.view);
		expect(csv.startsWith('\uFEFFrank,city,state,zone,value,scheme,change,sample,source')).toBe(
			true
		);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(5);
		expect(lines[1]).toMatch(/^2,Jhansi,Uttar Pradesh,central,93\.33,percentage,23\.33,true,/);
	});
});

describe('comparing two cities', () => {
	it('puts their values side by side with the difference and their overall ranks', async () => {
		const request = await compareRequest(
			publicDb(),
			slug,
			new URLSearchParams('a=jhansi&b=aligarh&round=r2024')
		);
		if (request.kind !== 'ok' || !request.comparison) throw new Error('no comparison');
		const rows = request.comparison.rows;
		expect(rows.map((r) => r.node?.slug ?? 'overall')).toEqual([
			'overall',
			'ops',
			'ops-team',
			'ops-data',
			'cyber'
		]);
		expect(rows[0].ranks).toEqual({ a: 2, b: 4 });
		// Cyber: 5 stars against 2.
		expect(rows[4].difference).toBeCloseTo(3);
		// Ops: Jhansi's mean 0.9 against Aligarh's own 60%.
		expect(rows[1].difference).toBeCloseTo(30);
		expect(rows[2].b).toBeNull();
		expect(request.comparison.sample).toBe(true);
		const csv = compareCsv(request.comparison);
		expect(csv.split('\r\n')[0]).toBe(
			'\uFEFFpart,name_en,name_hi,kind,scheme,value_jhansi,value_aligarh,difference,' +
				'sample_jhansi,sample_aligarh,basis_jhansi,basis_aligarh,rank_jhansi,rank_aligarh'
		);
	});

	it('waits for two cities', async () => {
		const request = await compareRequest(publicDb(), slug, new URLSearchParams('a=jhansi'));
		expect(request.kind === 'ok' && request.comparison).toBeNull();
	});
});

describe('a city’s assessments', () => {
	it('has its rounds newest first with change, rank and strongest and weakest pillars', async () => {
		const result = await cityAssessments(publicDb(), 'ajmer');
		const mine = result?.frameworks.find((f) => f.framework.slug === slug);
		expect(mine?.rounds.map((r) => r.round.slug)).toEqual(['r2024', 'r2023']);
		const [latest, earlier] = mine?.rounds ?? [];
		expect(latest.overall.entry).toMatchObject({ rank: 1, basis: 'rank' });
		expect(earlier.overall.entry?.rank).toBe(1);
		// Ops: (0.9 + 0.8) / 2 = 85% against (0.8 + 0.8) / 2 = 80% a round before.
		expect(latest.pillars[0].entry?.value).toBeCloseTo(85);
		expect(latest.pillars[0].change?.value).toBeCloseTo(5);
		expect(latest.pillars[1].change?.value).toBeCloseTo(0);
		expect(mine?.latest).toEqual({
			round: expect.objectContaining({ slug: 'r2024' }),
			strongest: [nodeIds.ops],
			weakest: [nodeIds.cyber]
		});
		const json = result ? cityAssessmentsJson(result) : null;
		const framework = json?.frameworks.find((f) => f.slug === slug);
		expect(framework?.latest).toEqual({ round: 'r2024', strongest: ['ops'], weakest: ['cyber'] });
	});

	it('counts the private round for admins only', async () => {
		const asMember = await cityAssessments(userDb(people.member), 'ajmer');
		const asAdmin = await cityAssessments(userDb(people.admin), 'ajmer');
		const roundsOf = (r: typeof asMember) =>
			r?.frameworks.find((f) => f.framework.slug === slug)?.rounds.map((x) => x.round.slug);
		expect(roundsOf(asMember)).toEqual(['r2024', 'r2023']);
		expect(roundsOf(asAdmin)).toEqual(['hidden', 'r2024', 'r2023']);
	});

	it('holds only the rounds a city has values in, and is null for no city', async () => {
		const none = await cityAssessments(publicDb(), 'prayagraj');
		expect(none?.frameworks.find((f) => f.framework.slug === slug)?.rounds).toHaveLength(1);
		expect(await cityAssessments(publicDb(), 'atlantis')).toBeNull();
	});
});

describe('GET /api/v1/assessments/{framework}/{round}/scores', () => {
	const call = (round: string, query: string, user: DbUser | null) =>
		getRoundScores({
			params: { framework: slug, round },
			url: new URL(`http://localhost/api/v1/assessments/${slug}/${round}/scores${query}`),
			locals: { user }
		});

	it('answers a public round’s scores and results, for a city and a pillar', async () => {
		const response = await call('r2024', '?city=jhansi&pillar=ops', null);
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body.round).toEqual({
			slug: 'r2024',
			name: { en: 'Round 2024', hi: 'दौर 2024' },
			year: 2024,
			public: true
		});
		expect(
			body.scores.map((s: { parameter: { slug: string }; value: number }) => [
				s.parameter.slug,
				s.value
			])
		).toEqual([
			['ops-team', 80],
			['ops-data', 5]
		]);
		expect(body.results).toEqual([]);
		const all = await (await call('r2024', '', null)).json();
		expect(all.scores).toHaveLength(12);
		expect(all.results).toEqual([
			expect.objectContaining({
				city: { slug: 'ajmer', name: 'Ajmer' },
				value: null,
				rank: 1,
				sample: false,
				source,
				confidence: 'solid'
			})
		]);
		expect(all.scores.filter((s: { sample: boolean }) => s.sample)).toHaveLength(1);
	});

	it('answers 404 for a private round to anyone but an admin', async () => {
		expect((await call('hidden', '', null)).status).toBe(404);
		expect((await call('hidden', '', people.member)).status).toBe(404);
		const admin = await call('hidden', '', people.admin);
		expect(admin.status).toBe(200);
		expect((await admin.json()).round.public).toBe(false);
		expect((await call('nothing', '', people.admin)).status).toBe(404);
	});

	it('names an unknown parameter, city or pillar in a 400', async () => {
		const unknown = await call('r2024', '?town=jhansi', null);
		expect(unknown.status).toBe(400);
		expect((await unknown.json()).errors).toHaveProperty('town');
		const city = await call('r2024', '?city=atlantis', null);
		expect((await city.json()).errors).toHaveProperty('city');
		const pillar = await call('r2024', '?pillar=nothing', null);
		expect((await pillar.json()).errors).toHaveProperty('pillar');
	});
});
