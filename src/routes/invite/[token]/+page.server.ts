import { fail, redirect } from '@sveltejs/kit';
import { acceptInvitationSchema, echo, parseForm } from '$lib/schemas/forms';
import { fieldError } from '$lib/schemas/forms';
import { checkPasswordPolicy } from '$lib/server/auth/password';
import { acceptInvitation, findInvitation } from '$lib/server/accounts/invitations';
import { clientAddress } from '$lib/server/auth/client-address';
import { setSessionCookie } from '$lib/server/auth/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	invitation: await findInvitation(params.token)
});

export const actions: Actions = {
	default: async ({ params, request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const values = echo(form, 'name', 'designation');
		const invitation = await findInvitation(params.token);
		if (!invitation) return fail(410, { values, spent: true });
		const parsed = parseForm(acceptInvitationSchema, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const problem = checkPasswordPolicy(parsed.data.password, {
			email: invitation.email,
			name: parsed.data.name
		});
		if (problem) {
			return fail(400, { values, errors: fieldError('password', `password.${problem}`) });
		}
		const session = await acceptInvitation(params.token, parsed.data, {
			ip: clientAddress(getClientAddress),
			userAgent: request.headers.get('user-agent')
		});
		if (!session) return fail(410, { values, spent: true });
		setSessionCookie(cookies, session.token, session.expiresAt, url.protocol === 'https:');
		redirect(303, '/account');
	}
};
