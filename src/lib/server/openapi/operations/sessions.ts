// The sessions and action items of a mentorship in the JSON API: what they answer, with examples,
// and the operations. GET /api/v1/mentorships/{id} (the mentorships area) adds goals, sessions
// and action items in these same shapes, so it can use the schemas exported here.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { actionInputSchema, actionPatchSchema, actionStatuses } from '$lib/schemas/action-item';
import { goalStatuses } from '$lib/schemas/goal';
import {
	sessionInputSchema,
	sessionModes,
	sessionPatchSchema,
	sessionStatuses
} from '$lib/schemas/session';
import type { Answer, Operation } from '../answers';
import { forbidden, invalid, unauthorized, unsupported } from '../answers';
import * as out from '../schemas';

const id = v.pipe(v.string(), v.uuid());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const timestamp = v.pipe(v.string(), v.description('An ISO 8601 timestamp with its offset.'));
const personRef = v.strictObject({
	id,
	name: v.pipe(v.nullable(v.string()), v.description('Null for someone the caller may not see.'))
});

export const sessionOutSchema = v.pipe(
	v.strictObject({
		id,
		mentorship_id: id,
		title: v.string(),
		starts_at: v.pipe(v.string(), v.description('The start, in UTC (ISO 8601).')),
		duration_minutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(1440)),
		mode: v.picklist(sessionModes),
		location: v.nullable(v.string()),
		meeting_url: v.pipe(v.nullable(v.string()), v.description('An https link to join.')),
		agenda: v.pipe(v.string(), v.description('Markdown.')),
		notes: v.pipe(v.string(), v.description('Markdown: what was discussed.')),
		status: v.picklist(sessionStatuses),
		version: v.pipe(v.number(), v.integer(), v.minValue(1), v.description('For PATCH.')),
		sequence: v.pipe(count, v.description("The calendar's SEQUENCE: rises with every change.")),
		attendees: v.array(personRef),
		guests: v.array(v.strictObject({ name: v.string(), designation: v.nullable(v.string()) })),
		ics_url: v.pipe(v.string(), v.description('The session as an RFC 5545 calendar file.')),
		created_at: timestamp,
		updated_at: timestamp
	}),
	v.title('Session')
);

export const actionItemOutSchema = v.pipe(
	v.strictObject({
		id,
		mentorship_id: id,
		session_id: v.nullable(id),
		title: v.string(),
		owner: personRef,
		due_on: v.pipe(v.string(), v.isoDate()),
		status: v.picklist(actionStatuses),
		overdue_days: v.pipe(
			count,
			v.description('Days past its due date (in India) while open; 0 otherwise.')
		),
		closing_comment: v.nullable(v.string()),
		closed_at: v.nullable(timestamp),
		version: v.pipe(v.number(), v.integer(), v.minValue(1)),
		created_at: timestamp,
		updated_at: timestamp
	}),
	v.title('ActionItem')
);

export const goalOutSchema = v.pipe(
	v.strictObject({
		id,
		text: v.string(),
		status: v.picklist(goalStatuses),
		practices: v.array(
			v.strictObject({ slug: v.string(), title: v.string(), language: v.string() })
		),
		created_at: timestamp,
		updated_at: timestamp
	}),
	v.title('Goal')
);

const conflictOf = (current: v.GenericSchema, what: string) =>
	v.pipe(
		v.strictObject({ error: out.errorCodeSchema, message: v.string(), current }),
		v.description(`Someone saved first: the ${what} as it is now. Nothing was overwritten.`)
	);

// Examples -----------------------------------------------------------------------------------------

const mentorshipId = '3f2b8c1e-6a4d-4e2f-9b1c-7d5e4a3b2c10';
const sessionId = '8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const rajkotMentor = { id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'Demo Mentor, Rajkot' };
const sagarMember = { id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'Demo City Member, Sagar' };

const sessionInput = {
	title: 'Camera linking plan',
	starts_at: '2026-12-03T15:30:00+05:30',
	duration_minutes: 60,
	mode: 'online',
	location: null,
	meeting_url: 'https://meet.example.org/rajkot-sagar',
	agenda: '1. How Rajkot lists cameras by category\n2. Next steps',
	attendees: [rajkotMentor.id, sagarMember.id],
	guests: [{ name: 'A. Consultant', designation: 'GIS consultant' }]
};

const session = {
	id: sessionId,
	mentorship_id: mentorshipId,
	...sessionInput,
	starts_at: '2026-12-03T10:00:00.000Z',
	notes: '',
	status: 'scheduled',
	version: 1,
	sequence: 0,
	attendees: [rajkotMentor, sagarMember],
	ics_url: `/api/v1/sessions/${sessionId}.ics`,
	created_at: '2026-11-28T09:12:00+00:00',
	updated_at: '2026-11-28T09:12:00+00:00'
};

const heldSession = {
	...session,
	status: 'held',
	notes: 'Sagar starts with hospitals and schools.',
	version: 3,
	sequence: 2
};

const actionItem = {
	id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
	mentorship_id: mentorshipId,
	session_id: sessionId,
	title: 'List the cameras of hospitals and schools',
	owner: sagarMember,
	due_on: '2026-12-10',
	status: 'open',
	overdue_days: 0,
	closing_comment: null,
	closed_at: null,
	version: 1,
	created_at: '2026-12-03T11:05:00+00:00',
	updated_at: '2026-12-03T11:05:00+00:00'
};

/** The {id} in these paths: a mentorship's, a session's or an action item's. */
const idOf = (what: string) => ({
	id: { description: `The ${what}'s id, a UUID.`, schema: id }
});

const notFoundAnswer = (what: string): Answer => ({
	description: `No ${what} has this id, or the caller may not know of it (another city's mentorship).`,
	schema: out.errorSchema,
	example: { error: 'not_found', message: `no ${what} has the id “${sessionId}”` }
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
		body: { schema: sessionInputSchema, example: sessionInput },
		responses: {
			201: {
				description: 'Scheduled. `Location` is the session in the API.',
				schema: sessionOutSchema,
				example: session,
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
			200: { description: 'The session.', schema: sessionOutSchema, example: heldSession },
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
			200: { description: 'Saved.', schema: sessionOutSchema, example: heldSession },
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
					current: heldSession
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
				title: actionItem.title,
				owner_id: sagarMember.id,
				due_on: '2026-12-10',
				session_id: sessionId
			}
		},
		responses: {
			201: {
				description: 'Added. `Location` is the action item in the API.',
				schema: actionItemOutSchema,
				example: actionItem,
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
					...actionItem,
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
					current: { ...actionItem, version: 2, due_on: '2026-12-17' }
				}
			},
			415: unsupported
		}
	}
];
