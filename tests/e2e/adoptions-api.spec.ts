// The adoptions API against the built app, every answer checked against the OpenAPI document the
// server serves (contract.ts): Bilaspur records taking up Thane's agreement with Japan's MLIT and
// brings it from exploring to implemented with evidence, a category and its progress; an admin
// verifies the claim; the public reads it only once it is implemented with public evidence.
// Along the way, what is refused: 400, 401, 403 (a read-only token, another city, verifying
// one's own claim), 404 (what the caller may not see) and 409 (recorded twice, a stale version,
// verified twice).
import { expect, test } from '@playwright/test';
import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { checked } from './contract';
import { demoMentorship, MEMBER, MENTOR, service, tokenFor } from './mentorship-data';

const BILASPUR = 'member.bilaspur@citysetu.test';
const ADMIN = 'admin@citysetu.test';
const PRACTICE = 'thane-memorandum-of-cooperation-japan-mlit-smart-city';

/** A request context that is checked against the document, acting by a token of `email`. */
async function apiAs(
	playwright: PlaywrightWorkerArgs['playwright'],
	baseURL: string,
	email: string,
	scope: 'read' | 'read_write' = 'read_write'
): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
	const setup = await playwright.request.newContext({ baseURL });
	const headers = await tokenFor(setup, baseURL, email, scope);
	await setup.dispose();
	return { api: checked(await playwright.request.newContext({ baseURL }), baseURL), headers };
}

/** A day `days` ago, as YYYY-MM-DD (far enough from midnight in India not to matter). */
const daysAgo = (days: number) =>
	new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The spec starts from no adoption of Thane's agreement by Bilaspur (a retry finds its own). */
async function forgetBilaspursAdoption() {
	const db = service();
	const [city, practice] = await Promise.all([
		db.from('cities').select('id').eq('slug', 'bilaspur').single(),
		db.from('practices').select('id').eq('slug', PRACTICE).single()
	]);
	const { error } = await db
		.from('adoptions')
		.delete()
		.eq('city_id', city.data?.id ?? '')
		.eq('practice_id', practice.data?.id ?? '');
	expect(error).toBeNull();
}

