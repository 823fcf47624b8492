// Feedback: anyone may send a message and learn its reference, nobody but a mission admin reads
// one, and an admin may only change its status (the database records when and by whom). Through
// supabase-js, so through PostgREST, as the public, officers who are not admins, and an admin.
import { beforeAll, describe, expect, it } from 'vitest';
import { userDb } from '../../src/lib/server/db';
import type { SessionUser } from '../../src/lib/server/auth/session';
import {
	closeFeedback,
	FEEDBACK_LIMIT,
	feedbackWait,
	listFeedback,
	submitFeedback
} from '../../src/lib/server/feedback';
import { anon, service, sessionUser } from './clients';

const people: Record<'admin' | 'mentor' | 'sagar', SessionUser> = {} as never;
const as = (who: keyof typeof people) => userDb(people[who]);
const REFERENCE = /^FB-\d{4}-\d{6,}$/;

beforeAll(async () => {
	people.admin = await sessionUser('admin@citysetu.test');
	people.mentor = await sessionUser('mentor.rajkot@citysetu.test');
	people.sagar = await sessionUser('member.sagar@citysetu.test');
});

/** Sends a message as the public and returns its id and reference (read with the service role). */
async function sendAnonymously(message: string) {
	const { data: reference, error } = await anon().rpc('submit_feedback', {
		p_category: 'problem',
		p_message: message,
		p_page_url: '/cities/rajkot',
		p_name: 'Asha Patel',
		p_email: 'Asha@Example.in',
		p_locale: 'hi'
	});
	expect(error).toBeNull();
	const { data } = await service()
		.from('feedback')
		.select('id, reference')
		.eq('reference', reference ?? '')
		.single();
	if (!data) throw new Error('the message was not stored');
	return data;
}

describe('sending feedback', () => {
	it('lets the public send a message and answers with its reference', async () => {
		const { data: reference, error } = await anon().rpc('submit_feedback', {
			p_category: 'suggestion',
			p_message: 'Please add a map of the command centres.',
			p_page_url: '',
			p_name: '',
			p_email: '',
			p_locale: 'gu'
		});
		expect(error).toBeNull();
		expect(reference).toMatch(REFERENCE);
		const { data: stored } = await service()
			.from('feedback')
			.select('category, message, page_url, name, email, locale, status, closed_at')
			.eq('reference', reference ?? '')
			.single();
		// Empty optional fields are stored as absent.
		expect(stored).toEqual({
			category: 'suggestion',
			message: 'Please add a map of the command centres.',
			page_url: null,
			name: null,
			email: null,
			locale: 'gu',
			status: 'open',
			closed_at: null
		});
	});

	it('gives each message its own reference, the numbers rising', async () => {
		const first = await sendAnonymously('first of two');
		const second = await sendAnonymously('second of two');
		expect(first.reference).not.toBe(second.reference);
		const number = (r: string) => Number(r.split('-')[2]);
		expect(number(second.reference)).toBeGreaterThan(number(first.reference));
	});

	it('lets signed-in officers send too, through the domain module', async () => {
		const reference = await submitFeedback(
			people.sagar,
			{
				category: 'accessibility',
				message: 'The chart has no text.',
				page: '',
				name: '',
				email: ''
			},
			'mr'
		);
		expect(reference).toMatch(REFERENCE);
	});

	it('refuses an empty or over-long message, an unknown category and a bad email', async () => {
		const empty = await anon().rpc('submit_feedback', { p_category: 'other', p_message: '' });
		expect(empty.error?.code).toBe('23514');
		const long = await anon().rpc('submit_feedback', {
			p_category: 'other',
			p_message: 'x'.repeat(5001)
		});
		expect(long.error?.code).toBe('23514');
		const category = await anon().rpc('submit_feedback', {
			p_category: 'spam' as 'other',
			p_message: 'hello'
		});
		expect(category.error?.code).toBe('22P02');
		const email = await anon().rpc('submit_feedback', {
			p_category: 'other',
			p_message: 'hello',
			p_email: 'not an address'
		});
		expect(email.error?.code).toBe('23514');
	});

	it('offers no way to write the table but the function', async () => {
		for (const db of [anon(), as('sagar'), as('admin')]) {
			const insert = await db
				.from('feedback')
				.insert({ category: 'other', message: 'straight into the table' });
			expect(insert.error?.code).toBe('42501');
		}
		// The definer function lives in a schema PostgREST does not expose.
		const hidden = await anon().rpc('record_feedback' as 'submit_feedback', {
			p_category: 'other',
			p_message: 'through the back door'
		});
		expect(hidden.error).not.toBeNull();
		const { count } = await service()
			.from('feedback')
			.select('id', { count: 'exact', head: true })
			.in('message', ['straight into the table', 'through the back door']);
		expect(count).toBe(0);
	});

	it('counts messages per address with the token bucket', async () => {
		const address = `203.0.113.${Math.floor(Math.random() * 250)}-${Date.now()}`;
		for (let i = 0; i < FEEDBACK_LIMIT.burst; i++) expect(await feedbackWait(address)).toBe(0);
		expect(await feedbackWait(address)).toBeGreaterThan(0);
		// Another address is not held back.
		expect(await feedbackWait(`${address}-other`)).toBe(0);
	});
});

