import { json } from '@sveltejs/kit';
import { getAdoption } from '$lib/server/adoption/adoptions';
import { adoptionNotFound, refusal, stageBodySchema } from '$lib/server/adoption/api';
import { stageJson } from '$lib/server/adoption/api-json';
import { addStep } from '$lib/server/adoption/writes';
import { requireUser } from '$lib/server/auth/guards';
import { dbFor } from '$lib/server/db';
import { forbidden, readJson } from '$lib/server/practice-api';
import { match as isUuid } from '../../../../../../params/uuid';
import type { RequestHandler } from './$types';

/**
 * Adds a stage change with its evidence, for an officer of the adopting city; with `version`,
 * only if nobody changed the adoption since (409 with `current_version` otherwise).
 */
export const POST: RequestHandler = async ({ params, request }) => {
	const user = await requireUser();
	if (!isUuid(params.id)) return adoptionNotFound();
	const parsed = await readJson(request, stageBodySchema);
	if (!parsed.ok) return parsed.response;
	const { version, input } = parsed.data;
	const result = await addStep(user, params.id, version, input);
	const db = dbFor(user);
	if (result.status === 'saved') {
		const detail = await getAdoption(db, params.id, user);
		const step = detail?.steps.find((s) => s.id === result.step);
		if (!step) throw new Error(`step ${result.step} is not readable by its own city`);
		return json({ ...stageJson(step), version: result.version }, { status: 201 });
	}
	// add_adoption_step finds only adoptions the caller may change: one it may read (the mentor
	// city's) is refused, not missing.
	if (result.status === 'not_found' && (await getAdoption(db, params.id, user))) {
		return forbidden();
	}
	return refusal(result);
};
