// The operations on a mentorship's sessions and action items in the JSON API. What they answer is
// in session-schemas.ts (GET /api/v1/mentorships/{id} adds goals, sessions and action items in
// the same shapes), their examples in session-examples.ts.
import { Constants } from '$lib/database.types';
import { actionInputSchema, actionPatchSchema } from '$lib/schemas/action-item';
import { sessionInputSchema, sessionPatchSchema } from '$lib/schemas/session';
import type { Answer, Operation } from '../answers';
import { forbidden, invalid, unauthorized, unsupported } from '../answers';
import * as out from '../schemas';
import * as example from './session-examples';
import {
	actionItemOutSchema,
	conflictOf,
	goalOutSchema,
	id,
	sessionOutSchema
} from './session-schemas';

export { actionItemOutSchema, goalOutSchema, sessionOutSchema };

/** The {id} in these paths: a mentorship's, a session's or an action item's. */
const idOf = (what: string) => ({
	id: { description: `The ${what}'s id, a UUID.`, schema: id }
});

const notFoundAnswer = (what: string): Answer => ({
	description: `No ${what} has this id, or the caller may not know of it (another city's mentorship).`,
	schema: out.errorSchema,
	example: { error: 'not_found', message: `no ${what} has the id “${example.sessionId}”` }
});

const notRunning: Answer = {
	...forbidden,
	description:
		'The caller reads the mentorship but may not change it: it is not running (active or ' +
		'paused), or the API token may only read.',
	example: {
		error: 'forbidden',
		message:
			'Only a running (active or paused) mentorship can be changed, by officers of its two cities.'
	}
};

const validation: Answer = {
	...invalid,
	example: {
		error: 'invalid_request',
		message: 'Not valid: starts_at, meeting_url.',
		errors: {
			starts_at:
				'Give a date and time with its offset, such as 2026-12-03T15:30:00+05:30 or 2026-12-03T10:00:00Z.',
			meeting_url: 'Give a secure link starting with https://'
		}
	}
};

// Operations ---------------------------------------------------------------------------------------

const statusOf = Constants.public.Enums.session_status.join(', ');

/** The operations on sessions and action items. */
export const sessionOperations = (): Operation[] => [
	{
		method: 'post',
		path: '/api/v1/mentorships/{id}/sessions',
		pathParameters: idOf('mentorship'),
		operationId: 'scheduleSession',
		tag: 'Sessions',
		summary: 'Schedule a session',
		description:
			'Either city of a running mentorship schedules a session. `starts_at` carries its ' +
			'offset (`+05:30` for India). Attendees are user ids of active officers of the two ' +
			'cities; guests are people without an account. A change to a session within the next ' +
			'24 hours is also mailed to its attendees.',
		access: 'signed-in',
		body: { schema: sessionInputSchema, example: example.sessionInput },
		responses: {
			201: {
				description: 'Scheduled. `Location` is the session in the API.',
				schema: sessionOutSchema,
				example: example.session,
				headers: { Location: 'The new session in the API.' }
			},
			400: validation,
			401: unauthorized,
			403: notRunning,
			404: notFoundAnswer('mentorship'),
			415: unsupported
		}
	},
	{
		method: 'get',
		path: '/api/v1/sessions/{id}',
		pathParameters: idOf('session'),
		operationId: 'getSession',
		tag: 'Sessions',
		summary: 'Get a session',
		description: "For the officers of its mentorship's two cities and the admins.",
		access: 'signed-in',
		responses: {
			200: {
				description: 'The session.',
				schema: sessionOutSchema,
				example: example.heldSession
			},
			401: unauthorized,
			404: notFoundAnswer('session')
		}
	},
	{
		method: 'patch',
		path: '/api/v1/sessions/{id}',
		pathParameters: idOf('session'),
		operationId: 'updateSession',
		tag: 'Sessions',
		summary: 'Change a session',
		description:
			'Send only what changes, with the `version` the change starts from; if someone saved ' +
			'since, the answer is 409 with the session as it is now. `status` is one of ' +
			`${statusOf}: a session is recorded as held (with its \`notes\`) only once it has ` +
			'started. `attendees` and `guests`, when sent, replace the lists. Every change raises ' +
			'`version` and the calendar `sequence`.',
		access: 'signed-in',
		body: {
			schema: sessionPatchSchema,
			example: { version: 2, status: 'held', notes: 'Sagar starts with hospitals and schools.' }
		},
		responses: {
			200: { description: 'Saved.', schema: sessionOutSchema, example: example.heldSession },
			400: validation,
			401: unauthorized,
			403: notRunning,
			404: notFoundAnswer('session'),
			409: {
				description: 'Someone saved first; nothing was overwritten.',
				schema: conflictOf(sessionOutSchema, 'session'),
				example: {
					error: 'conflict',
					message: 'the session is at version 3, not 2',
					current: example.heldSession
				}
			},
			415: unsupported
		}
	},
	{
		method: 'post',
		path: '/api/v1/mentorships/{id}/action-items',
		pathParameters: idOf('mentorship'),
		operationId: 'addActionItem',
		tag: 'Sessions',
		summary: 'Add an action item',
		description:
			'Either city of a running mentorship adds an action item, owned by an active officer ' +
			'of either city, perhaps from one of its sessions.',
		access: 'signed-in',
		body: {
			schema: actionInputSchema,
			example: {
				title: example.actionItem.title,
				owner_id: example.sagarMember.id,
				due_on: '2026-12-10',
				session_id: example.sessionId
			}
		},
		responses: {
			201: {
				description: 'Added. `Location` is the action item in the API.',
				schema: actionItemOutSchema,
				example: example.actionItem,
				headers: { Location: 'The new action item in the API.' }
			},
			400: {
				...invalid,
				example: {
					error: 'invalid_request',
					message: 'Not valid: owner_id.',
					errors: { owner_id: 'the owner must be an active officer of one of the two cities' }
				}
			},
			401: unauthorized,
			403: notRunning,
			404: notFoundAnswer('mentorship'),
			415: unsupported
		}
	},
	{
		method: 'patch',
		path: '/api/v1/action-items/{id}',
		pathParameters: idOf('action item'),
		operationId: 'updateActionItem',
		tag: 'Sessions',
		summary: 'Change or close an action item',
		description:
			'Close it with `status` done or dropped and a `closing_comment`, reopen it, or change ' +
			'its title, owner or due date. With `version`, the change is refused (409) if someone ' +
			'saved the item since.',
		access: 'signed-in',
		body: {
			schema: actionPatchSchema,
			example: { status: 'done', closing_comment: 'Sent on 9 December.', version: 1 }
		},
		responses: {
			200: {
				description: 'Saved.',
				schema: actionItemOutSchema,
				example: {
					...example.actionItem,
					status: 'done',
					closing_comment: 'Sent on 9 December.',
					closed_at: '2026-12-09T06:40:00+00:00',
					version: 2
				}
			},
			400: invalid,
			401: unauthorized,
			403: notRunning,
			404: notFoundAnswer('action item'),
			409: {
				description: 'Someone saved first; nothing was overwritten.',
				schema: conflictOf(actionItemOutSchema, 'action item'),
				example: {
					error: 'conflict',
					message: 'the action item is at version 2, not 1',
					current: { ...example.actionItem, version: 2, due_on: '2026-12-17' }
				}
			},
			415: unsupported
		}
	}
];
