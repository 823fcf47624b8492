import { systemDb } from '../db';
import { DatabaseError } from '../errors';

/**
 * Seconds the caller must wait before another sign-in attempt: 5 failures for an account or 20
 * from one address within 15 minutes lock further attempts. Counted in Postgres, so the limit
 * holds across server instances.
 */
export async function signInWaitSeconds(email: string, ip: string): Promise<number> {
	const { data, error } = await systemDb().rpc('sign_in_wait_seconds', {
		p_email: email.toLowerCase(),
		p_ip: ip
	});
	if (error) throw new DatabaseError('checking sign-in attempts', error);
	return data ?? 0;
}

/** Counts one sign-in attempt. */
export async function recordSignInAttempt(
	email: string,
	ip: string,
	succeeded: boolean
): Promise<void> {
	const { error } = await systemDb()
		.from('auth_attempts')
		.insert({ email: email.toLowerCase().slice(0, 254), ip: ip.slice(0, 64), succeeded });
	if (error) throw new DatabaseError('recording a sign-in attempt', error);
}
