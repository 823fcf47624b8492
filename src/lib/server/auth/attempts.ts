// Sign-in throttling, counted in Postgres so the limit holds across server instances: 5 failures
// for an account or 20 from one address within 15 minutes lock further attempts.
import { systemDb } from '../db';
import { DatabaseError } from '../errors';

/**
 * Counts a sign-in attempt before its password is checked (as a failure until marked otherwise),
 * serialised per account and address in Postgres. Returns the attempt to mark on success, or the
 * seconds the caller must wait.
 */
export async function claimSignInAttempt(
	email: string,
	ip: string
): Promise<{ attemptId: number } | { wait: number }> {
	const { data, error } = await systemDb()
		.rpc('claim_sign_in_attempt', { p_email: email.toLowerCase(), p_ip: ip })
		.single();
	if (error) throw new DatabaseError('counting a sign-in attempt', error);
	if (data.wait_seconds > 0) return { wait: data.wait_seconds };
	return { attemptId: data.attempt_id };
}

/** Marks a counted attempt as a successful sign-in, so it no longer counts towards a lock. */
export async function markSignInSucceeded(attemptId: number): Promise<void> {
	const { error } = await systemDb()
		.from('auth_attempts')
		.update({ succeeded: true })
		.eq('id', attemptId);
	if (error) throw new DatabaseError('recording a sign-in', error);
}
