import { json } from '@sveltejs/kit';
import { actionPatchSchema } from '$lib/schemas/action-item';
import { badRequest, notFound } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { getActionItem, updateActionItem } from '$lib/server/mentorship/action-items';
import { listPeople } from '$lib/server/mentorship/overview';
import { conflict, notRunning, workTarget } from '$lib/server/mentorship/work-api';
import { actionItemJson } from '$lib/server/mentorship/work';
import { readJson } from '$lib/server/practice-api';
import { match as isUuid } from '../../../../../params/uuid';
import type { RequestHandler } from './$types';

const missing = (id: string) => notFound(`no action item has the id “${id.slice(0, 80)}”`);

/**
 * Changes an action item: closes it (`status` done or dropped, with a `closing_comment`),
 * reopens it, or changes its title, owner or due date. With `version`, the change is refused
 * (409) if someone saved the item since.
 */
export const PATCH: RequestHandler = async ({ params, request }) => {
	const user = await requireUser();
	const db = dbFor(user);
	const item = isUuid(params.id) ? await getActionItem(db, params.id) : null;
	if (!item) return missing(params.id);
	const target = await workTarget(user, item.mentorship_id, 'action item');
	if (!target.ok) return target.response;
	const parsed = await readJson(request, actionPatchSchema);
	if (!parsed.ok) return parsed.response;
	const { version, ...patch } = parsed.data;
	const result = await updateActionItem(user, params.id, patch, version);
	const people = () => listPeople(db, item.mentorship_id);
	switch (result.kind) {
		case 'saved':
			return json(actionItemJson(result.item, await people()));
		case 'conflict':
			return conflict(
				'action item',
				result.current.version,
				version ?? result.current.version,
				actionItemJson(result.current, await people())
			);
		case 'invalid':
			return badRequest({ [result.field]: result.message });
		case 'forbidden':
			return notRunning();
		case 'not_found':
			return missing(params.id);
	}
};
