// What the sessions and action-items endpoints answer, as schemas the OpenAPI document shows
// (GET /api/v1/mentorships/{id} uses them too).
import * as v from 'valibot';
import { actionStatuses } from '$lib/schemas/action-item';
import { goalStatuses } from '$lib/schemas/goal';
import { sessionModes, sessionStatuses } from '$lib/schemas/session';
import * as out from '../schemas';

export const id = v.pipe(v.string(), v.uuid());
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const timestamp = v.pipe(
	v.string(),
	v.description('An ISO 8601 timestamp with its offset.')
);
export const personRef = v.strictObject({
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

export const conflictOf = (current: v.GenericSchema, what: string) =>
	v.pipe(
		v.strictObject({ error: out.errorCodeSchema, message: v.string(), current }),
		v.description(`Someone saved first: the ${what} as it is now. Nothing was overwritten.`)
	);

// Examples -----------------------------------------------------------------------------------------
