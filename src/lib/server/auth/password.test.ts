import { describe, expect, it } from 'vitest';
import {
	PASSWORD_MAX,
	PASSWORD_MIN,
	checkPasswordPolicy,
	commonPasswords,
	hashPassword,
	verifyPassword
} from './password';

const GOOD = 'monsoon tiffin cricket lantern';

describe('hashPassword and verifyPassword', () => {
	it('hash with argon2id at 19 MiB, 2 passes, 1 lane, with a fresh salt each time', async () => {
		const first = await hashPassword(GOOD);
		expect(first.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		expect(await hashPassword(GOOD)).not.toBe(first);
	});

	it('match the right password only', async () => {
		const stored = await hashPassword(GOOD);
		expect(await verifyPassword(stored, GOOD)).toBe(true);
		expect(await verifyPassword(stored, `${GOOD}!`)).toBe(false);
		expect(await verifyPassword(stored, GOOD.toUpperCase())).toBe(false);
	});

	it('treat a malformed hash as no match instead of throwing', async () => {
		for (const garbage of ['', 'not a hash', '$argon2id$v=19$m=19456,t=2,p=1$', '$2b$10$abc']) {
			await expect(verifyPassword(garbage, GOOD)).resolves.toBe(false);
		}
	});

	it('match a password typed decomposed against the composed one (NFC)', async () => {
		const composed = 'caf\u00e9 au lait du matin';
		const decomposed = 'cafe\u0301 au lait du matin';
		expect(decomposed).not.toBe(composed);
		expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
		expect(await verifyPassword(await hashPassword(decomposed), composed)).toBe(true);
	});
});

describe('checkPasswordPolicy', () => {
	it('accepts a long passphrase', () => {
		expect(checkPasswordPolicy(GOOD, { email: 'asha.rao@example.in', name: 'Asha Rao' })).toBe(
			null
		);
	});

	it('counts code points after NFC, not UTF-16 units', () => {
		expect(PASSWORD_MIN).toBe(12);
		expect(PASSWORD_MAX).toBe(256);
		// Eleven astral characters are 22 UTF-16 units but still too short.
		expect(checkPasswordPolicy('\u{1F600}'.repeat(6) + '\u{1F680}'.repeat(5))).toBe('too_short');
		// Twelve decomposed letters are 24 units before NFC but exactly twelve characters after it.
		expect(checkPasswordPolicy('e\u0301a\u0300'.repeat(6))).toBe(null);
		expect(checkPasswordPolicy('e\u0301'.repeat(11) + 'x')).toBe(null);
		expect(checkPasswordPolicy('e\u0301'.repeat(10) + 'x')).toBe('too_short');
	});

	it('refuses passwords that are too short or too long', () => {
		expect(checkPasswordPolicy('short pass!')).toBe('too_short');
		expect(checkPasswordPolicy('a long enough')).toBe(null);
		expect(checkPasswordPolicy('ab'.repeat(128))).toBe(null);
		expect(checkPasswordPolicy('ab'.repeat(128) + 'c')).toBe('too_long');
	});

	it('refuses common passwords whatever their case', () => {
		for (const common of ['password1234', 'PASSWORD1234', 'Password1234', 'QwertyUiop12']) {
			expect(checkPasswordPolicy(common)).toBe('too_common');
		}
		expect(checkPasswordPolicy('Password@1234')).toBe('too_common');
	});

	it('refuses one character repeated', () => {
		expect(checkPasswordPolicy('aaaaaaaaaaaa')).toBe('too_common');
		expect(checkPasswordPolicy('AaAaAaAaAaAa')).toBe('too_common');
		expect(checkPasswordPolicy('\u{1F600}'.repeat(12))).toBe('too_common');
	});

	it('refuses a password containing the local part of the email', () => {
		expect(checkPasswordPolicy('my name is Asha.Rao ok', { email: 'asha.rao@example.in' })).toBe(
			'contains_email'
		);
		// Local parts under four characters are too likely to match by chance.
		expect(checkPasswordPolicy('my password is abc ok', { email: 'abc@example.in' })).toBe(null);
		expect(checkPasswordPolicy(GOOD, { email: 'asha.rao@example.in' })).toBe(null);
	});
});

describe('commonPasswords', () => {
	it('loads the shipped list, lowercase, without comments or blank lines', () => {
		const list = commonPasswords();
		expect(list.size).toBeGreaterThanOrEqual(300);
		expect(list.has('password1234')).toBe(true);
		expect(list.has('')).toBe(false);
		for (const entry of list) {
			expect(entry).toBe(entry.toLowerCase());
			expect(entry.startsWith('#')).toBe(false);
		}
	});

	it('is loaded once', () => {
		expect(commonPasswords()).toBe(commonPasswords());
	});
});
