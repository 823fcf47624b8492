import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { translate } from '$lib/i18n';
import type { MessageKey } from '$lib/i18n';
import { actionCloseFormSchema, actionFormSchema } from '$lib/schemas/action-item';
import { checkinFormSchema, completeFormSchema, pauseFormSchema } from '$lib/schemas/checkin';
import { parseForm } from '$lib/schemas/forms';
import { typed } from '$lib/schemas/fields';
import { goalFormSchema, goalFromForm, goalUpdateFormSchema } from '$lib/schemas/goal';
import { issuesByField } from '$lib/schemas/practice';
import { cancelFormSchema, heldFormSchema } from '$lib/schemas/session';
import { mentorshipAdoptions } from '$lib/server/adoption/sections';
import { requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { dbFor } from '$lib/server/db';
import { addActionItem, updateActionItem } from '$lib/server/mentorship/action-items';
import { answerCheckin } from '$lib/server/mentorship/checkins';
import { addGoal, updateGoal } from '$lib/server/mentorship/goals';
import { insideAccess } from '$lib/server/mentorship/guard';
import { mentorshipPage, sessionView } from '$lib/server/mentorship/page';
import { changesOf, parseSessionForm } from '$lib/server/mentorship/session-form';
import { getSession, saveSession, scheduleSession } from '$lib/server/mentorship/sessions';
import { changeMentorshipStatus } from '$lib/server/mentorship/mentorships';
import type { Refusal as FlowsRefusal } from '$lib/server/mentorship/mentorships';
import type { Refusal } from '$lib/server/mentorship/write-result';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const page = await mentorshipPage(locals.user, params.id);
	if (page.kind === 'not_found') error(404, translate(locals.locale, 'error.notFound.title'));
	const adoptions = await mentorshipAdoptions(locals.user, {
		id: page.head.id,
		menteeCityId: page.head.mentee_city_id
	});
	return { page, now: Date.now(), adoptions };
};

/** The mentorship, if the user may read its private parts (404 otherwise, as for the page). */
async function target(user: SessionUser, id: string) {
	const found = await insideAccess(user, id);
	if (!found) error(404, translate('en', 'error.notFound.title'));
	return found;
}

/** The message next to the field the database refused, in the user's language. */
function refusalErrors(result: Refusal | FlowsRefusal): Record<string, MessageKey> {
	if (result.kind === 'forbidden') return { form: 'mentorship.page.forbidden' };
	const known: Record<string, [string, MessageKey]> = {
		attendees: ['attendees', 'session.attendeesInvalid'],
		status: ['form', 'session.heldFuture'],
		owner_id: ['owner_id', 'action.ownerInvalid'],
		session_id: ['session_id', 'form.invalid']
	};
	const [field, message] = known[result.field] ?? ['form', 'form.invalid'];
	return { [field]: message };
}

const notRunning = { form: 'mentorship.page.notRunning' } as const satisfies Record<
	string,
	MessageKey
>;

