import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { checked } from './contract';

const demoPassword = process.env.DEMO_PASSWORD ?? '';

/** An API token for a demo account, made through the account page's form. */
async function tokenFor(request: APIRequestContext, baseURL: string, email: string) {
	const origin = { origin: baseURL };
	const login = await request.post('/login', {
		form: { email, password: demoPassword },
		headers: { ...origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(login.status()).toBe(303);
	const created = await request.post('/account?/createToken', {
		form: { name: `api test ${Date.now()}`, scope: 'read_write', current: demoPassword },
		headers: { ...origin, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	const body = JSON.stringify(await created.json());
	const token = body.match(/cs_[a-z2-7]{32}/)?.[0];
	expect(token).toBeTruthy();
	return { authorization: `Bearer ${token}` };
}

const practice = {
	kind: 'case_study',
	city: 'rajkot',
	language: 'en',
	title: 'API practice',
	title_en: 'API practice',
	summary_en: 'Created through the API.',
	markdown: '## Steps\n\nOne.',
	sectors: ['governance'],
	components: ['gis'],
	outcomes: [{ label: 'Cameras linked', value: 120, unit: 'cameras' }],
	status: 'published'
};

test('the practices API lists, creates, updates with versions and lists revisions', async ({
	playwright,
	baseURL
}) => {
	const request = checked(await playwright.request.newContext({ baseURL }), baseURL ?? '');
	const auth = await tokenFor(request, baseURL ?? '', 'mentor.rajkot@citysetu.test');
	const anonymous = checked(await playwright.request.newContext({ baseURL }), baseURL ?? '');

	const list = await anonymous.get('/api/v1/practices?language=hi&per_page=2');
	expect(list.status()).toBe(200);
	const listed = await list.json();
	expect(listed).toMatchObject({ page: 1, per_page: 2 });
	expect(listed.total).toBeGreaterThanOrEqual(3);
	for (const p of listed.practices) expect(p.language).toBe('hi');

	const bad = await anonymous.get('/api/v1/practices?kind=novel&sector=astrology&per_page=1000');
	expect(bad.status()).toBe(400);
	expect(Object.keys((await bad.json()).errors).sort()).toEqual(['kind', 'per_page', 'sector']);

	expect((await anonymous.post('/api/v1/practices', { data: practice })).status()).toBe(401);
	const invalid = await request.post('/api/v1/practices', {
		headers: auth,
		data: { ...practice, title_en: '', outcomes: [{ label: 'x', value: 'many' }] }
	});
	expect(invalid.status()).toBe(400);
	const { errors } = await invalid.json();
	expect(Object.keys(errors)).toEqual(expect.arrayContaining(['title_en', 'outcomes.0.value']));
	// Missing fields and a body of the wrong shape are named too, in plain English.
	const sparse = await request.post('/api/v1/practices', { headers: auth, data: { kind: 'x' } });
	expect(sparse.status()).toBe(400);
	expect((await sparse.json()).errors).toMatchObject({
		kind: 'This field is required.',
		title_en: 'This field is required.',
		markdown: 'This field is required.'
	});
	const notObject = await request.post('/api/v1/practices', {
		headers: { ...auth, 'content-type': 'application/json' },
		data: '"a practice"'
	});
	expect((await notObject.json()).errors).toEqual({ form: 'This value is not valid.' });

	const key = crypto.randomUUID();
	const created = await request.post('/api/v1/practices', {
		headers: { ...auth, 'idempotency-key': key },
		data: { ...practice, title_en: `API practice ${key.slice(0, 8)}` }
	});
	expect(created.status()).toBe(201);
	const body = await created.json();
	expect(body).toMatchObject({
		kind: 'case_study',
		status: 'published',
		version: 1,
		city: { slug: 'rajkot' }
	});
	expect(body.html).toContain('<h2 id="h-steps">Steps</h2>');
	const again = await request.post('/api/v1/practices', {
		headers: { ...auth, 'idempotency-key': key },
		data: { ...practice, title_en: `API practice ${key.slice(0, 8)}` }
	});
	expect((await again.json()).slug).toBe(body.slug);

	const detail = await anonymous.get(`/api/v1/practices/${body.slug}`);
	expect(Object.keys(await detail.json()).sort()).toEqual(
		[
			'city',
			'components',
			'created_at',
			'html',
			'kind',
			'language',
			'markdown',
			'outcomes',
			'sectors',
			'slug',
			'status',
			'summary_en',
			'title',
			'title_en',
			'updated_at',
			'version'
		].sort()
	);

	const patched = await request.patch(`/api/v1/practices/${body.slug}`, {
		headers: auth,
		data: { version: 1, markdown: 'Changed.' }
	});
	expect(patched.status()).toBe(200);
	expect((await patched.json()).version).toBe(2);
	const stale = await request.patch(`/api/v1/practices/${body.slug}`, {
		headers: auth,
		data: { version: 1, markdown: 'Stale.' }
	});
	expect(stale.status()).toBe(409);
	expect((await stale.json()).current.markdown).toBe('Changed.');
	const archived = await request.patch(`/api/v1/practices/${body.slug}`, {
		headers: auth,
		data: { version: 2, status: 'archived' }
	});
	expect((await archived.json()).status).toBe('archived');
	expect((await anonymous.get(`/api/v1/practices/${body.slug}`)).status()).toBe(404);

	const revisions = await request.get(`/api/v1/practices/${body.slug}/revisions`, {
		headers: auth
	});
	expect((await revisions.json()).revisions.map((r: { version: number }) => r.version)).toEqual([
		3, 2, 1
	]);
	expect((await anonymous.get(`/api/v1/practices/${body.slug}/revisions`)).status()).toBe(401);
	expect((await anonymous.get('/api/v1/practices/no-such-practice')).status()).toBe(404);
});

test('a city member may not publish through the API', async ({ playwright, baseURL }) => {
	const request = checked(await playwright.request.newContext({ baseURL }), baseURL ?? '');
	const auth = await tokenFor(request, baseURL ?? '', 'member.sagar@citysetu.test');
	const refused = await request.post('/api/v1/practices', {
		headers: auth,
		data: { ...practice, city: 'sagar', title_en: `Member publish ${Date.now()}` }
	});
	expect(refused.status()).toBe(403);
	const drafted = await request.post('/api/v1/practices', {
		headers: auth,
		data: { ...practice, city: undefined, status: 'draft', title_en: `Member draft ${Date.now()}` }
	});
	expect(drafted.status()).toBe(201);
	// Left out, the origin city is the author's own.
	const { slug, city } = await drafted.json();
	expect(city.slug).toBe('sagar');
	const publish = await request.patch(`/api/v1/practices/${slug}`, {
		headers: auth,
		data: { version: 1, status: 'published' }
	});
	expect(publish.status()).toBe(403);
});
