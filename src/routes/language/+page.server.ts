import { fail, redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (!isLocale(locale)) {
			console.warn('language: refused an unknown locale', String(locale).slice(0, 20));
			return fail(400, { invalid: true });
		}
		cookies.set(LOCALE_COOKIE, locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			sameSite: 'lax',
			httpOnly: true,
			secure: url.protocol === 'https:'
		});
		redirect(303, safeRedirectTarget(form.get('redirect')));
	}
};
