// The sessions and action-items API against the built app: every answer is checked against the
// OpenAPI document the server serves (contract.ts).
import { expect, test } from '@playwright/test';
import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { checked } from './contract';
import {
	demoMentorship,
	makeMentorship,
	MEMBER,
	MENTOR,
	OUTSIDER,
	tokenFor,
	userByEmail
} from './mentorship-data';

/** A request context that is checked against the document, acting by a token of `email`. */
async function apiAs(
	playwright: PlaywrightWorkerArgs['playwright'],
	baseURL: string,
	email: string,
	scope: 'read' | 'read_write' = 'read_write'
): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
	// The token is made by a signed-in context; the calls go from a fresh one without its cookie.
	const setup = await playwright.request.newContext({ baseURL });
	const headers = await tokenFor(setup, baseURL, email, scope);
	await setup.dispose();
	return { api: checked(await playwright.request.newContext({ baseURL }), baseURL), headers };
}

const inDays = (days: number, time = '15:30:00') => {
	const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
	return `${date}T${time}+05:30`;
};

test('either city schedules and changes sessions, with versions, through the API', async ({
	playwright,
	baseURL
}) => {
	const origin = baseURL ?? '';
	const id = await makeMentorship('active');
	const mentor = await userByEmail(MENTOR);
	const member = await apiAs(playwright, origin, MEMBER);
	const rajkot = await apiAs(playwright, origin, MENTOR);
	const anonymous = checked(await playwright.request.newContext({ baseURL }), origin);

	const body = {
		title: 'API session',
		starts_at: inDays(50),
		duration_minutes: 90,
		mode: 'online',
		meeting_url: 'https://meet.example.org/api-session',
		agenda: '1. Cameras',
		attendees: [mentor.id],
		guests: [{ name: 'A. Consultant', designation: 'GIS consultant' }]
	};
	expect(
		(await anonymous.post(`/api/v1/mentorships/${id}/sessions`, { data: body })).status()
	).toBe(401);

	const invalid = await member.api.post(`/api/v1/mentorships/${id}/sessions`, {
		headers: member.headers,
		data: {
			...body,
			starts_at: '2026-12-03T15:30:00',
			duration_minutes: 2000,
			meeting_url: 'http://meet.example.org/x',
			mode: 'pigeon'
		}
	});
	expect(invalid.status()).toBe(400);
	expect((await invalid.json()).errors).toEqual({
		starts_at:
			'Give a date and time with its offset, such as 2026-12-03T15:30:00+05:30 or 2026-12-03T10:00:00Z.',
		duration_minutes: 'Give the duration in whole minutes, from 5 to 1440 (a day).',
		meeting_url: 'Give a secure link starting with https://',
		mode: 'This value is not valid.'
	});

	const created = await member.api.post(`/api/v1/mentorships/${id}/sessions`, {
		headers: member.headers,
		data: body
	});
	expect(created.status()).toBe(201);
	const session = await created.json();
	expect(created.headers().location).toMatch(new RegExp(`/api/v1/sessions/${session.id}$`));
	expect(session).toMatchObject({
		mentorship_id: id,
		title: 'API session',
		// 15:30 in India is 10:00 UTC.
		starts_at: `${inDays(50).slice(0, 10)}T10:00:00.000Z`,
		duration_minutes: 90,
		status: 'scheduled',
		version: 1,
		sequence: 0,
		attendees: [{ id: mentor.id, name: 'Demo Mentor, Rajkot' }],
		guests: [{ name: 'A. Consultant', designation: 'GIS consultant' }],
		ics_url: `/api/v1/sessions/${session.id}.ics`
	});

	// The mentor side edits it; a save from the old version is refused with the current one.
	const edited = await rajkot.api.patch(`/api/v1/sessions/${session.id}`, {
		headers: rajkot.headers,
		data: { version: 1, agenda: '1. Cameras\n2. Departments', location: 'ICCC, Rajkot' }
	});
	expect(edited.status()).toBe(200);
	expect(await edited.json()).toMatchObject({ version: 2, sequence: 1, location: 'ICCC, Rajkot' });
	const stale = await member.api.patch(`/api/v1/sessions/${session.id}`, {
		headers: member.headers,
		data: { version: 1, title: 'Stale' }
	});
	expect(stale.status()).toBe(409);
	expect((await stale.json()).current).toMatchObject({ version: 2, title: 'API session' });

	// Held only once it has started; cancelled any time.
	const early = await member.api.patch(`/api/v1/sessions/${session.id}`, {
		headers: member.headers,
		data: { version: 2, status: 'held', notes: 'Too early' }
	});
	expect(early.status()).toBe(400);
	expect(Object.keys((await early.json()).errors)).toEqual(['status']);
	const cancelled = await member.api.patch(`/api/v1/sessions/${session.id}`, {
		headers: member.headers,
		data: { version: 2, status: 'cancelled' }
	});
	expect(await cancelled.json()).toMatchObject({ status: 'cancelled', version: 3, sequence: 2 });

	const read = await rajkot.api.get(`/api/v1/sessions/${session.id}`, { headers: rajkot.headers });
	expect(read.status()).toBe(200);
	expect((await read.json()).status).toBe('cancelled');
	expect((await anonymous.get(`/api/v1/sessions/${session.id}`)).status()).toBe(401);
	expect(
		(await rajkot.api.get('/api/v1/sessions/not-a-uuid', { headers: rajkot.headers })).status()
	).toBe(404);
});

