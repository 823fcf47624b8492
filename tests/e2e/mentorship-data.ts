// Data the mentorship specs start from, made as system work on the stack the app runs on: the
// demo accounts are seeded on the local stack; each spec makes the mentorships it changes.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { Enums } from '../../src/lib/database.types';
import { createSupabase } from '../../src/lib/server/supabase';

export const demoPassword = process.env.DEMO_PASSWORD ?? '';
export const MENTOR = 'mentor.rajkot@citysetu.test';
export const MEMBER = 'member.sagar@citysetu.test';
/** A member of a third city (Bilaspur asks Rajkot for help, but is no part of Rajkot → Sagar). */
export const OUTSIDER = 'member.bilaspur@citysetu.test';

/** System access to the stack the app runs on. */
export function service() {
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

export async function userByEmail(email: string) {
	const { data, error } = await service()
		.from('users')
		.select('id, name, city_id')
		.eq('email', email)
		.single();
	if (error || !data) throw new Error(`no demo account ${email}: ${error?.message}`);
	return data;
}

/**
 * A mentorship of Sagar's in the status given, with its brief and officers: mentored by Rajkot
 * (its demo mentor an officer on it), or by another city. It names no lead mentor, so it takes
 * none of the demo mentor's places, and a request made here goes to a city without demo
 * accounts, so no demo mentor finds it waiting: other specs count both.
 */
export async function makeMentorship(
	status: Enums<'mentorship_status'>,
	mentorCity = status === 'active' ? 'rajkot' : 'kakinada'
): Promise<string> {
	const db = service();
	const [mentor, member, programme, city] = await Promise.all([
		userByEmail(MENTOR),
		userByEmail(MEMBER),
		db.from('programmes').select('id').eq('slug', 'national-iccc-mentorship').single(),
		db.from('cities').select('id').eq('slug', mentorCity).single()
	]);
	const rajkot = city.data?.id === mentor.city_id;
	const { data, error } = await db
		.from('mentorships')
		.insert({
			programme_id: programme.data?.id ?? '',
			mentor_city_id: city.data?.id ?? '',
			mentee_city_id: member.city_id ?? '',
			lead_mentor_id: null,
			sectors: ['public-safety'],
			components: [],
			status,
			started_on: status === 'active' ? new Date().toISOString().slice(0, 10) : null
		})
		.select('id')
		.single();
	if (error || !data) throw new Error(`could not make a mentorship: ${error?.message}`);
	const brief = await db
		.from('mentorship_briefs')
		.insert({ mentorship_id: data.id, need_markdown: 'Test request: link more cameras.' });
	if (brief.error) throw new Error(brief.error.message);
	const officers = await db
		.from('mentorship_officers')
		.insert([
			{ mentorship_id: data.id, user_id: member.id, side: 'mentee', is_lead: true },
			...(rajkot
				? [{ mentorship_id: data.id, user_id: mentor.id, side: 'mentor' as const, is_lead: true }]
				: [])
		]);
	if (officers.error) throw new Error(officers.error.message);
	return data.id;
}

/** The seeded demo Rajkot → Sagar mentorship (the one holding the demo sessions). */
export async function demoMentorship(): Promise<string> {
	const { data, error } = await service()
		.from('mentorship_sessions')
		.select('mentorship_id')
		.eq('title', 'Demo session: camera linking plan')
		.limit(1)
		.single();
	if (error || !data) throw new Error(`the demo mentorship is not seeded: ${error?.message}`);
	return data.mentorship_id;
}

/** A page signed in as the demo account, in a context of its own. */
export async function signedIn(
	browser: Browser,
	email: string,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<Page> {
	const page = await (await browser.newContext(options)).newPage();
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(demoPassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/account$/);
	return page;
}

/**
 * Revokes all but the six newest active tokens of a demo account: the specs of one run make more
 * than the ten a user may hold at once, and a spec uses at most two per account at a time.
 */
async function trimTokens(email: string) {
	const user = await userByEmail(email);
	const db = service();
	const { data, error } = await db
		.from('api_tokens')
		.select('id')
		.eq('user_id', user.id)
		.is('revoked_at', null)
		.order('created_at', { ascending: false });
	if (error) throw new Error(`could not list the tokens of ${email}: ${error.message}`);
	const old = (data ?? []).slice(6).map((t) => t.id);
	if (old.length === 0) return;
	const revoked = await db
		.from('api_tokens')
		.update({ revoked_at: new Date().toISOString() })
		.in('id', old);
	if (revoked.error) throw new Error(`could not revoke old tokens: ${revoked.error.message}`);
}

/** An API token for a demo account, made through the account page's form. */
export async function tokenFor(
	request: APIRequestContext,
	baseURL: string,
	email: string,
	scope: 'read' | 'read_write' = 'read_write'
) {
	const origin = { origin: baseURL };
	const login = await request.post('/login', {
		form: { email, password: demoPassword },
		headers: { ...origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(login.status()).toBe(303);
	await trimTokens(email);
	const created = await request.post('/account?/createToken', {
		form: { name: `sessions test ${Date.now()}`, scope, current: demoPassword },
		headers: { ...origin, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	const body = JSON.stringify(await created.json());
	const token = body.match(/cs_[a-z2-7]{32}/)?.[0];
	expect(token).toBeTruthy();
	return { authorization: `Bearer ${token}` };
}
