// Passwords: argon2id hashes, and a policy of 12 to 256 characters that are not among the most
// common passwords. Passwords are never logged.
import { hash, verify } from '@node-rs/argon2';
import list from './common-passwords.txt?raw';
import { argon2Options } from './argon2-options';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

let common: Set<string> | undefined;

/** The shipped list of common passwords, loaded once. */
export function commonPasswords(): Set<string> {
	common ??= new Set(
		list
			.split('\n')
			.map((line) => line.trim().toLowerCase())
			.filter((line) => line && !line.startsWith('#'))
	);
	return common;
}

/** The first rule a new password breaks, or null when it may be used. */
export function checkPasswordPolicy(
	password: string,
	context: { email?: string; name?: string } = {}
): PasswordProblem | null {
	const normalised = password.normalize('NFC');
	const length = [...normalised].length;
	if (length < PASSWORD_MIN) return 'too_short';
	if (length > PASSWORD_MAX) return 'too_long';
	const lower = normalised.toLowerCase();
	if (commonPasswords().has(lower) || new Set(lower).size === 1) return 'too_common';
	const local = context.email?.split('@')[0]?.toLowerCase();
	if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
	return null;
}

/** Hashes a password with argon2id (19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFC'), argon2Options);
}

/** Checks a password against a stored hash; a malformed hash is simply no match. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
	try {
		return await verify(stored, password.normalize('NFC'));
	} catch {
		return false;
	}
}
