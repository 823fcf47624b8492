import { error, fail, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { requireUser } from '$lib/server/auth/guards';
import { renderMarkdown } from '$lib/server/markdown';
import { canEdit } from '$lib/server/practice-access';
import {
	changesOf,
	editorOptions,
	editorValues,
	parseEditorForm,
	previewOf
} from '$lib/server/practice-form';
import { dbFor } from '$lib/server/db';
import { getPractice, updatePractice } from '$lib/server/practices';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const user = await requireUser();
	const practice = await getPractice(dbFor(user), params.slug);
	if (!practice) error(404, translate(locals.locale, 'error.notFound.title'));
	if (!canEdit(user, practice)) error(403, translate(locals.locale, 'editor.forbidden'));
	return {
		options: await editorOptions(user),
		practice: { slug: practice.slug, title: practice.title, version: practice.version },
		values: {
			kind: practice.kind,
			city: practice.city.slug,
			language: practice.language,
			title: practice.title,
			title_en: practice.title_en,
			summary_en: practice.summary_en,
			markdown: practice.markdown,
			sectors: practice.sectors,
			components: practice.components,
			outcomes: practice.outcomes.map((o) => ({ ...o, value: String(o.value) })),
			status: practice.status
		}
	};
};

export const actions: Actions = {
	preview: async ({ request }) => {
		await requireUser();
		const form = await request.formData();
		return {
			values: editorValues(form),
			version: String(form.get('version') ?? ''),
			preview: previewOf(form)
		};
	},
	save: async ({ request, params }) => {
		const user = await requireUser();
		const form = await request.formData();
		const values = editorValues(form);
		const version = Number(form.get('version'));
		const options = await editorOptions(user);
		const parsed = await parseEditorForm(form, user, options);
		if (!parsed.ok) return fail(400, { values, version: String(version), errors: parsed.errors });
		if (!Number.isInteger(version) || version < 1) {
			return fail(400, {
				values,
				version: '',
				errors: { form: 'practice.versionRequired' as const }
			});
		}
		const result = await updatePractice(user, params.slug, changesOf(user, parsed.data), version);
		switch (result.kind) {
			case 'saved':
				redirect(303, `/practices/${result.slug}`);
			// falls through never: redirect throws
			case 'conflict':
				// The user's text stays in the form; the current version is shown beside it, and
				// saving again builds on it.
				return fail(409, {
					values,
					version: String(result.current.version),
					errors: { form: 'editor.conflict' as const },
					conflict: {
						version: result.current.version,
						title: result.current.title,
						language: result.current.language,
						html: renderMarkdown(result.current.markdown).html
					}
				});
			case 'forbidden':
				console.warn(`practices: ${user.email} may not save ${params.slug} this way`);
				return fail(403, {
					values,
					version: String(version),
					errors: { form: 'editor.forbidden' as const }
				});
			case 'invalid':
				console.warn('practices: refused by the database:', result.message);
				return fail(400, {
					values,
					version: String(version),
					errors: { [result.field]: 'practice.unknownValue' as const }
				});
			case 'not_found':
				error(404, translate('en', 'error.notFound.title'));
		}
	}
};
