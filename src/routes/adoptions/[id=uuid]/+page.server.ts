import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { translate } from '$lib/i18n';
import {
	parseCategoryForm,
	parseCommentForm,
	parseProgressForm,
	parseStepForm
} from '$lib/schemas/adoption-form';
import { formString, formVersion, uuid } from '$lib/schemas/fields';
import { requireUser } from '$lib/server/auth/guards';
import { answer, invalidForm } from '$lib/server/adoption/form-answer';
import { adoptionPage } from '$lib/server/adoption/page';
import {
	addComment,
	addProgress,
	addStep,
	saveCategory,
	setEvidencePublic,
	verifyStep
} from '$lib/server/adoption/writes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const page = await adoptionPage(locals.user, params.id);
	// Not readable and not there look the same: 404 either way.
	if (!page) error(404, translate(locals.locale, 'error.notFound.title'));
	return page;
};

export const actions: Actions = {
	step: async ({ request, params }) => {
		const user = await requireUser();
		const form = await request.formData();
		const parsed = parseStepForm(form);
		const version = v.safeParse(formVersion, formString(form, 'version'));
		if (!parsed.ok) return invalidForm('step', parsed.errors, parsed.values);
		if (!version.success) {
			return invalidForm('step', { form: 'practice.versionRequired' }, parsed.values);
		}
		const outcome = await addStep(user, params.id, version.output, parsed.data);
		return answer('step', outcome, { values: parsed.values });
	},

	verify: async ({ request, params }) => {
		const user = await requireUser();
		const step = v.safeParse(uuid, formString(await request.formData(), 'step'));
		if (!step.success) error(404, translate('en', 'error.notFound.title'));
		const outcome = await verifyStep(user, params.id, step.output);
		return answer('verify', outcome, { id: step.output });
	},

	comment: async ({ request, params }) => {
		const user = await requireUser();
		const parsed = parseCommentForm(await request.formData());
		if (!parsed.ok) return invalidForm('comment', parsed.errors, parsed.values);
		return answer('comment', await addComment(user, params.id, parsed.data), {
			values: parsed.values
		});
	},

	category: async ({ request, params }) => {
		const user = await requireUser();
		const parsed = parseCategoryForm(await request.formData());
		if (!parsed.ok) return invalidForm('category', parsed.errors, parsed.values);
		return answer('category', await saveCategory(user, params.id, parsed.data), {
			values: parsed.values
		});
	},

	progress: async ({ request, params }) => {
		const user = await requireUser();
		const form = await request.formData();
		const parsed = parseProgressForm(form);
		const values = { ...parsed.values, category: formString(form, 'category') };
		if (!parsed.ok) return invalidForm('progress', parsed.errors, values);
		const category = v.safeParse(uuid, values.category);
		if (!category.success) {
			return invalidForm('progress', { category: 'adoption.error.categoryUnknown' }, values);
		}
		const outcome = await addProgress(user, params.id, category.output, parsed.data);
		return answer('progress', outcome, { values });
	},

	publish: async ({ request, params }) => {
		const user = await requireUser();
		const choice = formString(await request.formData(), 'evidence_public');
		if (choice !== 'true' && choice !== 'false') {
			return invalidForm('publish', { form: 'form.invalid' }, {});
		}
		return answer('publish', await setEvidencePublic(user, params.id, choice === 'true'));
	}
};
