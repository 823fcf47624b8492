import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { editorOptions, editorValues, parseEditorForm, previewOf } from '$lib/server/practice-form';
import { createPractice } from '$lib/server/practices';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const user = await requireUser();
	return {
		options: await editorOptions(user),
		values: {
			kind: 'case_study',
			city: user.city?.slug ?? '',
			language: 'en',
			title: '',
			title_en: '',
			summary_en: '',
			markdown: '',
			sectors: [],
			components: [],
			outcomes: [],
			status: 'draft'
		},
		// One key per opened form: submitting it twice creates one practice, not two.
		idempotencyKey: crypto.randomUUID()
	};
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const actions: Actions = {
	preview: async ({ request }) => {
		await requireUser();
		const form = await request.formData();
		return { values: editorValues(form), preview: previewOf(form) };
	},
	save: async ({ request }) => {
		const user = await requireUser();
		const form = await request.formData();
		const values = editorValues(form);
		const options = await editorOptions(user);
		const parsed = await parseEditorForm(form, user, options);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const key = String(form.get('idempotency_key') ?? '');
		const result = await createPractice(user, parsed.data, UUID.test(key) ? key : null);
		if (result.kind === 'forbidden') {
			console.warn(`practices: ${user.email} may not create this practice`);
			return fail(403, { values, errors: { form: 'editor.forbidden' as const } });
		}
		if (result.kind === 'invalid') {
			console.warn('practices: refused by the database:', result.message);
			return fail(400, { values, errors: { [result.field]: 'practice.unknownValue' as const } });
		}
		redirect(303, `/practices/${result.slug}`);
	}
};
