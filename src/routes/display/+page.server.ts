import { fail, redirect } from '@sveltejs/kit';
import { applyChoice, CONTRAST_COOKIE, TEXT_SIZE_COOKIE } from '$lib/display';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ display: locals.display });

// The text size and contrast controls: a form POST (it works without JavaScript) that keeps the
// choice in cookies for a year and returns the reader to the page they were on.
export const actions: Actions = {
	default: async ({ request, cookies, locals, url }) => {
		const form = await request.formData();
		const next = applyChoice(locals.display, String(form.get('display') ?? ''));
		if (!next) return fail(400, { invalid: true });
		const options = {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			sameSite: 'lax' as const,
			httpOnly: true,
			secure: url.protocol === 'https:'
		};
		if (next.textSize) cookies.set(TEXT_SIZE_COOKIE, String(next.textSize), options);
		else cookies.delete(TEXT_SIZE_COOKIE, { path: '/', secure: options.secure });
		if (next.highContrast) cookies.set(CONTRAST_COOKIE, 'high', options);
		else cookies.delete(CONTRAST_COOKIE, { path: '/', secure: options.secure });
		redirect(303, safeRedirectTarget(form.get('redirect')));
	}
};
