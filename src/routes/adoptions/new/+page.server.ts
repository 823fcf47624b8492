import { error, fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import { indiaDay } from '$lib/schemas/adoption';
import { parseAdoptionForm } from '$lib/schemas/adoption-form';
import type { AdoptionFormValues, Errors } from '$lib/schemas/adoption-form';
import { requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { newAdoptionChoices } from '$lib/server/adoption/page';
import { parseNewAdoptionQuery } from '$lib/server/adoption/query';
import { createAdoption } from '$lib/server/adoption/writes';
import type { Actions, PageServerLoad } from './$types';

/** The officer, with their city: only a city's officers record its adoptions. */
async function requireOfficer(locale: Locale): Promise<SessionUser & { cityId: string }> {
	const user = await requireUser('city_member', 'mentor');
	const { cityId } = user;
	if (!cityId) error(403, translate(locale, 'adoptions.new.noCity'));
	return { ...user, cityId };
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = await requireOfficer(locals.locale);
	// An unknown practice or mentorship in the link is left out: the form starts without it.
	const query = parseNewAdoptionQuery(url.searchParams);
	const choices = await newAdoptionChoices(user);
	const practice = choices.practices.some((p) => p.slug === query.data.practice)
		? (query.data.practice ?? '')
		: '';
	const mentorship = choices.mentorships.some((m) => m.id === query.data.mentorship)
		? (query.data.mentorship ?? '')
		: '';
	const values: AdoptionFormValues = {
		practice,
		mentorship,
		stage: 'exploring',
		on: indiaDay(),
		text: '',
		links: '',
		reason: '',
		figures: [],
		evidence_public: false
	};
	return { ...choices, values, city: user.city, today: indiaDay() };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = await requireOfficer(locals.locale);
		const parsed = parseAdoptionForm(await request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const outcome = await createAdoption(user, parsed.data);
		if (outcome.status === 'saved') redirect(303, `/adoptions/${outcome.id}`);
		if (outcome.status === 'forbidden') {
			const errors: Errors = { form: 'adoption.error.forbidden' };
			return fail(403, { values: parsed.values, errors });
		}
		return fail(400, {
			values: parsed.values,
			errors: outcome.errors,
			existing: outcome.existing ?? null
		});
	}
};
