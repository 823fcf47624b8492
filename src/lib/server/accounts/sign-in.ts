// Signing in with email and password, throttled per account and per address.
import { recordEvent } from '../audit';
import { claimSignInAttempt, markSignInSucceeded } from '../auth/attempts';
import { hashPassword, verifyPassword } from '../auth/password';
import { createSession } from '../auth/session';
import { systemDb } from '../db';
import { DatabaseError } from '../errors';

// Verifying against this keeps a sign-in for an unknown email as slow as one for a known email.
let dummyHash: Promise<string> | undefined;
let verifications = 0;

/** How many passwords this process has verified for sign-ins (the lock-out test counts them). */
export function signInVerifications(): number {
	return verifications;
}

export type SignInResult =
	| { kind: 'ok'; token: string; expiresAt: Date }
	| { kind: 'invalid' }
	| { kind: 'locked'; retryAfter: number };

/**
 * Checks the email and password. The attempt is counted before the password is verified, so a
 * burst of parallel attempts cannot all slip under the limit.
 */
export async function signIn(
	email: string,
	password: string,
	meta: { ip: string; userAgent: string | null }
): Promise<SignInResult> {
	const address = email.trim().toLowerCase();
	const claim = await claimSignInAttempt(address, meta.ip);
	if ('wait' in claim) {
		await recordEvent({
			action: 'locked_out',
			entity: 'account',
			summary: `${address} from ${meta.ip}`
		});
		return { kind: 'locked', retryAfter: claim.wait };
	}
	const { data, error } = await systemDb()
		.from('users')
		.select('id, email, status, user_credentials (password_hash)')
		.eq('email', address)
		.maybeSingle();
	if (error) throw new DatabaseError('looking up an account', error);
	const hash = data?.user_credentials?.password_hash;
	dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
	verifications++;
	const valid = await verifyPassword(hash ?? (await dummyHash), password);
	if (!data || !hash || !valid || data.status !== 'active') {
		await recordEvent({
			actor: data ? { id: data.id, email: data.email } : null,
			action: 'sign_in_failed',
			entity: 'account',
			summary: `${address} from ${meta.ip}`
		});
		return { kind: 'invalid' };
	}
	await markSignInSucceeded(claim.attemptId);
	const { token, session } = await createSession(data.id, meta);
	await recordEvent({
		actor: data,
		action: 'sign_in',
		entity: 'session',
		summary: `from ${meta.ip}`
	});
	return { kind: 'ok', token, expiresAt: session.expiresAt };
}
