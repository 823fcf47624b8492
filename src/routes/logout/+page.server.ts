import { redirect } from '@sveltejs/kit';
import { recordEvent } from '$lib/server/audit';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST; a GET just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) {
			await invalidateSession(locals.session.id);
			if (locals.user) {
				await recordEvent({ actor: locals.user, action: 'sign_out', entity: 'session' });
			}
		}
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/login?notice=signedOut');
	}
};
