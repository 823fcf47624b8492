// Importing a round's scores, through the domain module as the server calls it (each user acting
// through their own short-lived JWT) and through PostgREST directly: the same file twice writes
// nothing; a corrected file replaces values and records old → new with who imported it; a file
// with bad rows writes nothing; only admins import or write rounds and scores; a private round
// and its scores are the admins' alone, a public one everyone's.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { publicDb, userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import { importHistory } from '../../src/lib/server/assessment/import-history';
import { exportScoresCsv, importScores } from '../../src/lib/server/assessment/import';
import {
	createRound,
	findRound,
	frameworksOverview,
	setRoundPublic
} from '../../src/lib/server/assessment/rounds';
import { anon, service } from './clients';

const run = Date.now();
const FRAMEWORK = `it-import-${run}`;
// Cities of this file's own: the integration stack is shared.
const cities = ['salem', 'thanjavur', 'tirunelveli', 'tiruchirappalli', 'vellore'] as const;
const cityIds = {} as Record<(typeof cities)[number], string>;
type Person = DbUser & { email: string };
const people = {} as Record<'admin' | 'member' | 'mentor', Person>;
const rounds = {} as Record<'private' | 'public', string>;

async function makeUser(label: string, role: Enums<'app_role'>, city: string | null) {
	const email = `${label}.${run}@assessment-import.test`;
	const cityId = city ? cityIds[city as (typeof cities)[number]] : null;
	const { data, error } = await service()
		.from('users')
		.insert({ email, name: `Import ${label}`, role, city_id: cityId })
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${email}: ${error?.message}`);
	return { id: data.id, email, role, cityId } satisfies Person;
}

beforeAll(async () => {
	const { data } = await service().from('cities').select('id, slug').in('slug', cities);
	for (const row of data ?? []) cityIds[row.slug as (typeof cities)[number]] = row.id;
	expect(Object.keys(cityIds)).toHaveLength(cities.length);
	const { error } = await service().rpc('import_framework', {
		p: {
			slug: FRAMEWORK,
			acronym: 'ITI',
			name_en: 'Import test framework',
			name_hi: 'आयात परीक्षण ढाँचा',
			scheme: 'percentage',
			nodes: [
				{ slug: 'governance', kind: 'pillar', name_en: 'Governance', name_hi: 'शासन' },
				{
					slug: 'team-management',
					parent: 'governance',
					kind: 'parameter',
					name_en: 'Team management',
					name_hi: 'टीम प्रबंधन'
				},
				{
					slug: 'data-use',
					parent: 'governance',
					kind: 'parameter',
					name_en: 'Data use',
					name_hi: 'डेटा उपयोग',
					scheme: 'level'
				},
				{ slug: 'waste', kind: 'theme', name_en: 'Waste', name_hi: 'कचरा', scheme: 'stars' }
			],
			rounds: [
				{ slug: 'private-round', name_en: 'Private', year: 2024, assessing_body: 'QCI' },
				{
					slug: 'public-round',
					name_en: 'Public',
					year: 2023,
					assessing_body: 'QCI',
					is_public: true
				}
			]
		}
	});
	if (error) throw new Error(error.message);
	const { data: found } = await service()
		.from('assessment_rounds')
		.select('id, slug, frameworks!inner(slug)')
		.eq('frameworks.slug', FRAMEWORK);
	for (const r of found ?? []) rounds[r.slug === 'public-round' ? 'public' : 'private'] = r.id;
	people.admin = await makeUser('admin', 'mission_admin', null);
	people.member = await makeUser('member', 'city_member', 'salem');
	people.mentor = await makeUser('mentor', 'mentor', 'thanjavur');
});

const csv = (text: string, name = 'scores.csv') => ({
	name,
	kind: 'csv' as const,
	bytes: new TextEncoder().encode(text)
});

async function xlsx(rows: (string | number)[][], name = 'scores.xlsx') {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Scores');
	for (const row of rows) sheet.addRow(row);
	return { name, kind: 'xlsx' as const, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

async function importCount(roundId: string) {
	const { count } = await service()
		.from('assessment_imports')
		.select('id', { count: 'exact', head: true })
		.eq('round_id', roundId);
	return count;
}

async function storedScores(roundId: string) {
	const { data } = await service()
		.from('assessment_scores')
		.select('value, import_id, cities(slug), framework_nodes(slug)')
		.eq('round_id', roundId);
	return Object.fromEntries(
		(data ?? []).map((s) => [`${s.cities.slug}/${s.framework_nodes.slug}`, s.value])
	);
}

const first = [
	'\uFEFFcity,parameter,value',
	'salem,team-management,80',
	'salem,data-use,3',
	'thanjavur,team-management,95.5',
	'vellore,waste,4',
	''
].join('\r\n');

describe('importing a round', () => {
	it('imports a checked file as an admin, in one go', async () => {
		const db = userDb(people.admin);
		const result = await importScores(db, {
			framework: FRAMEWORK,
			round: 'private-round',
			file: csv(first)
		});
		expect(result).toEqual({ status: 'imported', imported: 4, unchanged: 0, removed: 0 });
		expect(await storedScores(rounds.private)).toEqual({
			'salem/team-management': 80,
			'salem/data-use': 3,
			'thanjavur/team-management': 95.5,
			'vellore/waste': 4
		});
		expect(await importCount(rounds.private)).toBe(1);
	});

	it('changes nothing and writes nothing when the same file comes again', async () => {
		const before = await importCount(rounds.private);
		const result = await importScores(userDb(people.admin), {
			framework: FRAMEWORK,
			round: 'private-round',
			file: csv(first)
		});
		expect(result).toEqual({ status: 'imported', imported: 0, unchanged: 4, removed: 0 });
		expect(await importCount(rounds.private)).toBe(before);
	});

	it('replaces values with a corrected .xlsx and records old → new with who imported it', async () => {
		const result = await importScores(userDb(people.admin), {
			framework: FRAMEWORK,
			round: 'private-round',
			file: await xlsx([
				['parameter', 'city', 'value'],
				['team-management', 'salem', 82.25],
				['data-use', 'salem', 3],
				['team-management', 'thanjavur', '95.5'],
				['team-management', 'tiruchirappalli', 60]
			])
		});
		// vellore/waste is left out: removed.
		expect(result).toEqual({ status: 'imported', imported: 2, unchanged: 2, removed: 1 });
		expect(await storedScores(rounds.private)).toEqual({
			'salem/team-management': 82.25,
			'salem/data-use': 3,
			'thanjavur/team-management': 95.5,
			'tiruchirappalli/team-management': 60
		});
		const { data: latest } = await service()
			.from('assessment_imports')
			.select('id, imported_by, file_name, file_kind, file_sha256, imported, unchanged, removed')
			.eq('round_id', rounds.private)
			.order('created_at', { ascending: false })
			.limit(1)
			.single();
		expect(latest).toMatchObject({
			imported_by: people.admin.id,
			file_name: 'scores.xlsx',
			file_kind: 'xlsx',
			imported: 2,
			unchanged: 2,
			removed: 1
		});
		expect(latest?.file_sha256).toMatch(/^[0-9a-f]{64}$/);
		const history = await importHistory(userDb(people.admin), rounds.private);
		expect(history[0].by).toBe('Import admin');
		expect(
			history[0].changes.map((c) => [c.city.slug, c.parameter.slug, c.old, c.new]).sort()
		).toEqual(
			[
				['salem', 'team-management', 80, 82.25],
				['tiruchirappalli', 'team-management', null, 60],
				['vellore', 'waste', 4, null]
			].sort()
		);
	});

	it('writes nothing when any row has a problem, and says which', async () => {
		const before = [await importCount(rounds.private), await storedScores(rounds.private)];
		const result = await importScores(userDb(people.admin), {
			framework: FRAMEWORK,
			round: 'private-round',
			file: csv(
				'city,parameter,value\nsalem,team-management,50\nSalem,data-use,3\nvellore,data-use,7\nvellore,waste,4\nvellore,waste,5\n'
			)
		});
		expect(result).toEqual({
			status: 'invalid',
			problems: [
				{
					row: 3,
					column: 'city',
					code: 'cityUnknownSuggest',
					params: { value: 'Salem', suggestion: 'salem' }
				},
				{ row: 4, column: 'value', code: 'valueRangeLevel', params: { value: '7' } },
				{ row: 6, column: null, code: 'duplicate', params: { first: 5 } }
			]
		});
		expect([await importCount(rounds.private), await storedScores(rounds.private)]).toEqual(before);
	});

	it('round-trips: the export imported again changes nothing', async () => {
		const exported = await exportScoresCsv(userDb(people.admin), FRAMEWORK, 'private-round');
		expect(exported).toBe(
			'\uFEFFcity,parameter,value\r\n' +
				'salem,data-use,3\r\nsalem,team-management,82.25\r\n' +
				'thanjavur,team-management,95.5\r\ntiruchirappalli,team-management,60\r\n'
		);
		const result = await importScores(userDb(people.admin), {
			framework: FRAMEWORK,
			round: 'private-round',
			file: csv(exported ?? '')
		});
		expect(result).toMatchObject({ imported: 0, unchanged: 4, removed: 0 });
	});

	it('imports through the RPC directly as an admin; a bad row fails the whole call', async () => {
		const db = userDb(people.admin);
		const good = await db.rpc('import_assessment_scores', {
			p_round_id: rounds.public,
			p_rows: [
				{ city: 'salem', parameter: 'team-management', value: 70 },
				{ city: 'vellore', parameter: 'waste', value: 3 }
			],
			p_file: { name: 'api.csv', kind: 'api' }
		});
		expect(good.error).toBeNull();
		expect(good.data).toMatchObject({ imported: 2, unchanged: 0, removed: 0 });
		const bad = await db.rpc('import_assessment_scores', {
			p_round_id: rounds.public,
			p_rows: [
				{ city: 'salem', parameter: 'team-management', value: 71 },
				{ city: 'vellore', parameter: 'waste', value: 9 }
			],
			p_file: { name: 'api.csv', kind: 'api' }
		});
		expect(bad.error?.code).toBe('22023');
		expect(await storedScores(rounds.public)).toEqual({
			'salem/team-management': 70,
			'vellore/waste': 3
		});
	});
});

describe('who may import and write', () => {
	for (const who of ['member', 'mentor'] as const) {
		it(`a ${who} can neither import nor write rounds and scores through PostgREST`, async () => {
			const db = userDb(people[who]);
			const before = await storedScores(rounds.public);
			const rpc = await db.rpc('import_assessment_scores', {
				p_round_id: rounds.public,
				p_rows: [{ city: 'salem', parameter: 'team-management', value: 1 }],
				p_file: { name: 'x.csv', kind: 'csv' }
			});
			expect(rpc.error?.code).toBe('42501');
			expect(
				await importScores(db, {
					framework: FRAMEWORK,
					round: 'public-round',
					file: csv('city,parameter,value\nsalem,team-management,1\n')
				})
			).toEqual({ status: 'forbidden' });

			const { data: node } = await service()
				.from('framework_nodes')
				.select('id')
				.eq('slug', 'waste')
				.eq('framework_id', (await findRound(service(), FRAMEWORK, 'public-round'))!.framework.id)
				.single();
			const insert = await db.from('assessment_scores').insert({
				round_id: rounds.public,
				city_id: cityIds.tirunelveli,
				node_id: node!.id,
				value: 5
			});
			expect(insert.error?.code).toBe('42501');
			const update = await db
				.from('assessment_scores')
				.update({ value: 0 })
				.eq('round_id', rounds.public)
				.select('id');
			expect(update.data ?? []).toEqual([]);
			const remove = await db
				.from('assessment_scores')
				.delete()
				.eq('round_id', rounds.public)
				.select('id');
			expect(remove.data ?? []).toEqual([]);
			expect(await storedScores(rounds.public)).toEqual(before);

			const round = await db.from('assessment_rounds').insert({
				framework_id: (await findRound(service(), FRAMEWORK, 'public-round'))!.framework.id,
				slug: `${who}-round`,
				name_en: 'Not allowed',
				year: 2024,
				assessing_body: 'Nobody'
			});
			expect(round.error?.code).toBe('42501');
			const change = await db
				.from('assessment_rounds')
				.update({ is_public: false })
				.eq('id', rounds.public)
				.select('id');
			expect(change.data ?? []).toEqual([]);
			expect(await setRoundPublic(db, FRAMEWORK, 'public-round', false)).toBe('forbidden');
			expect(
				await createRound(db, FRAMEWORK, {
					name: 'Not allowed',
					year: 2024,
					assessing_body: 'Nobody',
					public: false
				})
			).toEqual({ status: 'forbidden' });
			const imports = await db
				.from('assessment_imports')
				.select('id')
				.eq('round_id', rounds.public);
			expect(imports.data ?? []).toEqual([]);
		});
	}

	it('an admin creates a round (slug from its name) and turns it public', async () => {
		const db = userDb(people.admin);
		const created = await createRound(db, FRAMEWORK, {
			name: 'Cycle 2.0',
			year: 2025,
			assessing_body: 'Quality Council of India',
			public: false,
			results_on: '2025-06-27'
		});
		expect(created).toMatchObject({
			status: 'created',
			round: { slug: 'cycle-2-0', is_public: false, results_on: '2025-06-27' }
		});
		expect(
			await createRound(db, FRAMEWORK, {
				slug: 'cycle-2-0',
				name: 'Again',
				year: 2025,
				assessing_body: 'QCI',
				public: false
			})
		).toEqual({ status: 'duplicate', slug: 'cycle-2-0' });
		expect(await findRound(publicDb(), FRAMEWORK, 'cycle-2-0')).toBeNull();
		expect(await setRoundPublic(db, FRAMEWORK, 'cycle-2-0', true)).toBe('saved');
		expect(await findRound(publicDb(), FRAMEWORK, 'cycle-2-0')).not.toBeNull();
		expect(
			await createRound(db, 'it-import-none', {
				name: 'x',
				year: 2024,
				assessing_body: 'y',
				public: false
			})
		).toEqual({
			status: 'not_found'
		});
	});
});

describe('who may see a round', () => {
	it('anon and members see a public round and its scores, never a private one', async () => {
		for (const db of [anon(), userDb(people.member), userDb(people.mentor)]) {
			const visible = await db
				.from('assessment_rounds')
				.select('slug')
				.in('id', Object.values(rounds));
			expect(visible.data?.map((r) => r.slug)).toEqual(['public-round']);
			const scores = await db
				.from('assessment_scores')
				.select('round_id')
				.in('round_id', Object.values(rounds));
			expect(new Set(scores.data?.map((s) => s.round_id))).toEqual(new Set([rounds.public]));
			expect(await exportScoresCsv(db, FRAMEWORK, 'private-round')).toBeNull();
			expect(await exportScoresCsv(db, FRAMEWORK, 'public-round')).toContain(
				'salem,team-management,70'
			);
		}
		const history = await anon().from('assessment_import_changes').select('import_id');
		expect(history.data ?? []).toEqual([]);
	});

	it('an admin sees both rounds and their scores', async () => {
		const db = userDb(people.admin);
		const visible = await db
			.from('assessment_rounds')
			.select('slug')
			.in('id', Object.values(rounds))
			.order('slug');
		expect(visible.data?.map((r) => r.slug)).toEqual(['private-round', 'public-round']);
		expect(await exportScoresCsv(db, FRAMEWORK, 'private-round')).toContain('salem,data-use,3');
		const overview = (await frameworksOverview(db)).find((f) => f.slug === FRAMEWORK);
		expect(
			overview?.rounds.map((r) => [r.slug, r.is_public, r.scores, r.lastImport?.by ?? null])
		).toEqual([
			['cycle-2-0', true, 0, null],
			['private-round', false, 4, 'Import admin'],
			['public-round', true, 2, 'Import admin']
		]);
	});
});
