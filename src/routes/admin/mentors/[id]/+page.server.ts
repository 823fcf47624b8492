import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { translate } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { getMentorAccount } from '$lib/server/mentorship/mentors';
import {
	profileFormFor,
	profileFormOptions,
	submitProfileForm
} from '$lib/server/mentorship/mentor-form';
import type { Db } from '$lib/server/supabase';
import type { Actions, PageServerLoad } from './$types';

const userId = v.pipe(v.string(), v.uuid());

/** The officer whose profile is edited: a mentor, or someone who has a profile; else 404. */
async function mentorOf(db: Db, id: string, locale: Locale) {
	const account = v.is(userId, id) ? await getMentorAccount(db, id.toLowerCase()) : null;
	const form = account ? await profileFormFor(db, account.id) : null;
	if (!account || !form || (account.role !== 'mentor' && !form.exists)) {
		error(404, translate(locale, 'error.notFound.title'));
	}
	return { account, form };
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const admin = await requireUser('mission_admin');
	const db = dbFor(admin);
	const [{ account, form }, options] = await Promise.all([
		mentorOf(db, params.id, locals.locale),
		profileFormOptions(db)
	]);
	return { mentor: { id: account.id, name: account.name }, options, ...form };
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const admin = await requireUser('mission_admin');
		const db = dbFor(admin);
		const { account } = await mentorOf(db, params.id, locals.locale);
		const outcome = await submitProfileForm(db, account.id, await request.formData());
		if (outcome.kind === 'invalid') {
			return fail(outcome.status, { values: outcome.values, errors: outcome.errors });
		}
		return { saved: true };
	}
};
