import { requireUser } from '$lib/server/auth/guards';
import { loadDashboard } from '$lib/server/mentorship/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const user = await requireUser();
	return { name: user.name, role: user.role, dashboard: await loadDashboard(user) };
};
