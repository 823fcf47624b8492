// Password resets: a single-use link valid one hour, asked for by email (and rate limited) or
// created by an admin for a non-admin account. Only the link's hash is kept.
import { recordEvent } from '../audit';
import { hashPassword } from '../auth/password';
import { generateToken, hashToken } from '../auth/session';
import type { SessionUser } from '../auth/session';
import { systemDb, userDb } from '../db';
import { DatabaseError } from '../errors';
import { deliverOutbox, LINK_PLACEHOLDER } from '../mail';
import { takeToken } from '../rate-limit';
import type { RateLimit } from '../rate-limit';
import { accountLink } from './links';

const RESET_HOURS = 1;
const TOKEN = /^[a-z2-7]{32}$/;

/** 3 requests per email at once, then one every 20 minutes. */
export const RESET_PER_EMAIL: RateLimit = { bucket: 'reset-email', burst: 3, perSecond: 1 / 1200 };
/** 10 requests per client address at once, then one every 6 minutes. */
export const RESET_PER_ADDRESS: RateLimit = {
	bucket: 'reset-address',
	burst: 10,
	perSecond: 1 / 360
};

async function createReset(userId: string): Promise<string> {
	const token = generateToken();
	const { error } = await systemDb()
		.from('password_resets')
		.insert({
			token_hash: hashToken(token),
			user_id: userId,
			expires_at: new Date(Date.now() + RESET_HOURS * 3600_000).toISOString()
		});
	if (error) throw new DatabaseError('creating a password reset', error);
	return accountLink(`/reset/${token}`);
}

/**
 * Starts a password reset for an active account, mailed through the outbox. The answer is the
 * same whether or not the account exists; only the rate limits (per address, then per email)
 * can refuse, with the seconds to wait.
 */
export async function requestPasswordReset(
	email: string,
	ip: string
): Promise<{ kind: 'sent' } | { kind: 'limited'; retryAfter: number }> {
	const address = email.trim().toLowerCase();
	const wait =
		(await takeToken(RESET_PER_ADDRESS, ip)) || (await takeToken(RESET_PER_EMAIL, address));
	if (wait > 0) return { kind: 'limited', retryAfter: wait };
	const db = systemDb();
	const { data: user, error } = await db
		.from('users')
		.select('id, email')
		.eq('email', address)
		.eq('status', 'active')
		.maybeSingle();
	if (error) throw new DatabaseError('looking up an account', error);
	if (!user) return { kind: 'sent' };
	const link = await createReset(user.id);
	const { error: mailError } = await db.from('outbox_emails').insert({
		to_email: user.email,
		subject: 'Reset your CitySetu password · सिटीसेतु पासवर्ड बदलें',
		body:
			`Set a new password within an hour: ${LINK_PLACEHOLDER}\n` +
			`If you did not ask for this, ignore this message.\n\n` +
			`एक घंटे के भीतर नया पासवर्ड बनाएँ: ${LINK_PLACEHOLDER}\n`,
		link,
		purpose: 'password_reset',
		related_id: user.id
	});
	if (mailError) throw new DatabaseError('queueing the reset mail', mailError);
	await recordEvent({
		actor: user,
		action: 'password_reset_requested',
		entity: 'users',
		entityId: user.id
	});
	void deliverOutbox();
	return { kind: 'sent' };
}

/**
 * A reset link an admin hands over to an officer who cannot receive mail: only for active
 * non-admin accounts, shown once, never mailed or stored, and audited.
 */
export async function createResetLinkForUser(
	admin: SessionUser,
	userId: string
): Promise<{ kind: 'ok'; email: string; link: string } | { kind: 'refused' }> {
	// As the admin, so the database's policies confirm they may see the account.
	const { data: user, error } = await userDb(admin)
		.from('users')
		.select('id, email, role, status')
		.eq('id', userId)
		.maybeSingle();
	if (error) throw new DatabaseError('reading an account', error);
	if (!user || user.role === 'mission_admin' || user.status !== 'active') {
		return { kind: 'refused' };
	}
	const link = await createReset(user.id);
	await recordEvent({
		actor: admin,
		action: 'password_reset_link_created',
		entity: 'users',
		entityId: user.id,
		summary: `for ${user.email}`
	});
	return { kind: 'ok', email: user.email, link };
}

/** Sets a new password from a reset link; every session and API token of the account ends. */
export async function resetPassword(token: string, password: string): Promise<boolean> {
	if (!TOKEN.test(token)) return false;
	const { data: userId, error } = await systemDb().rpc('reset_password', {
		p_token_hash: hashToken(token),
		p_password_hash: await hashPassword(password)
	});
	if (error) throw new DatabaseError('resetting a password', error);
	if (userId) await recordEvent({ action: 'password_reset', entity: 'users', entityId: userId });
	return Boolean(userId);
}

/** Whether a reset link can still be used. */
export async function resetTokenIsValid(token: string): Promise<boolean> {
	if (!TOKEN.test(token)) return false;
	const { data, error } = await systemDb()
		.from('password_resets')
		.select('used_at, expires_at')
		.eq('token_hash', hashToken(token))
		.maybeSingle();
	if (error) throw new DatabaseError('reading a password reset', error);
	return Boolean(data && !data.used_at && new Date(data.expires_at) > new Date());
}