test('a third city gets 404 and a mentorship that does not run gets 403', async ({
	playwright,
	baseURL
}) => {
	const origin = baseURL ?? '';
	const id = await makeMentorship('active');
	const requested = await makeMentorship('requested');
	const member = await apiAs(playwright, origin, MEMBER);
	const outsider = await apiAs(playwright, origin, OUTSIDER);
	const reader = await apiAs(playwright, origin, MEMBER, 'read');
	const body = {
		title: 'Third-city session',
		// Far ahead, out of the way of the dashboards' next sessions.
		starts_at: inDays(40),
		duration_minutes: 30,
		mode: 'phone'
	};
	const created = await member.api.post(`/api/v1/mentorships/${id}/sessions`, {
		headers: member.headers,
		data: body
	});
	const session = await created.json();

	for (const response of [
		await outsider.api.post(`/api/v1/mentorships/${id}/sessions`, {
			headers: outsider.headers,
			data: body
		}),
		await outsider.api.get(`/api/v1/sessions/${session.id}`, { headers: outsider.headers }),
		await outsider.api.patch(`/api/v1/sessions/${session.id}`, {
			headers: outsider.headers,
			data: { version: 1, title: 'Mine' }
		}),
		await outsider.api.post(`/api/v1/mentorships/${id}/action-items`, {
			headers: outsider.headers,
			data: { title: 'Mine', owner_id: session.id, due_on: '2027-01-15' }
		}),
		await outsider.api.post(`/api/v1/mentorships/${requested}/sessions`, {
			headers: outsider.headers,
			data: body
		})
	]) {
		expect(response.status()).toBe(404);
	}

	// Sagar reads its own request but may not work on it before the mentor accepts.
	const early = await member.api.post(`/api/v1/mentorships/${requested}/sessions`, {
		headers: member.headers,
		data: body
	});
	expect(early.status()).toBe(403);
	// A read-only token may not write at all.
	const readOnly = await reader.api.post(`/api/v1/mentorships/${id}/sessions`, {
		headers: reader.headers,
		data: body
	});
	expect(readOnly.status()).toBe(403);
});

