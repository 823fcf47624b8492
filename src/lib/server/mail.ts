// The mail outbox: messages are queued in Postgres with the change that causes them, then sent
// when SMTP_URL is set. Without it they stay queued and admins hand the links over themselves.
// A message's link waits in its own column and is filled into the body only as it is sent; the
// database empties the column once the message is marked sent, so no live link stays behind.
import { systemDb } from './db';
import { config } from './env';

const MAX_ATTEMPTS = 5;
/** Messages read from the outbox at a time. */
const BATCH = 20;
/** Where a queued message's body takes its link. */
export const LINK_PLACEHOLDER = '{link}';
let running: Promise<number> | null = null;

/** Sends what is waiting in the outbox (system work). Returns how many were sent. */
export function deliverOutbox(): Promise<number> {
	if (!config.smtpUrl) return Promise.resolve(0);
	// One delivery pass at a time in this process.
	running ??= drain().finally(() => (running = null));
	return running;
}

/**
 * Sends batch after batch until the outbox is empty (a bulk invitation queues up to a thousand
 * messages), or a batch sends nothing: then the mail server is failing, and the next delivery
 * tries again.
 */
async function drain(): Promise<number> {
	let total = 0;
	for (;;) {
		const { sent, full } = await send();
		total += sent;
		if (!full || sent === 0) return total;
	}
}

async function send(): Promise<{ sent: number; full: boolean }> {
	const db = systemDb();
	const { data, error } = await db
		.from('outbox_emails')
		.select('id, to_email, subject, body, link, attempts')
		.is('sent_at', null)
		.lt('attempts', MAX_ATTEMPTS)
		.order('created_at')
		.limit(BATCH);
	if (error) {
		console.error('mail: could not read the outbox:', error.message);
		return { sent: 0, full: false };
	}
	if (!data?.length) return { sent: 0, full: false };
	// Loaded on the first mail, not at start: no page view sends one (0.66 MB of source kept).
	let createTransport: typeof import('nodemailer').createTransport;
	try {
		({ createTransport } = await import('nodemailer'));
	} catch (cause) {
		console.error('mail: could not load the mail client:', (cause as Error).message);
		return { sent: 0, full: false };
	}
	const transport = createTransport(config.smtpUrl as string);
	let sent = 0;
	for (const mail of data) {
		try {
			await transport.sendMail({
				from: config.mailFrom,
				to: mail.to_email,
				subject: mail.subject,
				text: mail.link ? mail.body.replaceAll(LINK_PLACEHOLDER, mail.link) : mail.body
			});
			const { error: sentError } = await db
				.from('outbox_emails')
				.update({ sent_at: new Date().toISOString() })
				.eq('id', mail.id);
			if (sentError) console.error(`mail: could not mark ${mail.id} sent:`, sentError.message);
			sent++;
		} catch (cause) {
			const message = cause instanceof Error ? cause.message : String(cause);
			console.error(`mail: sending ${mail.id} failed:`, message);
			const { error: failError } = await db
				.from('outbox_emails')
				.update({ attempts: mail.attempts + 1, last_error: message.slice(0, 500) })
				.eq('id', mail.id);
			if (failError) console.error(`mail: could not record the failure:`, failError.message);
		}
	}
	return { sent, full: data.length === BATCH };
}
