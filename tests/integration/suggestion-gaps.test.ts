// "Strong where you are weakest" on the real stack: a framework of this test's own (imported as
// system work, as frameworks are data) with an older and a latest public round and a later
// private one; Shillong asks for a mentor, and mentors of Gangtok, Patna and Namchi are weighed
// on Shillong's weakest parameters, read as Shillong's officer and as an admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enums } from '../../src/lib/database.types';
import { userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import {
	loadSuggestionInputs,
	suggestMentors
} from '../../src/lib/server/mentorship/suggestion-inputs';
import type { ExplainedSuggestion } from '../../src/lib/server/mentorship/suggestion-inputs';
import { service } from './clients';

const run = Date.now();
const frameworkSlug = `it-gap-${run}`;
const topics = { sectors: ['public-safety'], components: [] };

async function cityId(slug: string): Promise<string> {
	const { data } = await service().from('cities').select('id').eq('slug', slug).single();
	if (!data) throw new Error(`no city ${slug}`);
	return data.id;
}

async function makeUser(
	label: string,
	role: Enums<'app_role'>,
	city: string | null
): Promise<DbUser> {
	const cityIdValue = city ? await cityId(city) : null;
	const { data, error } = await service()
		.from('users')
		.insert({
			email: `${label}.${run}@suggestion-gaps.test`,
			name: `Test ${label} ${run}`,
			designation: 'Test officer',
			role,
			city_id: cityIdValue
		})
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not create ${label}: ${error?.message}`);
	return { id: data.id, role, cityId: cityIdValue };
}

const people = {} as Record<'member' | 'admin' | 'gangtok' | 'patna' | 'namchi', DbUser>;
const rounds: Record<string, string> = {};

/** Imports a round's values as an admin's file would be, through the import function. */
async function importRound(round: string, rows: [string, string, number][]) {
	const { error } = await service().rpc('import_assessment_scores', {
		p_round_id: rounds[round],
		p_rows: rows.map(([city, parameter, value]) => ({ city, parameter, value })),
		p_file: { name: `${round}.csv`, kind: 'api' }
	});
	if (error) throw new Error(`importing ${round}: ${error.message}`);
}

beforeAll(async () => {
	const db = service();
	const imported = await db.rpc('import_framework', {
		p: {
			slug: frameworkSlug,
			acronym: 'ITG',
			name_en: 'Integration gap framework',
			name_hi: 'एकीकरण परीक्षण ढाँचा',
			scheme: 'percentage',
			nodes: [
				{ slug: 'ops', kind: 'pillar', name_en: 'Operations', name_hi: 'संचालन' },
				{
					slug: 'ops-a',
					parent: 'ops',
					kind: 'parameter',
					name_en: 'Operations A',
					name_hi: 'संचालन क'
				},
				{
					slug: 'ops-b',
					parent: 'ops',
					kind: 'parameter',
					name_en: 'Operations B',
					name_hi: 'संचालन ख'
				},
				{
					slug: 'coord',
					kind: 'pillar',
					name_en: 'Coordination as a whole',
					name_hi: 'समग्र समन्वय'
				},
				{
					slug: 'data',
					kind: 'parameter',
					scheme: 'level',
					name_en: 'Data sharing',
					name_hi: 'डेटा साझा करना'
				},
				{
					slug: 'climate',
					kind: 'parameter',
					scheme: 'stars',
					name_en: 'Climate readiness',
					name_hi: 'जलवायु तैयारी'
				}
			],
			rounds: [
				{
					slug: 'it-gap-r1',
					name_en: 'ITG 2023',
					year: 2023,
					assessing_body: 'Test body',
					is_public: true
				},
				{
					slug: 'it-gap-r2',
					name_en: 'ITG 2024',
					year: 2024,
					assessing_body: 'Test body',
					is_public: true,
					results_on: '2024-06-01'
				},
				{ slug: 'it-gap-rp', name_en: 'ITG 2025 draft', year: 2025, assessing_body: 'Test body' }
			]
		}
	});
	if (imported.error) throw new Error(imported.error.message);
	const found = await db
		.from('assessment_rounds')
		.select('id, slug')
		.eq('framework_id', imported.data);
	for (const round of found.data ?? []) rounds[round.slug] = round.id;

	// The older public round: Shillong was strong then, which must not count now.
	await importRound('it-gap-r1', [
		['shillong', 'coord', 90],
		['shillong', 'ops-b', 90],
		['gangtok', 'coord', 20]
	]);
	// The latest public round. Shillong's pillar "Operations" has its own value (3) but also
	// values under it: its parameters count, not the pillar. Data sharing (level 1) and
	// Operations B (20%) tie at 0.2 and go by name.
	await importRound('it-gap-r2', [
		['shillong', 'ops', 3],
		['shillong', 'ops-a', 70],
		['shillong', 'ops-b', 20],
		['shillong', 'coord', 5],
		['shillong', 'data', 1],
		['shillong', 'climate', 4],
		['gangtok', 'ops', 99],
		['gangtok', 'ops-b', 25],
		['gangtok', 'coord', 100],
		['gangtok', 'data', 5],
		['patna', 'coord', 10],
		['patna', 'ops-b', 60],
		['patna', 'data', 1]
	]);
	// The private, later round: only admins see it, and for them it is the latest.
	await importRound('it-gap-rp', [
		['shillong', 'coord', 1],
		['shillong', 'ops-b', 1],
		['shillong', 'data', 1],
		['namchi', 'coord', 100],
		['namchi', 'ops-b', 80]
	]);
	// Gangtok's data sharing level is a generated sample, as the demo's are.
	const node = await db
		.from('framework_nodes')
		.select('id')
		.eq('framework_id', imported.data)
		.eq('slug', 'data')
		.single();
	const marked = await db
		.from('assessment_scores')
		.update({ is_sample: true })
		.eq('round_id', rounds['it-gap-r2'])
		.eq('node_id', node.data?.id ?? '')
		.eq('city_id', await cityId('gangtok'));
	if (marked.error) throw new Error(marked.error.message);

	people.member = await makeUser('member', 'city_member', 'shillong');
	people.admin = await makeUser('admin', 'mission_admin', null);
	for (const city of ['gangtok', 'patna', 'namchi'] as const) {
		people[city] = await makeUser(city, 'mentor', city);
	}
	const profiles = await db.from('mentor_profiles').insert(
		(['gangtok', 'patna', 'namchi'] as const).map((city) => ({
			user_id: people[city].id,
			bio_markdown: 'Test profile.',
			languages: ['hi', 'en'],
			capacity: 2,
			sectors: ['public-safety'],
			components: [],
			is_public: true
		}))
	);
	if (profiles.error) throw new Error(profiles.error.message);
});

afterAll(async () => {
	// The framework takes its nodes, rounds, scores and imports with it.
	await service().from('frameworks').delete().eq('slug', frameworkSlug);
});

/** The gap reason of a mentor's suggestion, with only this test's framework in its evidence. */
function gapOf(suggestions: ExplainedSuggestion[] | null, mentor: DbUser) {
	const suggestion = suggestions?.find((s) => s.mentor.id === mentor.id);
	expect(suggestion, 'the mentor is suggested').toBeDefined();
	const reason = suggestion?.reasons.find((r) => r.code === 'assessment-gaps');
	const evidence = (reason?.evidence ?? []).filter((e) => e.framework.acronym === 'ITG');
	return { reason, evidence };
}

describe('strong where you are weakest', () => {
	it('finds the mentee city’s weakest parameters in the latest public round', async () => {
		const inputs = await loadSuggestionInputs(userDb(people.member), 'shillong');
		const ours = (inputs?.assessmentGaps.weakest ?? []).filter(
			(w) => w.framework.slug === frameworkSlug
		);
		expect(ours.map((w) => [w.round.slug, w.node.slug, w.value, w.node.scheme])).toEqual([
			['it-gap-r2', 'coord', 5, 'percentage'],
			['it-gap-r2', 'data', 1, 'level'],
			['it-gap-r2', 'ops-b', 20, 'percentage']
		]);
		// Namchi has no values in this test's rounds (the demo's sample scores of the seeded
		// frameworks may give it some elsewhere).
		const ourRounds = new Set(ours.map((w) => w.round.id));
		expect(
			(inputs?.assessmentGaps.valuesByCity[people.namchi.cityId ?? ''] ?? []).filter((v) =>
				ourRounds.has(v.roundId)
			)
		).toEqual([]);
	});

	it('names the parameters and values where a mentor city leads, and says when they are samples', async () => {
		const english = await suggestMentors(userDb(people.member), 'shillong', topics, 'en');
		const gangtok = gapOf(english, people.gangtok);
		expect(gangtok.evidence).toEqual([
			{
				parameter: { slug: 'coord', en: 'Coordination as a whole', hi: 'समग्र समन्वय' },
				framework: { slug: frameworkSlug, acronym: 'ITG' },
				round: { slug: 'it-gap-r2', en: 'ITG 2024', hi: null },
				scheme: 'percentage',
				mentorValue: 100,
				menteeValue: 5,
				sample: false
			},
			expect.objectContaining({
				parameter: expect.objectContaining({ slug: 'data' }),
				scheme: 'level',
				mentorValue: 5,
				menteeValue: 1,
				sample: true
			})
		]);
		// Operations B: 25% against 20% is within the margin.
		expect(gangtok.reason?.share).toBeGreaterThan(0);
		expect(gangtok.reason?.text).toMatch(/^strong where you are weakest: /);
		expect(gangtok.reason?.text).toContain(
			'Gangtok 100% in Coordination as a whole (ITG 2024), where Shillong has 5%'
		);
		expect(gangtok.reason?.text).toMatch(/\(sample values\)$/);

		const patna = gapOf(english, people.patna);
		expect(patna.evidence.map((e) => [e.parameter.slug, e.mentorValue, e.menteeValue])).toEqual([
			['ops-b', 60, 20]
		]);

		const hindi = await suggestMentors(userDb(people.member), 'shillong', topics, 'hi');
		expect(gapOf(hindi, people.gangtok).reason?.text).toMatch(
			/^जहाँ आप सबसे कमज़ोर हैं, वहाँ मज़बूत: .*समग्र समन्वय \(ITG 2024\) में Gangtok 100 प्रतिशत पर.*\(नमूना मान\)$/
		);
	});

	it('does not let a private round feed the reason for an officer, and does for an admin', async () => {
		// Through PostgREST, the officer sees none of the private round's values.
		const hidden = await userDb(people.member)
			.from('assessment_scores')
			.select('id')
			.eq('round_id', rounds['it-gap-rp']);
		expect(hidden.error).toBeNull();
		expect(hidden.data).toEqual([]);

		const asMember = await suggestMentors(userDb(people.member), 'shillong', topics, 'en');
		expect(gapOf(asMember, people.namchi).evidence).toEqual([]);
		for (const suggestion of asMember ?? []) {
			for (const reason of suggestion.reasons) {
				expect(reason.evidence?.map((e) => e.round.slug) ?? []).not.toContain('it-gap-rp');
			}
		}

		// An admin sees the private round, the latest of the framework: Namchi leads there.
		const asAdmin = await suggestMentors(userDb(people.admin), 'shillong', topics, 'en');
		const namchi = gapOf(asAdmin, people.namchi);
		expect(namchi.evidence.map((e) => [e.round.slug, e.parameter.slug, e.mentorValue])).toEqual([
			['it-gap-rp', 'coord', 100],
			['it-gap-rp', 'ops-b', 80]
		]);
		// Gangtok has no values in that round: no lead of this framework for the admin.
		expect(gapOf(asAdmin, people.gangtok).evidence).toEqual([]);
	});
});