test('action items are added, closed and refused when stale, through the API', async ({
	playwright,
	baseURL
}) => {
	const origin = baseURL ?? '';
	const id = await makeMentorship('active');
	const member = await apiAs(playwright, origin, MEMBER);
	const rajkot = await apiAs(playwright, origin, MENTOR);
	const sagar = await userByEmail(MEMBER);
	const bilaspur = await userByEmail(OUTSIDER);

	const foreignOwner = await rajkot.api.post(`/api/v1/mentorships/${id}/action-items`, {
		headers: rajkot.headers,
		data: { title: 'List cameras', owner_id: bilaspur.id, due_on: '2027-01-15' }
	});
	expect(foreignOwner.status()).toBe(400);
	expect(Object.keys((await foreignOwner.json()).errors)).toEqual(['owner_id']);
	const badDate = await rajkot.api.post(`/api/v1/mentorships/${id}/action-items`, {
		headers: rajkot.headers,
		data: { title: 'List cameras', owner_id: sagar.id, due_on: '2027-02-30' }
	});
	expect((await badDate.json()).errors).toEqual({
		due_on: 'Enter a date that exists, such as 15 January 2027.'
	});

	const created = await rajkot.api.post(`/api/v1/mentorships/${id}/action-items`, {
		headers: rajkot.headers,
		data: { title: 'List cameras', owner_id: sagar.id, due_on: '2020-01-15' }
	});
	expect(created.status()).toBe(201);
	const item = await created.json();
	expect(item).toMatchObject({
		title: 'List cameras',
		owner: { id: sagar.id, name: 'Demo City Member, Sagar' },
		status: 'open',
		version: 1
	});
	expect(item.overdue_days).toBeGreaterThan(365);

	const closed = await member.api.patch(`/api/v1/action-items/${item.id}`, {
		headers: member.headers,
		data: { version: 1, status: 'done', closing_comment: 'Sent the list.' }
	});
	expect(closed.status()).toBe(200);
	expect(await closed.json()).toMatchObject({
		status: 'done',
		closing_comment: 'Sent the list.',
		overdue_days: 0,
		version: 2
	});
	const stale = await rajkot.api.patch(`/api/v1/action-items/${item.id}`, {
		headers: rajkot.headers,
		data: { version: 1, status: 'dropped' }
	});
	expect(stale.status()).toBe(409);
	expect((await stale.json()).current).toMatchObject({ status: 'done', version: 2 });
	// Without a version, the change applies to the item as it is.
	const reopened = await rajkot.api.patch(`/api/v1/action-items/${item.id}`, {
		headers: rajkot.headers,
		data: { status: 'open' }
	});
	expect(await reopened.json()).toMatchObject({ status: 'open', version: 3 });
	// Dropped again, so Sagar's demo lists keep only the demo's overdue item.
	const dropped = await member.api.patch(`/api/v1/action-items/${item.id}`, {
		headers: member.headers,
		data: { status: 'dropped', closing_comment: 'Done by the test.' }
	});
	expect(await dropped.json()).toMatchObject({ status: 'dropped', overdue_days: 0 });
});

test('one mentorship through the API carries its goals, sessions and action items for its two cities only', async ({
	playwright,
	baseURL
}) => {
	const origin = baseURL ?? '';
	const id = await demoMentorship();
	const member = await apiAs(playwright, origin, MEMBER, 'read');
	const inside = await member.api.get(`/api/v1/mentorships/${id}`, { headers: member.headers });
	expect(inside.status()).toBe(200);
	const body = await inside.json();
	const titles = body.sessions.map((s: { title: string }) => s.title);
	expect(titles).toEqual(
		expect.arrayContaining([
			'Demo session: camera linking plan',
			'Demo session: emergency desk procedures'
		])
	);
	expect(body.action_items.length).toBeGreaterThanOrEqual(2);
	expect(body.goals.length).toBeGreaterThanOrEqual(2);
	// The public reads the pairing, never its work.
	const outside = await playwright.request.newContext({ baseURL: origin });
	const publicOne = await (await outside.get(`/api/v1/mentorships/${id}`)).json();
	expect(publicOne.status).toBe('active');
	expect(publicOne).not.toHaveProperty('sessions');
	expect(publicOne).not.toHaveProperty('action_items');
	await outside.dispose();
});
