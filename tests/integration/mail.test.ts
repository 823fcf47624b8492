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
	it('sends queued mail when SMTP_URL is set and marks it sent', async () => {
		vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${port}`);
		vi.resetModules();
		try {
			const { requestPasswordReset } = await import('../../src/lib/server/users');
			const { deliverOutbox } = await import('../../src/lib/server/mail');
			const link = await requestPasswordReset(
				'member.sagar@citysetu.test',
				'http://localhost:3000'
			);
			await deliverOutbox();
			await expect.poll(() => received.length, { timeout: 5000 }).toBeGreaterThan(0);
			const mail = received.find((m) => m.to === 'member.sagar@citysetu.test');
			expect(mail?.body.replace(/=\r?\n/g, '')).toContain(link?.split('/').pop());
			const { data } = await service()
				.from('outbox_emails')
				.select('sent_at')
				.eq('link', link ?? '')
				.single();
			expect(data?.sent_at).not.toBeNull();
		} finally {
			vi.unstubAllEnvs();
			vi.resetModules();
		}
	});
});
