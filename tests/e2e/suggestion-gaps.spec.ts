// "Strong where you are weakest" in the browser: Sagar's member asks for a mentor, and Rajkot's
// suggestion says where Rajkot scores well on one of Sagar's weakest parameters, with its share
// of the score and the sample label; the API gives the reason's evidence, as its OpenAPI
// document describes it. The spec makes its own framework with a public round (as
// system work, frameworks being data) and removes it after, so it does not depend on the demo's
// seeded scores.
import { expect, test } from '@playwright/test';
import { checked } from './contract';
import { MEMBER, service, signedIn, tokenFor } from './mentorship-data';

const slug = `it-gap-e2e-${Date.now()}`;

// One worker, one framework: made before the two tests, removed after both.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	const db = service();
	const framework = await db.rpc('import_framework', {
		p: {
			slug,
			acronym: 'GAPTEST',
			name_en: 'Gap reason test framework',
			name_hi: 'अंतर कारण परीक्षण ढाँचा',
			scheme: 'percentage',
			nodes: [
				{
					slug: 'coordination',
					kind: 'parameter',
					name_en: 'Test coordination',
					name_hi: 'परीक्षण समन्वय'
				}
			],
			rounds: [
				{
					slug: 'it-gap-e2e-round',
					name_en: 'GAPTEST 2026',
					year: 2026,
					assessing_body: 'Browser test',
					is_public: true
				}
			]
		}
	});
	if (framework.error) throw new Error(framework.error.message);
	const round = await db
		.from('assessment_rounds')
		.select('id')
		.eq('framework_id', framework.data)
		.single();
	if (round.error) throw new Error(round.error.message);
	const imported = await db.rpc('import_assessment_scores', {
		p_round_id: round.data.id,
		p_rows: [
			{ city: 'sagar', parameter: 'coordination', value: 20 },
			{ city: 'rajkot', parameter: 'coordination', value: 95 }
		],
		p_file: { name: 'gap-test.csv', kind: 'api' }
	});
	if (imported.error) throw new Error(imported.error.message);
	// Sagar's value stands for a generated sample, as the demo's are.
	const sagar = await db.from('cities').select('id').eq('slug', 'sagar').single();
	const marked = await db
		.from('assessment_scores')
		.update({ is_sample: true })
		.eq('round_id', round.data.id)
		.eq('city_id', sagar.data?.id ?? '');
	if (marked.error) throw new Error(marked.error.message);
});

test.afterAll(async () => {
	// Its nodes, round and scores go with it.
	const { error } = await service().from('frameworks').delete().eq('slug', slug);
	if (error) throw new Error(error.message);
});

test('a suggestion says where the mentor city is strong and the asking city weakest', async ({
	browser
}) => {
	const member = await signedIn(browser, MEMBER);
	await member.goto('/mentorships/new');
	await member
		.getByLabel('What your city needs help with')
		.fill('Our departments work apart; we want the command centre to coordinate them.');
	await member.getByRole('group', { name: 'Sectors' }).getByLabel('Public safety').check();
	await member.getByRole('button', { name: 'Show suggestions' }).click();
	const suggestions = member.getByRole('group', { name: 'Suggested mentors' });
	const rajkot = suggestions
		.getByRole('listitem')
		.filter({ hasText: 'Demo Mentor, Rajkot' })
		.first();
	const reason = rajkot
		.getByRole('list', { name: 'Why', exact: true })
		.getByRole('listitem')
		.filter({ hasText: 'strong where you are weakest' });
	await expect(reason).toContainText(
		'Rajkot 95% in Test coordination (GAPTEST 2026), where Sagar has 20%'
	);
	await expect(reason).toContainText('(sample values)');
	// Shown like the other reasons: with its share of the score.
	await expect(reason.getByText(/^\d+% of the score$/)).toBeAttached();
});

test('the API gives the gap reason with its evidence, as documented', async ({
	playwright,
	baseURL
}) => {
	const origin = baseURL ?? '';
	const sagar = checked(await playwright.request.newContext({ baseURL }), origin);
	const auth = await tokenFor(sagar, origin, MEMBER, 'read');
	const answer = await sagar.get('/api/v1/mentor-suggestions?city=sagar&sectors=public-safety', {
		headers: auth
	});
	expect(answer.status()).toBe(200);
	const { suggestions } = await answer.json();
	const rajkot = suggestions.find(
		(s: { mentor: { city: { slug: string } } }) => s.mentor.city.slug === 'rajkot'
	);
	const gap = rajkot.reasons.find((r: { code: string }) => r.code === 'assessment-gaps');
	expect(gap.share).toBeGreaterThan(0);
	expect(gap.evidence).toContainEqual({
		parameter: { slug: 'coordination', name_en: 'Test coordination', name_hi: 'परीक्षण समन्वय' },
		framework: { slug, acronym: 'GAPTEST' },
		round: { slug: 'it-gap-e2e-round', name_en: 'GAPTEST 2026', name_hi: null },
		scheme: 'percentage',
		mentor_value: 95,
		mentee_value: 20,
		sample: true
	});
});
