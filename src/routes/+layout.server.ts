import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	user: locals.user
		? { name: locals.user.name, role: locals.user.role, email: locals.user.email }
		: null
});
