import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { roundFromForm, roundInputSchema, visibilitySchema } from '$lib/schemas/assessment-round';
import { echo, parseForm } from '$lib/schemas/forms';
import { issuesByField } from '$lib/schemas/practice';
import { requireUser } from '$lib/server/auth/guards';
import { userDb } from '$lib/server/db';
import { createRound, frameworksOverview, setRoundPublic } from '$lib/server/assessment/rounds';
import type { Actions, PageServerLoad } from './$types';

/** Every framework with its rounds: visibility, scores, last import and a form for a new round. */
export const load: PageServerLoad = async () => {
	const admin = await requireUser('mission_admin');
	return { frameworks: await frameworksOverview(userDb(admin)) };
};

const key = (k: MessageKey) => k;

const roundFields = ['name', 'name_hi', 'slug', 'year', 'assessing_body', 'results_on', 'public'];

// Each framework's form answers under its own key, so its messages show beside it only.
export const actions: Actions = {
	create: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const form = await request.formData();
		const framework = String(form.get('framework') ?? '');
		const values = echo(form, ...roundFields);
		const parsed = v.safeParse(roundInputSchema, roundFromForm(form));
		if (!parsed.success) {
			return fail(400, { create: { framework, values, errors: issuesByField(parsed.issues) } });
		}
		const outcome = await createRound(userDb(admin), framework, parsed.output);
		switch (outcome.status) {
			case 'created':
				return { create: { framework, created: outcome.round.name_en } };
			case 'duplicate':
				return fail(409, {
					create: {
						framework,
						values,
						errors: { slug: key('assessmentAdmin.round.duplicate') },
						slug: outcome.slug
					}
				});
			case 'slug_needed':
				return fail(400, {
					create: {
						framework,
						values,
						errors: { slug: key('assessmentAdmin.round.slugNeeded') }
					}
				});
			case 'not_found':
				return fail(404, {
					create: {
						framework,
						values,
						errors: { form: key('assessmentAdmin.gone') }
					}
				});
			case 'forbidden':
				return fail(403, {
					create: { framework, values, errors: { form: key('auth.forbidden') } }
				});
		}
	},
	visibility: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const parsed = parseForm(visibilitySchema, await request.formData());
		if (!parsed.ok) {
			return fail(400, { visibility: { problem: key('assessmentAdmin.gone') } });
		}
		const { framework, round } = parsed.data;
		const isPublic = parsed.data.public === 'true';
		const outcome = await setRoundPublic(userDb(admin), framework, round, isPublic);
		if (outcome !== 'saved') {
			return fail(outcome === 'forbidden' ? 403 : 404, {
				visibility: {
					problem: key(outcome === 'forbidden' ? 'auth.forbidden' : 'assessmentAdmin.gone')
				}
			});
		}
		return { visibility: { framework, round, public: isPublic } };
	}
};
