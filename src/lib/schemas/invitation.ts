// An invitation as the JSON API takes it. Messages are i18n keys; the API answers in English.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { roles } from '$lib/roles';

export const invitationInputSchema = v.strictObject({
	email: v.pipe(
		v.string('form.required' satisfies MessageKey),
		v.trim(),
		v.toLowerCase(),
		v.nonEmpty('form.required' satisfies MessageKey),
		v.maxLength(254, 'form.tooLong' satisfies MessageKey),
		v.email('form.invalidEmail' satisfies MessageKey),
		v.description('The officer’s email address. It is stored in lower case.')
	),
	role: v.pipe(
		v.picklist(roles, 'admin.users.bulk.problem.role' satisfies MessageKey),
		v.description('The role the officer gets on accepting.')
	),
	city: v.optional(
		v.pipe(
			v.string('form.invalid' satisfies MessageKey),
			v.trim(),
			v.toLowerCase(),
			v.maxLength(80, 'form.tooLong' satisfies MessageKey),
			v.description(
				'The slug of the officer’s city, such as rajkot. Required for mentors and city members.'
			)
		)
	)
});
