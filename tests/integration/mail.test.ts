import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { service } from './clients';

// A real SMTP server on 127.0.0.1 receives what the outbox sends.
const received: { to: string; body: string }[] = [];
const smtp = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	onData(stream, session, callback) {
		let body = '';
		stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
		stream.on('end', () => {
			received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
			callback();
		});
	}
});
let port = 0;

beforeAll(async () => {
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	port = (smtp.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe('the mail outbox', () => {
	it('sends the link on the public origin, then keeps no live link', async () => {
		vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${port}`);
		vi.stubEnv('PUBLIC_ORIGIN', 'https://citysetu.example.gov.in');
		vi.resetModules();
		try {
			const { requestPasswordReset } = await import('../../src/lib/server/accounts/password-reset');
			const { deliverOutbox } = await import('../../src/lib/server/mail');
			const email = 'member.sagar@citysetu.test';
			expect(await requestPasswordReset(email, '10.60.0.1')).toEqual({ kind: 'sent' });
			const { data: queued } = await service()
				.from('outbox_emails')
				.select('id, link')
				.eq('to_email', email)
				.eq('purpose', 'password_reset')
				.order('created_at', { ascending: false })
				.limit(1)
				.single();
			const link = queued?.link ?? '';
			expect(link).toMatch(/^https:\/\/citysetu\.example\.gov\.in\/reset\/[a-z2-7]{32}$/);
			await deliverOutbox();
			await expect.poll(() => received.length, { timeout: 5000 }).toBeGreaterThan(0);
			const mail = received.find((m) => m.to === email);
			expect(mail?.body.replace(/=\r?\n/g, '')).toContain(link.split('/').pop());
			const { data } = await service()
				.from('outbox_emails')
				.select('sent_at, link, body')
				.eq('id', queued?.id ?? '')
				.single();
			expect(data?.sent_at).not.toBeNull();
			expect(data?.link).toBeNull();
			expect(data?.body).not.toContain(link.split('/').pop());
			expect(data?.body).toContain('[link removed after sending]');
		} finally {
			vi.unstubAllEnvs();
			vi.resetModules();
		}
	});

	it('sends every message of a bulk invitation, not only the first batch', async () => {
		vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${port}`);
		vi.stubEnv('PUBLIC_ORIGIN', 'https://citysetu.example.gov.in');
		vi.resetModules();
		try {
			const { createInvitations, prepareInvitation } =
				await import('../../src/lib/server/accounts/invitations');
			const { deliverOutbox } = await import('../../src/lib/server/mail');
			const { data: admin } = await service()
				.from('users')
				.select('id, email, name, designation, role, city_id')
				.eq('email', 'admin@citysetu.test')
				.single();
			if (!admin) throw new Error('no admin');
			const emails = Array.from({ length: 45 }, (_, i) => `outbox.${i}@bilaspur.gov.in`);
			const created = await createInvitations(
				{ ...admin, cityId: admin.city_id, city: null },
				emails.map((email) => prepareInvitation({ email, role: 'mission_admin', cityId: null }))
			);
			expect(created.invited).toHaveLength(45);
			await deliverOutbox();
			const { data } = await service()
				.from('outbox_emails')
				.select('to_email')
				.in('to_email', emails)
				.is('sent_at', null);
			expect(data).toEqual([]);
			for (const email of emails) {
				expect(
					received.some((m) => m.to === email),
					email
				).toBe(true);
			}
		} finally {
			vi.unstubAllEnvs();
			vi.resetModules();
		}
	});
});
