import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { translate } from '$lib/i18n';
import { uuid } from '$lib/schemas/fields';
import { parseForm } from '$lib/schemas/forms';
import { oneOf, parseQuery, positiveInt } from '$lib/schemas/query';
import { requireUser } from '$lib/server/auth/guards';
import { closeFeedback, listFeedback } from '$lib/server/feedback';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 20;

/** The list's filters, checked like every query string. */
const feedbackQuery = v.object({
	status: oneOf(Constants.public.Enums.feedback_status),
	page: positiveInt(1)
});

export const load: PageServerLoad = async ({ url, locals }) => {
	const admin = await requireUser('mission_admin');
	// After a form posted without JavaScript, the URL also names the action (`/close`).
	const params = new URLSearchParams(
		[...url.searchParams].filter(([name]) => !name.startsWith('/'))
	);
	const query = parseQuery(feedbackQuery, params);
	if (!query.ok) {
		const names = query.invalid.map((p) => p.field).join(', ');
		error(400, translate(locals.locale, 'admin.feedback.invalid', { names }));
	}
	const { status, page } = query.data;
	const { total, messages } = await listFeedback(admin, status, { page, perPage: PER_PAGE });
	return {
		status,
		page,
		total,
		pages: Math.max(1, Math.ceil(total / PER_PAGE)),
		messages
	};
};

export const actions: Actions = {
	close: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const parsed = parseForm(v.object({ id: uuid }), await request.formData());
		const reference = parsed.ok ? await closeFeedback(admin, parsed.data.id) : null;
		if (!reference) return fail(404, { close: { missing: true as const } });
		return { close: { reference } };
	}
};
