import { fail, redirect } from '@sveltejs/kit';
import { fieldError, newPasswordSchema, parseForm } from '$lib/schemas/forms';
import { checkPasswordPolicy } from '$lib/server/auth/password';
import { resetPassword, resetTokenIsValid } from '$lib/server/accounts/password-reset';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	valid: await resetTokenIsValid(params.token)
});

export const actions: Actions = {
	default: async ({ params, request }) => {
		const parsed = parseForm(newPasswordSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const problem = checkPasswordPolicy(parsed.data.password);
		if (problem) return fail(400, { errors: fieldError('password', `password.${problem}`) });
		if (!(await resetPassword(params.token, parsed.data.password))) {
			return fail(410, { spent: true });
		}
		redirect(303, '/login?notice=reset');
	}
};
