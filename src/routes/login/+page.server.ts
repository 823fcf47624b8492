import { fail, redirect } from '@sveltejs/kit';
import { echo, parseForm, loginSchema } from '$lib/schemas/forms';
import { signIn } from '$lib/server/accounts/sign-in';
import { clientAddress } from '$lib/server/auth/client-address';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('next') ?? '/account'));
	return { notice: url.searchParams.get('notice') };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, setHeaders }) => {
		const form = await request.formData();
		const values = echo(form, 'email');
		const parsed = parseForm(loginSchema, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const result = await signIn(parsed.data.email, parsed.data.password, {
			ip: clientAddress(getClientAddress),
			userAgent: request.headers.get('user-agent')
		});
		if (result.kind === 'locked') {
			setHeaders({ 'retry-after': String(result.retryAfter) });
			return fail(429, { values, locked: Math.ceil(result.retryAfter / 60) });
		}
		if (result.kind === 'invalid') return fail(400, { values, invalid: true });
		setSessionCookie(cookies, result.token, result.expiresAt, url.protocol === 'https:');
		redirect(303, safeRedirectTarget(url.searchParams.get('next') ?? '/account'));
	}
};
