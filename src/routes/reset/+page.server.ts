import { fail } from '@sveltejs/kit';
import { echo, parseForm, resetRequestSchema } from '$lib/schemas/forms';
import { requestPasswordReset } from '$lib/server/users';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, url }) => {
		const form = await request.formData();
		const parsed = parseForm(resetRequestSchema, form);
		if (!parsed.ok) return fail(400, { values: echo(form, 'email'), errors: parsed.errors });
		// The answer is the same whether or not the account exists.
		await requestPasswordReset(parsed.data.email, url.origin);
		return { sent: true };
	}
};
