import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { translate } from '$lib/i18n';
import { roles } from '$lib/roles';
import { oneOf, parseQuery, positiveInt, text } from '$lib/schemas/query';
import { changeRoleSchema, echo, inviteSchema, parseForm } from '$lib/schemas/forms';
import { fieldError } from '$lib/schemas/forms';
import { requireUser } from '$lib/server/auth/guards';
import { cityChoices } from '$lib/server/cities';
import { config } from '$lib/server/env';
import {
	getInvitation,
	inviteUser,
	listOpenInvitations,
	revokeInvitation
} from '$lib/server/accounts/invitations';
import { createResetLinkForUser } from '$lib/server/accounts/password-reset';
import {
	changeUserRole,
	emailHasAccount,
	searchUsers,
	setUserStatus
} from '$lib/server/accounts/user-admin';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 25;
/** Open invitations shown: the newest, with the count of all (a bulk upload makes hundreds). */
const INVITATIONS_SHOWN = 50;

/** The account filters, checked like every query string. */
const usersQuery = (citySlugs: string[]) =>
	v.object({
		q: text(100),
		role: oneOf(roles),
		city: oneOf(citySlugs),
		status: oneOf(Constants.public.Enums.user_status),
		page: positiveInt(1)
	});

export const load: PageServerLoad = async ({ url, locals }) => {
	const admin = await requireUser('mission_admin');
	const cities = await cityChoices();
	// After a form posted without JavaScript, the URL also names the action (`/deactivate`).
	const params = new URLSearchParams(
		[...url.searchParams].filter(([name]) => !name.startsWith('/'))
	);
	const query = parseQuery(usersQuery(cities.map((c) => c.slug)), params);
	if (!query.ok) {
		const names = query.invalid.map((p) => p.field).join(', ');
		error(400, translate(locals.locale, 'admin.users.find.invalid', { names }));
	}
	const { page, ...filters } = query.data;
	const cityId = cities.find((c) => c.slug === filters.city)?.id;
	const [{ total, users }, invitations] = await Promise.all([
		searchUsers(admin, { ...filters, cityId }, { page, perPage: PER_PAGE }),
		listOpenInvitations(admin, INVITATIONS_SHOWN)
	]);
	return {
		filters,
		users,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE)),
		invitations,
		cities,
		mailConfigured: Boolean(config.smtpUrl),
		selfId: admin.id
	};
};

/** The city id for a slug, or what is wrong with the choice for that role. */
async function resolveCity(
	role: string,
	slug: string
): Promise<{ cityId: string | null } | { error: 'admin.users.cityRequired' }> {
	if (!slug) {
		return role === 'mission_admin' ? { cityId: null } : { error: 'admin.users.cityRequired' };
	}
	const city = (await cityChoices()).find((c) => c.slug === slug);
	return city ? { cityId: city.id } : { error: 'admin.users.cityRequired' };
}

export const actions: Actions = {
	invite: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const form = await request.formData();
		const values = echo(form, 'email', 'role', 'city');
		const parsed = parseForm(inviteSchema, form);
		if (!parsed.ok) return fail(400, { invite: { values, errors: parsed.errors } });
		const city = await resolveCity(parsed.data.role, parsed.data.city);
		if ('error' in city) {
			return fail(400, { invite: { values, errors: fieldError('city', city.error) } });
		}
		if (await emailHasAccount(admin, parsed.data.email)) {
			return fail(400, {
				invite: { values, errors: fieldError('email', 'admin.users.emailTaken') }
			});
		}
		const { link } = await inviteUser(admin, {
			email: parsed.data.email,
			role: parsed.data.role,
			cityId: city.cityId
		});
		return { invite: { email: parsed.data.email, link: config.smtpUrl ? null : link } };
	},
	resend: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const invitation = await getInvitation(
			admin,
			String((await request.formData()).get('id') ?? '')
		);
		if (!invitation) return fail(404, { invite: { missing: true } });
		const { link } = await inviteUser(admin, invitation);
		return { invite: { email: invitation.email, link: config.smtpUrl ? null : link } };
	},
	revoke: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		await revokeInvitation(admin, String((await request.formData()).get('id') ?? ''));
		return { revoked: true };
	},
	changeRole: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const form = await request.formData();
		const userId = String(form.get('id') ?? '');
		const parsed = parseForm(changeRoleSchema, form);
		if (!parsed.ok) return fail(400, { change: { userId, errors: parsed.errors } });
		const city = await resolveCity(parsed.data.role, parsed.data.city);
		if ('error' in city) {
			return fail(400, { change: { userId, errors: fieldError('city', city.error) } });
		}
		await changeUserRole(admin, userId, parsed.data.role, city.cityId);
		return { change: { userId, saved: true } };
	},
	deactivate: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const userId = String((await request.formData()).get('id') ?? '');
		if (userId === admin.id) {
			return fail(400, { status: { userId, error: 'admin.users.notYourself' as const } });
		}
		await setUserStatus(admin, userId, 'deactivated');
		return { status: { userId, deactivated: true } };
	},
	reactivate: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const userId = String((await request.formData()).get('id') ?? '');
		await setUserStatus(admin, userId, 'active');
		return { status: { userId, reactivated: true } };
	},
	// A link the admin hands over, shown once: for officers who cannot receive the mail.
	resetLink: async ({ request }) => {
		const admin = await requireUser('mission_admin');
		const userId = String((await request.formData()).get('id') ?? '');
		const result = await createResetLinkForUser(admin, userId);
		if (result.kind === 'refused') {
			return fail(403, { reset: { userId, error: 'admin.users.resetRefused' as const } });
		}
		return { reset: { userId, email: result.email, link: result.link } };
	}
};
