// One's own account: name and designation, and the password.
import { recordEvent } from '../audit';
import { hashPassword, verifyPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import type { SessionUser } from '../auth/session';
import { systemDb, userDb } from '../db';
import { DatabaseError } from '../errors';

/** Whether the password is the user's current one (system work: hashes are no one's to read). */
export async function checkCurrentPassword(userId: string, password: string): Promise<boolean> {
	const { data, error } = await systemDb()
		.from('user_credentials')
		.select('password_hash')
		.eq('user_id', userId)
		.maybeSingle();
	if (error) throw new DatabaseError('reading credentials', error);
	return Boolean(data && (await verifyPassword(data.password_hash, password)));
}

/**
 * Changes one's own password after checking the current one. Other sessions end, and the
 * database revokes every API token.
 */
export async function changePassword(
	user: SessionUser,
	sessionId: string,
	current: string,
	next: string
): Promise<boolean> {
	if (!(await checkCurrentPassword(user.id, current))) return false;
	const { error } = await systemDb()
		.from('user_credentials')
		.update({ password_hash: await hashPassword(next), updated_at: new Date().toISOString() })
		.eq('user_id', user.id);
	if (error) throw new DatabaseError('changing a password', error);
	await invalidateUserSessions(user.id, sessionId);
	await recordEvent({
		actor: user,
		action: 'password_changed',
		entity: 'users',
		entityId: user.id
	});
	return true;
}

/** Updates one's own name and designation. */
export async function updateProfile(
	user: SessionUser,
	profile: { name: string; designation: string }
): Promise<void> {
	const { error } = await userDb(user)
		.from('users')
		.update({ name: profile.name, designation: profile.designation || null })
		.eq('id', user.id);
	if (error) throw new DatabaseError('updating a profile', error);
}
