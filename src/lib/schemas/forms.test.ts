import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema, echo, inviteSchema, loginSchema, parseForm } from './forms';

const form = (values: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(values)) data.set(key, value);
	return data;
};

describe('parseForm', () => {
	it('normalises emails and keeps passwords exactly as typed', () => {
		const result = parseForm(
			loginSchema,
			form({ email: '  Officer@Rajkot.GOV.in ', password: ' pass ' })
		);
		expect(result).toEqual({
			ok: true,
			data: { email: 'officer@rajkot.gov.in', password: ' pass ' }
		});
	});

	it('names each bad field with a message key', () => {
		const result = parseForm(loginSchema, form({ email: 'not-an-email', password: '' }));
		expect(result).toEqual({
			ok: false,
			errors: { email: 'form.invalidEmail', password: 'form.required' }
		});
	});

	it('reports a mismatched confirmation on the confirmation field', () => {
		const result = parseForm(
			acceptInvitationSchema,
			form({ name: 'A', designation: '', password: 'x'.repeat(12), confirm: 'y'.repeat(12) })
		);
		expect(result).toEqual({ ok: false, errors: { confirm: 'form.mismatch' } });
	});

	it('refuses an unknown role and an over-long name', () => {
		const result = parseForm(inviteSchema, form({ email: 'a@b.in', role: 'superuser', city: '' }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.role).toBe('form.required');
		const long = parseForm(
			acceptInvitationSchema,
			form({ name: 'n'.repeat(121), password: 'p', confirm: 'p' })
		);
		expect(long.ok ? null : long.errors.name).toBe('form.tooLong');
	});
});

describe('echo', () => {
	it('returns only the named fields, never others', () => {
		expect(echo(form({ email: 'a@b.in', password: 'secret' }), 'email')).toEqual({
			email: 'a@b.in'
		});
	});
});
