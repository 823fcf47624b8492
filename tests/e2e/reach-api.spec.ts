// GET /api/v1/programme/reach against the built app and its demo data: every answer is checked
// against the OpenAPI document the server serves (contract.ts). The figures themselves are
// checked on known data in tests/integration/reach.test.ts; here, the demo's Rajkot → Sagar
// pairing must show, and the errors must be the API's.
import { expect } from '@playwright/test';
import { test } from './contract';

test('the programme reach figures answer as the document says', async ({ request }) => {
	const response = await request.get('/api/v1/programme/reach?programme=national-iccc-mentorship');
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe(
		'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
	);
	const body = await response.json();
	expect(body.map.pairings).toContainEqual(
		expect.objectContaining({ mentor: 'rajkot', mentee: 'sagar', status: 'active' })
	);
	expect(body.cities_engaged.total).toBeGreaterThanOrEqual(2);
	expect(body.demo.mentorships).toBeGreaterThanOrEqual(1);
	expect(body.adoption_funnel.map((f: { stage: string }) => f.stage)).toEqual([
		'exploring',
		'planning',
		'piloting',
		'implemented',
		'scaled'
	]);

	const filtered = await request.get(
		'/api/v1/programme/reach?zone=western&from=2026-01-01&to=2026-12-31'
	);
	expect(filtered.status()).toBe(200);
	expect((await filtered.json()).period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
});

test('the programme reach figures name each parameter they cannot use', async ({ request }) => {
	const unknown = await request.get('/api/v1/programme/reach?colour=red&zone=north');
	expect(unknown.status()).toBe(400);
	expect(Object.keys((await unknown.json()).errors).sort()).toEqual(['colour', 'zone']);
	const programme = await request.get('/api/v1/programme/reach?programme=no-such-programme');
	expect(programme.status()).toBe(400);
	expect((await programme.json()).errors).toHaveProperty('programme');
});
