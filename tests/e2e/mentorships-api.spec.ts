// The mentorships API against the built app, every answer checked against the OpenAPI document:
// suggestions only for the city's own officers, requests (201, 400, 403, 409), reading a request
// (404 outside its two cities) and answering it (200, 400, 403, 404, 409 not open and full).
// Bilaspur asks Ahmedabad here, and a mentor with no place free made for this test.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { createSupabase } from '../../src/lib/server/supabase';
import { checked } from './contract';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

/** System access to the stack the app runs on, to set up a mentor with no place free. */
function service() {
	let env: Record<string, string | undefined> = process.env;
	if (!env.SUPABASE_URL) {
		const file = path.join(process.env.CITYSETU_DATA_DIR ?? '', 'stack.json');
		env = JSON.parse(fs.readFileSync(file, 'utf8')).env;
	}
	return createSupabase({
		url: env.SUPABASE_URL ?? '',
		key: env.SUPABASE_SERVICE_ROLE_KEY ?? '',
		barePostgrest: env.SUPABASE_BARE_POSTGREST === '1'
	});
}

/** An API token for an account, made through the account page's form. */
async function tokenFor(request: APIRequestContext, baseURL: string, email: string) {
	const origin = { origin: baseURL };
	const login = await request.post('/login', {
		form: { email, password: demoPassword },
		headers: { ...origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(login.status()).toBe(303);
	const created = await request.post('/account?/createToken', {
		form: { name: `mentorships ${Date.now()}`, scope: 'read_write', current: demoPassword },
		headers: { ...origin, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	const token = JSON.stringify(await created.json()).match(/cs_[a-z2-7]{32}/)?.[0];
	expect(token).toBeTruthy();
	return { authorization: `Bearer ${token}` };
}

/** A mentor in Kochi with no place free, signing in with the demo password. */
async function fullMentor(): Promise<{ id: string; email: string }> {
	const { hash } = await import('@node-rs/argon2');
	const { argon2Options } = await import('../../src/lib/server/auth/argon2-options');
	const email = `mentor.full.${Date.now()}@flows.test`;
	const db = service();
	const { error } = await db.rpc('seed_demo_account', {
		p_email: email,
		p_name: 'Full mentor, Kochi',
		p_designation: 'Test',
		p_role: 'mentor',
		p_city_slug: 'kochi',
		p_password_hash: await hash(demoPassword.normalize('NFC'), argon2Options)
	});
	expect(error).toBeNull();
	const { data } = await db.from('users').select('id').eq('email', email).single();
	const id = data?.id ?? '';
	const profile = await db
		.from('mentor_profiles')
		.insert({ user_id: id, capacity: 0, sectors: ['mobility'], languages: ['hi'] });
	expect(profile.error).toBeNull();
	return { id, email };
}

const json = { 'content-type': 'application/json' };

test('the mentorships API: suggestions, requests, reading and answering', async ({
	playwright,
	baseURL
}) => {
	const origin = baseURL ?? '';
	const context = () => playwright.request.newContext({ baseURL });
	const anonymous = checked(await context(), origin);
	const bilaspur = checked(await context(), origin);
	const bilaspurAuth = await tokenFor(bilaspur, origin, 'member.bilaspur@citysetu.test');
	const sagar = checked(await context(), origin);
	const sagarAuth = await tokenFor(sagar, origin, 'member.sagar@citysetu.test');
	const ahmedabad = checked(await context(), origin);
	const ahmedabadAuth = await tokenFor(ahmedabad, origin, 'mentor.ahmedabad@citysetu.test');
	const surat = checked(await context(), origin);
	const suratAuth = await tokenFor(surat, origin, 'mentor.surat@citysetu.test');

	// Suggestions: only for the city's own officers, in their language.
	const topics = 'sectors=mobility,governance&components=itms';
	expect((await anonymous.get(`/api/v1/mentor-suggestions?city=bilaspur&${topics}`)).status()).toBe(
		401
	);
	const elsewhere = await bilaspur.get(`/api/v1/mentor-suggestions?city=sagar&${topics}`, {
		headers: bilaspurAuth
	});
	expect(elsewhere.status()).toBe(403);
	const badTopics = await bilaspur.get(
		'/api/v1/mentor-suggestions?city=bilaspur&sectors=astrology',
		{
			headers: bilaspurAuth
		}
	);
	expect(badTopics.status()).toBe(400);
	expect(Object.keys((await badTopics.json()).errors)).toEqual(['sectors']);
	expect(
		(await bilaspur.get('/api/v1/mentor-suggestions', { headers: bilaspurAuth })).status()
	).toBe(400);
	const suggested = await bilaspur.get(`/api/v1/mentor-suggestions?city=bilaspur&${topics}`, {
		headers: { ...bilaspurAuth, 'accept-language': 'hi' }
	});
	expect(suggested.status()).toBe(200);
	const { suggestions } = await suggested.json();
	expect(suggestions.length).toBeGreaterThanOrEqual(4);
	const scores = suggestions
		.filter((s: { full: boolean }) => !s.full)
		.map((s: { score: number }) => s.score);
	expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
	for (const reason of suggestions[0].reasons) expect(reason.text).toMatch(/[\u0900-\u097F]|\d/);
	const mentorOf = (city: string) =>
		suggestions.find((s: { mentor: { city: { slug: string } } }) => s.mentor.city.slug === city)
			.mentor.id as string;
	const ahmedabadMentor = mentorOf('ahmedabad');

	// Requests.
	const request = {
		mentee_city: 'bilaspur',
		mentor_id: ahmedabadMentor,
		sectors: ['mobility'],
		components: ['itms'],
		need: 'Our signals run on fixed timers; we want adaptive control at the ten busiest junctions.'
	};
	expect((await anonymous.post('/api/v1/mentorships', { data: request })).status()).toBe(401);
	const invalid = await bilaspur.post('/api/v1/mentorships', {
		headers: bilaspurAuth,
		data: { ...request, need: 'Help', sectors: [], components: [], mentor_id: 'someone' }
	});
	expect(invalid.status()).toBe(400);
	expect((await invalid.json()).errors).toEqual({
		need: 'Describe the need in at least 20 characters.',
		sectors: 'Choose at least one sector or ICCC component.',
		mentor_id: 'Choose a mentor.'
	});
	const notJson = await bilaspur.post('/api/v1/mentorships', {
		// (Not a form's type: SvelteKit refuses cross-site form posts before the API sees them.)
		headers: { ...bilaspurAuth, 'content-type': 'application/xml' },
		data: '<please/>'
	});
	expect(notJson.status()).toBe(415);
	const forOthers = await bilaspur.post('/api/v1/mentorships', {
		headers: bilaspurAuth,
		data: { ...request, mentee_city: 'sagar' }
	});
	expect(forOthers.status()).toBe(403);
	const created = await bilaspur.post('/api/v1/mentorships', {
		headers: bilaspurAuth,
		data: request
	});
	expect(created.status()).toBe(201);
	const { id, status } = await created.json();
	expect(status).toBe('requested');
	expect(created.headers().location).toBe(`${origin}/api/v1/mentorships/${id}`);
	const again = await bilaspur.post('/api/v1/mentorships', {
		headers: bilaspurAuth,
		data: request
	});
	expect(again.status()).toBe(409);
	expect((await again.json()).reason).toBe('already_open');

	// Reading: the two cities read the request; to anyone else it does not exist.
	const mine = await bilaspur.get(`/api/v1/mentorships/${id}`, { headers: bilaspurAuth });
	expect(mine.status()).toBe(200);
	expect(await mine.json()).toMatchObject({
		id,
		status: 'requested',
		mentor_city: { slug: 'ahmedabad' },
		mentee_city: { slug: 'bilaspur' },
		need: request.need,
		events: [{ status: 'requested' }],
		officers: [{ side: 'mentee', is_lead: true }]
	});
	expect((await sagar.get(`/api/v1/mentorships/${id}`, { headers: sagarAuth })).status()).toBe(404);
	expect((await anonymous.get(`/api/v1/mentorships/${id}`)).status()).toBe(404);
	expect((await anonymous.get('/api/v1/mentorships/not-an-id')).status()).toBe(404);
	const listed = await bilaspur.get('/api/v1/mentorships?status=requested&city=bilaspur', {
		headers: bilaspurAuth
	});
	expect((await listed.json()).mentorships.map((m: { id: string }) => m.id)).toContain(id);
	const publicList = await anonymous.get('/api/v1/mentorships?per_page=100');
	const publicStatuses = (await publicList.json()).mentorships.map(
		(m: { status: string }) => m.status
	);
	expect(publicStatuses.every((s: string) => ['active', 'paused', 'completed'].includes(s))).toBe(
		true
	);
	const badList = await anonymous.get('/api/v1/mentorships?status=maybe&per_page=1000');
	expect(badList.status()).toBe(400);
	expect(Object.keys((await badList.json()).errors).sort()).toEqual(['per_page', 'status']);

	// Answering.
	const decide = (who: APIRequestContext, auth: Record<string, string>, data: unknown, to = id) =>
		who.post(`/api/v1/mentorships/${to}/decision`, { headers: { ...auth, ...json }, data });
	expect((await decide(surat, suratAuth, { decision: 'accept' })).status()).toBe(404);
	expect((await decide(bilaspur, bilaspurAuth, { decision: 'accept' })).status()).toBe(403);
	const noReason = await decide(ahmedabad, ahmedabadAuth, { decision: 'decline', reason: ' ' });
	expect(noReason.status()).toBe(400);
	expect((await noReason.json()).errors).toEqual({ reason: 'Give a reason to decline.' });
	const accepted = await decide(ahmedabad, ahmedabadAuth, {
		decision: 'accept',
		reason: 'Welcome'
	});
	expect(accepted.status()).toBe(200);
	expect(await accepted.json()).toEqual({ id, status: 'active' });
	const twice = await decide(ahmedabad, ahmedabadAuth, { decision: 'decline', reason: 'No' });
	expect(twice.status()).toBe(409);
	expect(await twice.json()).toMatchObject({ reason: 'not_open', status: 'active' });
	// Now public, without its private parts.
	const publicOne = await (await anonymous.get(`/api/v1/mentorships/${id}`)).json();
	expect(publicOne).toMatchObject({ id, status: 'active' });
	expect(publicOne).not.toHaveProperty('need');

	// A mentor with no place free cannot accept.
	const full = await fullMentor();
	const fullContext = checked(await context(), origin);
	const fullAuth = await tokenFor(fullContext, origin, full.email);
	const toFull = await bilaspur.post('/api/v1/mentorships', {
		headers: bilaspurAuth,
		data: { ...request, mentor_id: full.id }
	});
	expect(toFull.status()).toBe(201);
	const fullId = (await toFull.json()).id;
	const refused = await decide(fullContext, fullAuth, { decision: 'accept' }, fullId);
	expect(refused.status()).toBe(409);
	expect(await refused.json()).toMatchObject({ reason: 'full', capacity: 0 });
});
