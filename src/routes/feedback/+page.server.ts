import { fail } from '@sveltejs/kit';
import { feedbackFields, feedbackSchema, HONEYPOT_FIELD, isPageLink } from '$lib/schemas/feedback';
import { formString, typed } from '$lib/schemas/fields';
import { parseForm } from '$lib/schemas/forms';
import { clientAddress } from '$lib/server/auth/client-address';
import { decoyReference, feedbackWait, submitFeedback } from '$lib/server/feedback';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ request, url }) => {
	// Coming from a page of this site (the footer's link), the form names that page already.
	const referer = request.headers.get('referer');
	let page = '';
	if (referer) {
		try {
			const from = new URL(referer);
			if (from.origin === url.origin && from.pathname !== url.pathname) {
				page = (from.pathname + from.search).slice(0, 500);
			}
		} catch {
			// Not an address: nothing to suggest.
		}
	}
	return { page: isPageLink(page) ? page : '' };
};

export const actions: Actions = {
	// Anyone may send feedback, signed in or not: no guard, but a rate limit per address.
	default: async ({ request, locals, getClientAddress, setHeaders }) => {
		const form = await request.formData();
		const values = typed(form, ...feedbackFields);
		const parsed = parseForm(feedbackSchema, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const wait = await feedbackWait(clientAddress(getClientAddress));
		if (wait > 0) {
			setHeaders({ 'retry-after': String(wait) });
			return fail(429, { values, wait });
		}
		// A bot filled the field people cannot see: answered like anyone, and nothing is kept.
		if (formString(form, HONEYPOT_FIELD) !== '') return { reference: decoyReference() };
		const reference = await submitFeedback(locals.user, parsed.data, locals.locale);
		return { reference };
	}
};
