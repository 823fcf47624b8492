import { fail } from '@sveltejs/kit';
import {
	apiTokenDays,
	apiTokenSchema,
	changePasswordSchema,
	echo,
	parseForm,
	profileSchema
} from '$lib/schemas/forms';
import { fieldError } from '$lib/schemas/forms';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/accounts/api-tokens';
import { changePassword, updateProfile } from '$lib/server/accounts/profile';
import { checkPasswordPolicy } from '$lib/server/auth/password';
import { requireUser } from '$lib/server/auth/guards';
import { endOtherSessions, endSession, listSessions } from '$lib/server/auth/session';
import { config } from '$lib/server/env';
import { createFeed, currentFeed, feedLinks, revokeFeeds } from '$lib/server/mentorship/feeds';
import {
	getNotificationSettings,
	notificationSettingsSchema,
	saveNotificationSettings
} from '$lib/server/mentorship/notification-settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = await requireUser();
	const [sessions, tokens, feed, notifications] = await Promise.all([
		listSessions(user),
		listApiTokens(user),
		currentFeed(user),
		getNotificationSettings(user)
	]);
	return {
		profile: {
			name: user.name,
			designation: user.designation,
			email: user.email,
			role: user.role,
			city: user.city
		},
		sessions: sessions.map((s) => ({ ...s, current: s.id === locals.session?.id })),
		tokens,
		tokenDays: apiTokenDays,
		feed,
		notifications
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
		const values = echo(form, 'name', 'scope', 'days');
		const parsed = parseForm(apiTokenSchema, form);
		if (!parsed.ok) return fail(400, { token: { values, errors: parsed.errors } });
		const result = await createApiToken(user, {
			name: parsed.data.name,
			scope: parsed.data.scope,
			days: parsed.data.days,
			currentPassword: parsed.data.current
		});
		if (result.kind === 'wrong_password') {
			return fail(400, {
				token: { values, errors: fieldError('current', 'account.currentWrong') }
			});
		}
		if (result.kind === 'too_many') {
			return fail(409, { token: { values, errors: fieldError('form', 'account.tokenTooMany') } });
		}
		return { token: { created: result.token, name: parsed.data.name } };
	},
	revokeToken: async ({ request }) => {
		const user = await requireUser();
		const id = String((await request.formData()).get('id') ?? '');
		await revokeApiToken(user, id);
		return { token: { revoked: true } };
	},
	/** A new calendar feed (replacing any earlier one); its address is shown this once. */
	createFeed: async ({ url }) => {
		const user = await requireUser();
		const token = await createFeed(user);
		return { feed: { created: feedLinks(config.publicOrigin ?? url.origin, token) } };
	},
	revokeFeed: async () => {
		const user = await requireUser();
		await revokeFeeds(user);
		return { feed: { revoked: true } };
	},
	/** Which scheduled mail the user wants. */
	notifications: async ({ request }) => {
		const user = await requireUser();
		const parsed = parseForm(notificationSettingsSchema, await request.formData());
		// Checkboxes cannot be invalid: only a hand-made post fails here.
		if (!parsed.ok) return fail(400, { notifications: { errors: parsed.errors } });
		await saveNotificationSettings(user, parsed.data);
		return { notifications: { saved: true } };
	}
};