test('a city records an adoption from exploring to implemented through the API', async ({
	playwright,
	baseURL
}) => {
	test.slow();
	await forgetBilaspursAdoption();
	const origin = baseURL ?? '';
	const anonymous = checked(await playwright.request.newContext({ baseURL }), origin);
	const bilaspur = await apiAs(playwright, origin, BILASPUR);
	const reader = await apiAs(playwright, origin, BILASPUR, 'read');
	const sagar = await apiAs(playwright, origin, MEMBER);
	const rajkot = await apiAs(playwright, origin, MENTOR);
	const admin = await apiAs(playwright, origin, ADMIN);
	const as = (who: { headers: Record<string, string> }) => ({
		headers: { ...who.headers, 'content-type': 'application/json' }
	});

	// Recording it.
	const body = {
		practice: PRACTICE,
		stage: 'exploring',
		on: daysAgo(60),
		evidence_public: true,
		evidence: {
			text: 'A study visit to **Thane** with our engineers.',
			links: ['https://example.org/bilaspur/thane-visit'],
			figures: [{ label: 'Officers on the visit', value: 4, unit: 'officers' }]
		}
	};
	expect((await anonymous.post('/api/v1/adoptions', { data: body })).status()).toBe(401);
	const readOnly = await reader.api.post('/api/v1/adoptions', { ...as(reader), data: body });
	expect(readOnly.status()).toBe(403);
	const invalid = await bilaspur.api.post('/api/v1/adoptions', {
		...as(bilaspur),
		data: {
			...body,
			stage: 'finished',
			on: daysAgo(-3),
			evidence: { ...body.evidence, links: ['http://example.org/plain'] }
		}
	});
	expect(invalid.status()).toBe(400);
	expect((await invalid.json()).errors).toEqual({
		stage: 'Choose a stage.',
		on: 'The date cannot be in the future.',
		'evidence.links':
			'Each link must be a full https address, such as https://example.gov.in/report, one per line.'
	});
	// Another city's mentorship cannot have led here; a practice must be published.
	const borrowed = await bilaspur.api.post('/api/v1/adoptions', {
		...as(bilaspur),
		data: { ...body, mentorship: await demoMentorship() }
	});
	expect(borrowed.status()).toBe(400);
	expect(Object.keys((await borrowed.json()).errors)).toEqual(['mentorship']);
	const unknown = await bilaspur.api.post('/api/v1/adoptions', {
		...as(bilaspur),
		data: { ...body, practice: 'no-such-practice' }
	});
	expect(unknown.status()).toBe(400);
	expect(Object.keys((await unknown.json()).errors)).toEqual(['practice']);

	const created = await bilaspur.api.post('/api/v1/adoptions', { ...as(bilaspur), data: body });
	expect(created.status()).toBe(201);
	const adoption = await created.json();
	const id: string = adoption.id;
	expect(created.headers().location).toBe(`${origin}/api/v1/adoptions/${id}`);
	expect(adoption).toMatchObject({
		city: { slug: 'bilaspur' },
		practice: { slug: PRACTICE, city: { slug: 'thane' } },
		mentorship: null,
		stage: 'exploring',
		verified: false,
		demo: false,
		evidence_public: true,
		version: 1,
		stages: [{ stage: 'exploring', on: daysAgo(60), evidence: body.evidence, claim: false }],
		categories: []
	});
	const twice = await bilaspur.api.post('/api/v1/adoptions', { ...as(bilaspur), data: body });
	expect(twice.status()).toBe(409);
	expect(await twice.json()).toMatchObject({ reason: 'already_recorded', existing: id });

	// Private while exploring: the public and other cities do not learn that it exists.
	expect((await anonymous.get(`/api/v1/adoptions/${id}`)).status()).toBe(404);
	expect((await sagar.api.get(`/api/v1/adoptions/${id}`, as(sagar))).status()).toBe(404);
	const publicList = await anonymous.get(`/api/v1/adoptions?city=bilaspur&practice=${PRACTICE}`);
	expect((await publicList.json()).total).toBe(0);

	// Stages, each starting from the version the city read.
	const stage = (who: typeof bilaspur, data: unknown) =>
		who.api.post(`/api/v1/adoptions/${id}/stages`, { ...as(who), data });
	expect((await stage(sagar, { stage: 'planning' })).status()).toBe(404);
	const planning = await stage(bilaspur, {
		stage: 'planning',
		on: daysAgo(40),
		version: 1,
		evidence: { text: 'The council approved a pilot in two wards.' }
	});
	expect(planning.status()).toBe(201);
	expect(await planning.json()).toMatchObject({ stage: 'planning', version: 2 });
	const stale = await stage(bilaspur, { stage: 'piloting', on: daysAgo(20), version: 1 });
	expect(stale.status()).toBe(409);
	expect(await stale.json()).toMatchObject({ current_version: 2 });
	const noReason = await stage(bilaspur, { stage: 'dropped', version: 2 });
	expect(noReason.status()).toBe(400);
	expect((await noReason.json()).errors).toEqual({
		reason: 'Say why the city dropped the practice.'
	});
	expect((await stage(bilaspur, { stage: 'piloting', on: daysAgo(20), version: 2 })).status()).toBe(
		201
	);
	const implemented = await stage(bilaspur, {
		stage: 'implemented',
		on: daysAgo(5),
		version: 3,
		evidence: {
			text: 'Both wards run the system.',
			links: ['https://example.org/bilaspur/report'],
			figures: [{ label: 'Wards covered', value: 2, unit: 'wards' }]
		}
	});
	expect(implemented.status()).toBe(201);
	const claim = await implemented.json();
	expect(claim).toMatchObject({ stage: 'implemented', claim: true, verified: false, version: 4 });

	// A category and its progress.
	const category = await bilaspur.api.post(`/api/v1/adoptions/${id}/categories`, {
		...as(bilaspur),
		data: {
			name: 'Wards',
			target: 10,
			unit: 'wards',
			nodal_name: 'Shri A. Sahu',
			nodal_designation: 'Executive Engineer'
		}
	});
	expect(category.status()).toBe(201);
	expect(await category.json()).toMatchObject({ slug: 'wards', target: 10, unit: 'wards' });
	const progress = (who: typeof bilaspur, data: unknown, slug = 'wards') =>
		who.api.post(`/api/v1/adoptions/${id}/categories/${slug}/progress`, { ...as(who), data });
	expect((await progress(bilaspur, { on: daysAgo(-2), value: 3 })).status()).toBe(400);
	expect((await progress(bilaspur, { on: daysAgo(3), value: 2 }, 'buses')).status()).toBe(404);
	// Implemented with public evidence, it is public now: another city reads it, and may not write.
	expect((await progress(sagar, { on: daysAgo(3), value: 2 })).status()).toBe(403);
	const recorded = await progress(bilaspur, { on: daysAgo(3), value: 2, note: 'Two wards live.' });
	expect(recorded.status()).toBe(201);
	expect((await recorded.json()).progress).toEqual({
		latest: 2,
		share: 0.2,
		updates: [{ on: daysAgo(3), value: 2, note: 'Two wards live.' }]
	});

	// Verification: not by the city that claims it, nor by a mentor of a city with no mentorship
	// that led here; an admin verifies once; a stage that is no claim is not verified at all.
	const verify = (who: typeof bilaspur, step: string) =>
		who.api.post(`/api/v1/adoptions/${id}/stages/${step}/verification`, as(who));
	expect((await verify(bilaspur, claim.id)).status()).toBe(403);
	expect((await verify(rajkot, claim.id)).status()).toBe(403);
	const exploring = adoption.stages[0].id;
	const notAClaim = await verify(admin, exploring);
	expect(notAClaim.status()).toBe(400);
	expect(Object.keys((await notAClaim.json()).errors)).toEqual(['step']);
	const verified = await verify(admin, claim.id);
	expect(verified.status()).toBe(200);
	expect(await verified.json()).toMatchObject({
		id: claim.id,
		verified: true,
		verified_by: { name: expect.any(String) }
	});
	const again = await verify(admin, claim.id);
	expect(again.status()).toBe(409);
	expect(await again.json()).toMatchObject({ reason: 'already_verified' });

	// Now implemented with public evidence: public, with its stages and progress, no version.
	const seen = await anonymous.get(`/api/v1/adoptions/${id}`);
	expect(seen.status()).toBe(200);
	const publicAdoption = await seen.json();
	expect(publicAdoption).toMatchObject({
		stage: 'implemented',
		verified: true,
		version: null,
		categories: [{ slug: 'wards', progress: { latest: 2 } }]
	});
	expect(publicAdoption.stages.map((s: { stage: string }) => s.stage)).toEqual([
		'exploring',
		'planning',
		'piloting',
		'implemented'
	]);
	const listed = await anonymous.get(`/api/v1/adoptions?city=bilaspur&stage=implemented`);
	expect((await listed.json()).adoptions.map((a: { id: string }) => a.id)).toContain(id);
	const badList = await anonymous.get('/api/v1/adoptions?city=atlantis&colour=red');
	expect(badList.status()).toBe(400);
	expect(Object.keys((await badList.json()).errors).sort()).toEqual(['city', 'colour']);
	// Another city reads it now, and still may not add to it.
	expect((await stage(sagar, { stage: 'scaled' })).status()).toBe(403);
	// The city reads the version a change starts from.
	const own = await bilaspur.api.get(`/api/v1/adoptions/${id}`, as(bilaspur));
	expect((await own.json()).version).toBe(4);
});
