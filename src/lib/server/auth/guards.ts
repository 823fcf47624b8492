import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { translate } from '$lib/i18n';
import { recordEvent } from '../audit';
import type { Role } from '$lib/roles';
import type { SessionUser } from './session';

export type { Role };

/**
 * The signed-in user, or the request ends: pages send the visitor to sign in (and back), the
 * JSON API answers 401. With roles given, anyone else gets 403, and the refusal is logged.
 * Call it in every action and endpoint that needs it: layouts do not guard actions.
 */
export async function requireUser(...roles: Role[]): Promise<SessionUser> {
	const event = getRequestEvent();
	const user = event.locals.user;
	const api = event.url.pathname.startsWith('/api/');
	if (!user) {
		if (api) error(401, 'Sign in or send an API token.');
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	if (roles.length > 0 && !roles.includes(user.role)) {
		await recordEvent({
			actor: user,
			action: 'refused',
			entity: 'route',
			entityId: event.route.id,
			summary: `${event.request.method} ${event.url.pathname} needs ${roles.join(' or ')}`
		});
		error(403, api ? 'Not allowed.' : translate(event.locals.locale, 'auth.forbidden'));
	}
	return user;
}