// Each form's failure data sits under its own name (and, where the page repeats a form, the id
// of its session, action item or goal), so one form's errors never show on another.
export const actions: Actions = {
	schedule: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const parsed = parseSessionForm(await request.formData());
		if (!parsed.ok) {
			return fail(400, { schedule: { values: parsed.values, errors: parsed.errors } });
		}
		if (!canWork) return fail(403, { schedule: { values: parsed.values, errors: notRunning } });
		const result = await scheduleSession(user, params.id, changesOf(parsed.data, null));
		if (result.kind === 'saved') return { schedule: { saved: result.session.id } };
		if (result.kind === 'not_found') error(404, translate('en', 'error.notFound.title'));
		if (result.kind === 'conflict') error(500, 'a new session cannot conflict');
		return fail(result.kind === 'forbidden' ? 403 : 400, {
			schedule: { values: parsed.values, errors: refusalErrors(result) }
		});
	},

	editSession: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const version = v.safeParse(cancelFormSchema, { version: form.get('version') ?? '' });
		const parsed = parseSessionForm(form);
		const fields = { id, values: parsed.values, version: String(form.get('version') ?? '') };
		if (!parsed.ok) return fail(400, { session: { ...fields, errors: parsed.errors } });
		if (!version.success) {
			return fail(400, { session: { ...fields, errors: { form: 'practice.versionRequired' } } });
		}
		if (!canWork) return fail(403, { session: { ...fields, errors: notRunning } });
		const current = await getSession(dbFor(user), id);
		if (!current || current.mentorship_id !== params.id) {
			error(404, translate('en', 'error.notFound.title'));
		}
		const result = await saveSession(
			user,
			id,
			version.output.version,
			changesOf(parsed.data, current)
		);
		switch (result.kind) {
			case 'saved':
				return { session: { id, saved: true } };
			case 'conflict':
				// The user's text stays in the form; the saved version is shown beside it, and
				// saving again builds on it.
				return fail(409, {
					session: {
						...fields,
						version: String(result.current.version),
						errors: { form: 'session.conflict' as const },
						conflict: sessionView(result.current)
					}
				});
			case 'not_found':
				error(404, translate('en', 'error.notFound.title'));
			// falls through never: error throws
			default:
				return fail(result.kind === 'forbidden' ? 403 : 400, {
					session: { ...fields, errors: refusalErrors(result) }
				});
		}
	},

	holdSession: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const values = typed(form, 'notes', 'version');
		const parsed = parseForm(heldFormSchema, form);
		if (!parsed.ok) return fail(400, { held: { id, values, errors: parsed.errors } });
		if (!canWork) return fail(403, { held: { id, values, errors: notRunning } });
		const result = await saveSession(user, id, parsed.data.version, {
			status: 'held',
			notes: parsed.data.notes
		});
		switch (result.kind) {
			case 'saved':
				return { held: { id, saved: true } };
			case 'conflict':
				return fail(409, {
					held: {
						id,
						values: { ...values, version: String(result.current.version) },
						errors: { form: 'session.conflict' as const },
						conflict: sessionView(result.current)
					}
				});
			case 'not_found':
				error(404, translate('en', 'error.notFound.title'));
			// falls through never: error throws
			default:
				return fail(result.kind === 'forbidden' ? 403 : 400, {
					held: { id, values, errors: refusalErrors(result) }
				});
		}
	},

	cancelSession: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const parsed = parseForm(cancelFormSchema, form);
		if (!parsed.ok) return fail(400, { cancel: { id, errors: parsed.errors } });
		if (!canWork) return fail(403, { cancel: { id, errors: notRunning } });
		const result = await saveSession(user, id, parsed.data.version, { status: 'cancelled' });
		if (result.kind === 'saved') return { cancel: { id, saved: true } };
		if (result.kind === 'not_found') error(404, translate('en', 'error.notFound.title'));
		if (result.kind === 'conflict') {
			return fail(409, { cancel: { id, errors: { form: 'session.conflictCancel' as const } } });
		}
		return fail(result.kind === 'forbidden' ? 403 : 400, {
			cancel: { id, errors: refusalErrors(result) }
		});
	},

	addAction: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const values = typed(form, 'title', 'owner_id', 'due_on', 'session_id');
		const parsed = parseForm(actionFormSchema, form);
		if (!parsed.ok) return fail(400, { action: { values, errors: parsed.errors } });
		if (!canWork) return fail(403, { action: { values, errors: notRunning } });
		const result = await addActionItem(user, params.id, parsed.data);
		if (result.kind === 'created') return { action: { saved: result.item.id } };
		return fail(result.kind === 'forbidden' ? 403 : 400, {
			action: { values, errors: refusalErrors(result) }
		});
	},

	updateAction: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const values = typed(form, 'status', 'closing_comment', 'version');
		const parsed = parseForm(actionCloseFormSchema, form);
		if (!parsed.ok) return fail(400, { actionUpdate: { id, values, errors: parsed.errors } });
		if (!canWork) return fail(403, { actionUpdate: { id, values, errors: notRunning } });
		const { version, ...patch } = parsed.data;
		const result = await updateActionItem(
			user,
			id,
			// Reopening keeps the comment the item was closed with.
			patch.status === 'open'
				? { status: 'open' }
				: { status: patch.status, closing_comment: patch.closing_comment },
			version
		);
		switch (result.kind) {
			case 'saved':
				return { actionUpdate: { id, saved: true } };
			case 'conflict':
				return fail(409, {
					actionUpdate: {
						id,
						values: { ...values, version: String(result.current.version) },
						errors: { form: 'action.conflict' as const },
						conflict: result.current
					}
				});
			case 'not_found':
				error(404, translate('en', 'error.notFound.title'));
			// falls through never: error throws
			default:
				return fail(result.kind === 'forbidden' ? 403 : 400, {
					actionUpdate: { id, values, errors: refusalErrors(result) }
				});
		}
	},

	addGoal: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const raw = goalFromForm(form);
		const values = { text: raw.text, practices: raw.practices };
		const result = v.safeParse(goalFormSchema, values);
		if (!result.success) {
			return fail(400, { goal: { values, errors: issuesByField(result.issues), unknown: [] } });
		}
		if (!canWork) return fail(403, { goal: { values, errors: notRunning, unknown: [] } });
		const saved = await addGoal(user, params.id, result.output);
		if (saved.kind === 'saved') return { goal: { saved: saved.id } };
		if (saved.kind === 'not_found') error(404, translate('en', 'error.notFound.title'));
		if (saved.kind === 'unknown_practices') {
			return fail(400, {
				goal: {
					values,
					errors: { practices: 'goal.practiceUnknown' as const },
					unknown: saved.slugs
				}
			});
		}
		return fail(saved.kind === 'forbidden' ? 403 : 400, {
			goal: { values, errors: refusalErrors(saved), unknown: [] }
		});
	},

	updateGoal: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const raw = goalFromForm(await request.formData());
		const values = { status: raw.status, practices: raw.practices };
		const result = v.safeParse(goalUpdateFormSchema, raw);
		const id = raw.id;
		if (!result.success) {
			return fail(400, {
				goalUpdate: { id, values, errors: issuesByField(result.issues), unknown: [] }
			});
		}
		if (!canWork) return fail(403, { goalUpdate: { id, values, errors: notRunning, unknown: [] } });
		const saved = await updateGoal(user, result.output);
		if (saved.kind === 'saved') return { goalUpdate: { id, saved: true } };
		if (saved.kind === 'not_found') error(404, translate('en', 'error.notFound.title'));
		if (saved.kind === 'unknown_practices') {
			return fail(400, {
				goalUpdate: {
					id,
					values,
					errors: { practices: 'goal.practiceUnknown' as const },
					unknown: saved.slugs
				}
			});
		}
		return fail(saved.kind === 'forbidden' ? 403 : 400, {
			goalUpdate: { id, values, errors: refusalErrors(saved), unknown: [] }
		});
	},

	pause: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const values = typed(form, 'status', 'note');
		const parsed = parseForm(pauseFormSchema, form);
		if (!parsed.ok) return fail(400, { pause: { values, errors: parsed.errors } });
		if (!canWork) return fail(403, { pause: { values, errors: notRunning } });
		const result = await changeMentorshipStatus(
			user,
			params.id,
			parsed.data.status === 'paused' ? 'pause' : 'resume',
			{ note: parsed.data.note }
		);
		if (result.kind === 'saved') return { pause: { saved: parsed.data.status } };
		if (result.kind === 'not_found') error(404, translate('en', 'error.notFound.title'));
		return fail(result.kind === 'forbidden' ? 403 : 400, {
			pause: { values, errors: refusalErrors(result) }
		});
	},

	complete: async ({ request, params }) => {
		const user = await requireUser();
		const { canWork } = await target(user, params.id);
		const form = await request.formData();
		const values = typed(form, 'closing_summary');
		const parsed = parseForm(completeFormSchema, form);
		if (!parsed.ok) return fail(400, { complete: { values, errors: parsed.errors } });
		if (!canWork) return fail(403, { complete: { values, errors: notRunning } });
		const result = await changeMentorshipStatus(user, params.id, 'complete', {
			closingSummary: parsed.data.closing_summary
		});
		if (result.kind === 'saved') return { complete: { saved: true } };
		if (result.kind === 'not_found') error(404, translate('en', 'error.notFound.title'));
		return fail(result.kind === 'forbidden' ? 403 : 400, {
			complete: { values, errors: refusalErrors(result) }
		});
	},

	checkin: async ({ request, params }) => {
		const user = await requireUser();
		const { head } = await target(user, params.id);
		const form = await request.formData();
		const values = typed(form, 'stage', 'rating', 'worked', 'did_not_work');
		const stage = values.stage ?? '';
		const parsed = parseForm(checkinFormSchema, form);
		if (!parsed.ok) return fail(400, { checkin: { stage, values, errors: parsed.errors } });
		const result = await answerCheckin(user, head, parsed.data);
		if (result.kind === 'saved') return { checkin: { stage, saved: true } };
		if (result.kind === 'answered') {
			return fail(409, {
				checkin: { stage, values, errors: { form: 'checkin.answered' as const } }
			});
		}
		return fail(result.kind === 'forbidden' ? 403 : 400, {
			checkin: { stage, values, errors: refusalErrors(result) }
		});
	}
};
