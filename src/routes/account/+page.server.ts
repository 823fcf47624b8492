import { fail } from '@sveltejs/kit';
import {
	apiTokenSchema,
	changePasswordSchema,
	echo,
	parseForm,
	profileSchema
} from '$lib/schemas/forms';
import { fieldError } from '$lib/schemas/forms';
import { checkPasswordPolicy } from '$lib/server/auth/password';
import { requireUser } from '$lib/server/auth/guards';
import {
	changePassword,
	createApiToken,
	endOtherSessions,
	endSession,
	listApiTokens,
	listSessions,
	revokeApiToken,
	updateProfile
} from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = await requireUser();
	const [sessions, tokens] = await Promise.all([listSessions(user), listApiTokens(user)]);
	return {
		profile: {
			name: user.name,
			designation: user.designation,
			email: user.email,
			role: user.role,
			city: user.city
		},
		sessions: sessions.map((s) => ({ ...s, current: s.id === locals.session?.id })),
		tokens
	};
};

// Each form's failure data sits under its own name, so one form's errors never show on another.
export const actions: Actions = {
	profile: async ({ request }) => {
		const user = await requireUser();
		const form = await request.formData();
		const parsed = parseForm(profileSchema, form);
		if (!parsed.ok) {
			return fail(400, {
				profile: { values: echo(form, 'name', 'designation'), errors: parsed.errors }
			});
		}
		await updateProfile(user, parsed.data);
		return { profile: { saved: true } };
	},
	password: async ({ request, locals }) => {
		const user = await requireUser();
		const form = await request.formData();
		const parsed = parseForm(changePasswordSchema, form);
		if (!parsed.ok) return fail(400, { password: { errors: parsed.errors } });
		const problem = checkPasswordPolicy(parsed.data.password, {
			email: user.email,
			name: user.name
		});
		if (problem) {
			return fail(400, { password: { errors: fieldError('password', `password.${problem}`) } });
		}
		const changed = await changePassword(
			user,
			locals.session?.id ?? '',
			parsed.data.current,
			parsed.data.password
		);
		if (!changed) {
			return fail(400, { password: { errors: fieldError('current', 'account.currentWrong') } });
		}
		return { password: { changed: true } };
	},
	endSession: async ({ request, locals }) => {
		const user = await requireUser();
		const id = String((await request.formData()).get('id') ?? '');
		if (id && id !== locals.session?.id) await endSession(user, id);
		return { sessions: { ended: true } };
	},
	endOthers: async ({ locals }) => {
		const user = await requireUser();
		await endOtherSessions(user, locals.session?.id ?? '');
		return { sessions: { endedOthers: true } };
	},
	createToken: async ({ request }) => {
		const user = await requireUser();
		const form = await request.formData();
		const parsed = parseForm(apiTokenSchema, form);
		if (!parsed.ok) {
			return fail(400, { token: { values: echo(form, 'name'), errors: parsed.errors } });
		}
		return {
			token: { created: await createApiToken(user, parsed.data.name), name: parsed.data.name }
		};
	},
	revokeToken: async ({ request }) => {
		const user = await requireUser();
		const id = String((await request.formData()).get('id') ?? '');
		await revokeApiToken(user, id);
		return { token: { revoked: true } };
	}
};
