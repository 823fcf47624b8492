import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { invitationInputSchema } from '$lib/schemas/invitation';
import { inviteNewOfficer } from '$lib/server/accounts/invitations';
import { apiError, badRequest } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { cityChoices } from '$lib/server/cities';
import { readJson } from '$lib/server/practice-api';
import type { RequestHandler } from './$types';

const conflicts = {
	account: 'This email already has an account.',
	pending:
		'This email already has an open invitation: send it again or withdraw it on /admin/users.'
};

/** Invites an officer (admins only). Never replaces an open invitation: that is a 409. */
export const POST: RequestHandler = async ({ request }) => {
	const admin = await requireUser('mission_admin');
	const parsed = await readJson(request, invitationInputSchema);
	if (!parsed.ok) return parsed.response;
	const { email, role, city } = parsed.data;
	let cityId: string | null = null;
	if (city) {
		cityId = (await cityChoices()).find((c) => c.slug === city)?.id ?? null;
		if (!cityId) return badRequest({ city: translate('en', 'admin.users.bulk.problem.city') });
	} else if (role !== 'mission_admin') {
		return badRequest({ city: translate('en', 'admin.users.cityRequired') });
	}
	const result = await inviteNewOfficer(admin, { email, role, cityId });
	if (result.kind === 'exists') return apiError(409, conflicts[result.reason]);
	return json(
		{ id: result.id, url: result.link, expires_at: result.expiresAt },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
};
