import { json } from '@sveltejs/kit';
import { actionInputSchema } from '$lib/schemas/action-item';
import { badRequest } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { addActionItem } from '$lib/server/mentorship/action-items';
import { listPeople } from '$lib/server/mentorship/overview';
import { notRunning, workTarget } from '$lib/server/mentorship/work-api';
import { actionItemJson } from '$lib/server/mentorship/work';
import { readJson } from '$lib/server/practice-api';
import type { RequestHandler } from './$types';

/** Adds an action item to a running mentorship, owned by an officer of either city. */
export const POST: RequestHandler = async ({ params, request, url }) => {
	const user = await requireUser();
	const target = await workTarget(user, params.id);
	if (!target.ok) return target.response;
	const parsed = await readJson(request, actionInputSchema);
	if (!parsed.ok) return parsed.response;
	const result = await addActionItem(user, params.id, parsed.data);
	switch (result.kind) {
		case 'created':
			return json(actionItemJson(result.item, await listPeople(dbFor(user), params.id)), {
				status: 201,
				headers: { location: `${url.origin}/api/v1/action-items/${result.item.id}` }
			});
		case 'invalid':
			return badRequest({ [result.field]: result.message });
		case 'forbidden':
			return notRunning();
	}
};
