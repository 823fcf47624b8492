import { fail } from '@sveltejs/kit';
import { echo, fieldError, parseForm } from '$lib/schemas/forms';
import { requireUser } from '$lib/server/auth/guards';
import {
	handoverList,
	itemHandoverSchema,
	leadHandoverSchema,
	reassignActionItem,
	reassignLead
} from '$lib/server/mentorship/handover';
import type { HandoverOutcome } from '$lib/server/mentorship/handover';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const admin = await requireUser('mission_admin');
	return handoverList(admin);
};

const problem = (outcome: Exclude<HandoverOutcome, 'saved'>) =>
	outcome === 'invalid' ? ('handover.invalid' as const) : ('handover.gone' as const);

// Each row's form answers under its own key (the mentorship and side, or the item), so its
// message shows beside it and nowhere else.
export const actions: Actions = {
	lead: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const form = await request.formData();
		const values = echo(form, 'mentorship', 'side', 'user');
		const key = `${values.mentorship ?? ''}:${values.side ?? ''}`;
		const parsed = parseForm(leadHandoverSchema, form);
		if (!parsed.ok) return fail(400, { handover: { key, values, errors: parsed.errors } });
		const { mentorship, side, user } = parsed.data;
		const outcome = await reassignLead(admin, mentorship, side, user);
		if (outcome !== 'saved') {
			return fail(outcome === 'forbidden' ? 403 : 400, {
				handover: { key, values, errors: fieldError('user', problem(outcome)) }
			});
		}
		return { handover: { key, saved: true } };
	},
	item: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const form = await request.formData();
		const values = echo(form, 'item', 'user');
		const key = values.item ?? '';
		const parsed = parseForm(itemHandoverSchema, form);
		if (!parsed.ok) return fail(400, { handover: { key, values, errors: parsed.errors } });
		const outcome = await reassignActionItem(admin, parsed.data.item, parsed.data.user);
		if (outcome !== 'saved') {
			return fail(outcome === 'forbidden' ? 403 : 400, {
				handover: { key, values, errors: fieldError('user', problem(outcome)) }
			});
		}
		return { handover: { key, saved: true } };
	}
};
