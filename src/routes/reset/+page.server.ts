import { fail } from '@sveltejs/kit';
import { echo, parseForm, resetRequestSchema } from '$lib/schemas/forms';
import { requestPasswordReset } from '$lib/server/accounts/password-reset';
import { clientAddress } from '$lib/server/auth/client-address';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, getClientAddress, setHeaders }) => {
		const form = await request.formData();
		const values = echo(form, 'email');
		const parsed = parseForm(resetRequestSchema, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		// The answer is the same whether or not the account exists; the link is built from the
		// configured public origin, never from this request.
		const result = await requestPasswordReset(parsed.data.email, clientAddress(getClientAddress));
		if (result.kind === 'limited') {
			setHeaders({ 'retry-after': String(result.retryAfter) });
			return fail(429, { values, limited: Math.ceil(result.retryAfter / 60) });
		}
		return { sent: true };
	}
};
