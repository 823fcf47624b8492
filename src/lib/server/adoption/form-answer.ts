// How the adoption page's form actions answer an outcome: saved is the form's success data;
// refusals are `fail`s carrying the user's input back with a message beside the field (or the
// form), each under the form's own name so that one form's errors never show on another; a
// missing adoption is a 404, as for the page.
import { error, fail } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import type { Errors, Outcome } from './outcomes';

/**
 * The action's answer for `form` (its name on the page). `id` names the row a repeated form
 * acted on (the step verified); `values` is what the user typed.
 */
export function answer(
	form: string,
	outcome: Outcome<object>,
	{ values, id }: { values?: unknown; id?: string } = {}
) {
	switch (outcome.status) {
		case 'saved':
			return { [form]: { saved: true, id } };
		case 'not_found':
			error(404, translate('en', 'error.notFound.title'));
		// falls through never: error throws
		case 'forbidden':
			return fail(403, { [form]: { id, values, errors: { form: 'adoption.error.forbidden' } } });
		case 'stale':
			return fail(409, {
				[form]: {
					id,
					values,
					version: outcome.version === undefined ? undefined : String(outcome.version),
					errors: {
						form: form === 'verify' ? 'adoption.error.alreadyVerified' : 'adoption.error.stale'
					} satisfies Errors
				}
			});
		case 'invalid':
			return fail(400, { [form]: { id, values, errors: outcome.errors } });
	}
}

/** A form's own refusal before any write (its input did not parse). */
export function invalidForm(form: string, errors: Errors, values: unknown) {
	return fail(400, { [form]: { values, errors } });
}
