import { fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import {
	profileFormFor,
	profileFormOptions,
	submitProfileForm
} from '$lib/server/mentorship/mentor-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const user = await requireUser('mentor');
	const db = dbFor(user);
	const [options, form] = await Promise.all([profileFormOptions(db), profileFormFor(db, user.id)]);
	return { mentorId: user.id, options, ...form };
};

export const actions: Actions = {
	save: async ({ request }) => {
		const user = await requireUser('mentor');
		const outcome = await submitProfileForm(dbFor(user), user.id, await request.formData());
		if (outcome.kind === 'invalid') {
			return fail(outcome.status, { values: outcome.values, errors: outcome.errors });
		}
		return { saved: true };
	}
};
