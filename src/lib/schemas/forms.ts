// Form schemas shared by the pages and the server. Messages are i18n keys, translated where
// they are shown, so one schema serves every language.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { Constants } from '$lib/database.types';
import { roles } from '$lib/roles';

const text = (max: number) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.normalize('NFC').trim()),
		v.maxLength(max, 'form.tooLong' satisfies MessageKey)
	);
const requiredText = (max: number) =>
	v.pipe(text(max), v.nonEmpty('form.required' satisfies MessageKey));
const email = v.pipe(
	requiredText(254),
	v.transform((s) => s.toLowerCase()),
	v.email('form.invalidEmail' satisfies MessageKey)
);
// Passwords are not trimmed: spaces may be part of them. Their policy is checked on the server.
const password = v.pipe(
	v.optional(v.string(), ''),
	v.nonEmpty('form.required' satisfies MessageKey),
	v.maxLength(256 * 4, 'form.tooLong' satisfies MessageKey)
);

export const loginSchema = v.object({ email, password });
export const resetRequestSchema = v.object({ email });
export const newPasswordSchema = v.pipe(
	v.object({ password, confirm: v.optional(v.string(), '') }),
	v.forward(
		v.check((input) => input.password === input.confirm, 'form.mismatch' satisfies MessageKey),
		['confirm']
	)
);
export const acceptInvitationSchema = v.pipe(
	v.object({
		name: requiredText(120),
		designation: text(120),
		password,
		confirm: v.optional(v.string(), '')
	}),
	v.forward(
		v.check((input) => input.password === input.confirm, 'form.mismatch' satisfies MessageKey),
		['confirm']
	)
);
export const profileSchema = v.object({ name: requiredText(120), designation: text(120) });
export const changePasswordSchema = v.pipe(
	v.object({ current: password, password, confirm: v.optional(v.string(), '') }),
	v.forward(
		v.check((input) => input.password === input.confirm, 'form.mismatch' satisfies MessageKey),
		['confirm']
	)
);
/** How long a new API token may live, in days: the choices offered (90 is the default). */
export const apiTokenDays = ['7', '30', '90', '180', '365'] as const;
export const apiTokenSchema = v.object({
	name: requiredText(80),
	scope: v.picklist(Constants.public.Enums.api_token_scope, 'form.required' satisfies MessageKey),
	days: v.pipe(
		v.optional(v.picklist(apiTokenDays, 'form.required' satisfies MessageKey), '90'),
		v.transform(Number)
	),
	current: password
});
export const roleSchema = v.picklist(roles, 'form.required');
export const inviteSchema = v.object({ email, role: roleSchema, city: text(80) });
export const changeRoleSchema = v.object({ role: roleSchema, city: text(80) });

export type FieldErrors = Partial<Record<string, MessageKey>>;

/** Parses form data with a schema: the output, or the first error key per field. */
export function parseForm<T extends v.GenericSchema>(
	schema: T,
	form: FormData
): { ok: true; data: v.InferOutput<T> } | { ok: false; errors: FieldErrors } {
	const input: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string') input[key] = value;
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, data: result.output };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const field = v.getDotPath(issue) ?? 'form';
		errors[field] ??= issue.message as MessageKey;
	}
	return { ok: false, errors };
}

/** What a form sends back to fill itself again: every field but passwords. */
export function echo(form: FormData, ...fields: string[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const field of fields) {
		const value = form.get(field);
		if (typeof value === 'string') values[field] = value.slice(0, 1000);
	}
	return values;
}

/** One field's error in the same shape parseForm reports, so pages handle both alike. */
export function fieldError(field: string, message: MessageKey): FieldErrors {
	return { [field]: message };
}