describe('reading feedback', () => {
	it('is refused to the public, even the count', async () => {
		await sendAnonymously('the public may not read this');
		const { data, error } = await anon().from('feedback').select('id, message');
		expect(error?.code).toBe('42501');
		expect(data).toBeNull();
		const head = await anon().from('feedback').select('id', { count: 'exact', head: true });
		expect(head.error).not.toBeNull();
	});

	it('shows officers who are not admins nothing', async () => {
		await sendAnonymously('officers may not read this');
		for (const who of ['sagar', 'mentor'] as const) {
			const { data, error } = await as(who).from('feedback').select('id, name, email');
			expect(error).toBeNull();
			expect(data).toEqual([]);
		}
	});

	it('shows an admin every message with the sender, newest first, filtered and paged', async () => {
		const sent = await sendAnonymously('an admin reads this');
		const { data, error } = await as('admin')
			.from('feedback')
			.select('reference, name, email, page_url, locale')
			.eq('id', sent.id)
			.single();
		expect(error).toBeNull();
		expect(data).toEqual({
			reference: sent.reference,
			name: 'Asha Patel',
			email: 'asha@example.in',
			page_url: '/cities/rajkot',
			locale: 'hi'
		});

		const open = await listFeedback(people.admin, 'open', { page: 1, perPage: 2 });
		expect(open.messages).toHaveLength(2);
		expect(open.messages[0].reference).toBe(sent.reference);
		expect(open.total).toBeGreaterThanOrEqual(5);
		const times = open.messages.map((m) => m.created_at);
		expect(times).toEqual([...times].sort().reverse());
		expect(open.messages.every((m) => m.status === 'open')).toBe(true);
		const next = await listFeedback(people.admin, 'open', { page: 2, perPage: 2 });
		expect(next.messages.map((m) => m.id)).not.toContain(open.messages[0].id);
		const beyond = await listFeedback(people.admin, undefined, { page: 9999, perPage: 2 });
		expect(beyond.messages).toEqual([]);
		expect(beyond.total).toBeGreaterThanOrEqual(open.total);
	});
});

describe('closing feedback', () => {
	it('is refused to the public and to officers who are not admins', async () => {
		const sent = await sendAnonymously('only an admin closes this');
		const byPublic = await anon().from('feedback').update({ status: 'closed' }).eq('id', sent.id);
		expect(byPublic.error?.code).toBe('42501');
		for (const who of ['sagar', 'mentor'] as const) {
			const { data, error } = await as(who)
				.from('feedback')
				.update({ status: 'closed' })
				.eq('id', sent.id)
				.select('id');
			expect(error).toBeNull();
			expect(data).toEqual([]);
		}
		const { data } = await service().from('feedback').select('status').eq('id', sent.id).single();
		expect(data?.status).toBe('open');
	});

	it('records when and by whom an admin closed a message, once', async () => {
		const sent = await sendAnonymously('an admin closes this');
		expect(await closeFeedback(people.admin, sent.id)).toBe(sent.reference);
		const { data } = await service()
			.from('feedback')
			.select('status, closed_at, closed_by')
			.eq('id', sent.id)
			.single();
		expect(data?.status).toBe('closed');
		expect(data?.closed_by).toBe(people.admin.id);
		expect(Date.now() - Date.parse(data?.closed_at ?? '')).toBeLessThan(60_000);
		// Closed already: nothing to close.
		expect(await closeFeedback(people.admin, sent.id)).toBeNull();
		const closed = await listFeedback(people.admin, 'closed', { page: 1, perPage: 50 });
		const listed = closed.messages.find((m) => m.id === sent.id);
		expect(listed?.closer?.name).toBe(people.admin.name);

		const audit = await service()
			.from('audit_log')
			.select('action, summary')
			.eq('entity', 'feedback')
			.eq('entity_id', sent.id);
		expect(audit.data).toEqual([{ action: 'update', summary: expect.stringContaining('status') }]);
	});

	it('lets an admin change the status only, never the message or who closed it', async () => {
		const sent = await sendAnonymously('nobody rewrites this');
		const rewrite = await as('admin')
			.from('feedback')
			.update({ message: 'rewritten' })
			.eq('id', sent.id);
		expect(rewrite.error?.code).toBe('42501');
		const forge = await as('admin')
			.from('feedback')
			.update({ status: 'closed', closed_by: people.mentor.id })
			.eq('id', sent.id);
		expect(forge.error?.code).toBe('42501');
		const remove = await as('admin').from('feedback').delete().eq('id', sent.id);
		expect(remove.error?.code).toBe('42501');
		const { data } = await service()
			.from('feedback')
			.select('message, status')
			.eq('id', sent.id)
			.single();
		expect(data).toEqual({ message: 'nobody rewrites this', status: 'open' });
	});

	it('clears when and by whom when a message is opened again', async () => {
		const sent = await sendAnonymously('closed and opened again');
		await closeFeedback(people.admin, sent.id);
		const { data, error } = await as('admin')
			.from('feedback')
			.update({ status: 'open' })
			.eq('id', sent.id)
			.select('status, closed_at, closed_by')
			.single();
		expect(error).toBeNull();
		expect(data).toEqual({ status: 'open', closed_at: null, closed_by: null });
	});
});
