import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from '../../src/lib/server/accounts/sign-in';
import { validateSessionToken } from '../../src/lib/server/auth/session';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { changesLive, startChangeListener, stopChangeListener } from '../../src/lib/server/changes';
import { publicDb, userDb } from '../../src/lib/server/db';
import { getPractice, listPractices } from '../../src/lib/server/practices';
import { service } from './clients';

/** Waits for a condition that a change notice brings about, failing after a few seconds. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (await check()) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`never: ${what}`);
}

let slug: string;
let title: string;
let admin: SessionUser;

beforeAll(async () => {
	startChangeListener();
	await eventually(async () => changesLive(), 'the change listener is live');
	const { data, error } = await service()
		.from('practices')
		.select('slug, title, author_id')
		.eq('status', 'published')
		.order('slug')
		.limit(1)
		.single();
	if (error) throw new Error(error.message);
	({ slug, title } = data);
	const signedIn = await signIn('admin@citysetu.test', inject('stackEnv').DEMO_PASSWORD, {
		ip: '10.20.0.9',
		userAgent: 'vitest'
	});
	if (signedIn.kind !== 'ok') throw new Error('cannot sign in the admin');
	const validated = await validateSessionToken(signedIn.token);
	if (!validated) throw new Error('no session');
	admin = validated.user;
});

afterAll(async () => {
	await service().from('practices').update({ title }).eq('slug', slug);
	await stopChangeListener();
});

describe('public reads kept in memory', () => {
	it('answers a repeated anonymous read from memory, and forgets it when the table changes', async () => {
		const first = await getPractice(publicDb(), slug);
		expect(first?.title).toBe(title);
		expect(await getPractice(publicDb(), slug)).toBe(first);
		const page = await listPractices(publicDb(), {}, { page: 1, perPage: 5 });
		expect(await listPractices(publicDb(), {}, { page: 1, perPage: 5 })).toBe(page);

		const changed = `${title} (changed)`;
		const { error } = await service().from('practices').update({ title: changed }).eq('slug', slug);
		expect(error).toBeNull();
		await eventually(
			async () => (await getPractice(publicDb(), slug))?.title === changed,
			'the anonymous read shows the change'
		);
		expect(await listPractices(publicDb(), {}, { page: 1, perPage: 5 })).not.toBe(page);
	});

	it('never keeps a signed-in user’s reads: each goes to the database as that user', async () => {
		const first = await getPractice(userDb(admin), slug);
		expect(first?.slug).toBe(slug);
		expect(await getPractice(userDb(admin), slug)).not.toBe(first);
		expect(await getPractice(publicDb(), slug)).not.toBe(first);
	});

	it('keeps nothing while change notices do not arrive', async () => {
		await stopChangeListener();
		expect(changesLive()).toBe(false);
		const first = await getPractice(publicDb(), slug);
		expect(await getPractice(publicDb(), slug)).not.toBe(first);
		startChangeListener();
		await eventually(async () => changesLive(), 'the change listener is live again');
	});
});
