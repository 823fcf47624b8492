// Sessions as calendar files: one session to download, and a user's personal feed. Both answer
// text/calendar (RFC 5545); their errors are the API's JSON like everywhere else.
import * as v from 'valibot';
import * as out from '../schemas';
import { invalid, unauthorized } from '../answers';
import type { Answer, Operation } from '../answers';

const ics = [
	'BEGIN:VCALENDAR',
	'VERSION:2.0',
	'PRODID:-//CitySetu//Mentorship sessions//EN',
	'METHOD:PUBLISH',
	'BEGIN:VEVENT',
	'UID:session-5b0c7c1e-2f0a-4b8e-9d4c-0c6f1d2a3b4c@citysetu.example.in',
	'SEQUENCE:2',
	'DTSTAMP:20261201T090000Z',
	'DTSTART:20261203T100000Z',
	'DTEND:20261203T113000Z',
	'SUMMARY:Emergency desk procedures · Rajkot with Sagar',
	'STATUS:CONFIRMED',
	'END:VEVENT',
	'END:VCALENDAR',
	''
].join('\r\n');

const calendarFile = (description: string, disposition: string): Answer => ({
	description,
	mediaType: 'text/calendar',
	schema: v.string(),
	example: ics,
	headers: {
		'Content-Disposition': disposition,
		'Cache-Control': '`private, no-store`: the file is private to its reader.'
	}
});

const hidden = (description: string): Answer => ({
	description,
	schema: out.errorSchema,
	example: { error: 'not_found', message: 'Nothing is here.' }
});

const noParameters: Answer = {
	...invalid,
	description: 'A query parameter was given: this endpoint takes none.'
};

export const calendarOperations = (): Operation[] => [
	{
		method: 'get',
		path: '/api/v1/sessions/{id}.ics',
		operationId: 'getSessionCalendar',
		tag: 'Sessions',
		summary: 'Download a session as an .ics file',
		description:
			'One mentorship session as an iCalendar (RFC 5545) file, times in UTC, for any calendar ' +
			'app. Its UID stays the same through every edit and its SEQUENCE rises, so importing it ' +
			'again updates the entry; a cancelled session carries `STATUS:CANCELLED`. The ' +
			'description holds the agenda as plain text and the meeting link.',
		access: 'signed-in',
		pathParameters: {
			id: { description: 'The session’s id.', schema: v.pipe(v.string(), v.uuid()) }
		},
		responses: {
			200: calendarFile(
				'The session as text/calendar.',
				'`attachment; filename="citysetu-session-<id>.ics"`'
			),
			400: noParameters,
			401: unauthorized,
			404: hidden(
				'No session has this id, or the caller may not read it (only the two cities and admins may).'
			)
		}
	},
	{
		method: 'get',
		path: '/api/v1/calendar/{token}.ics',
		operationId: 'getCalendarFeed',
		tag: 'Sessions',
		summary: 'A personal calendar feed',
		description:
			'The sessions of the feed owner’s mentorships (and those they attend) from 90 days back ' +
			'onward, for calendar apps to subscribe to (also as `webcal://`). The secret token in the ' +
			'path is the only credential: make, replace or revoke it on the account page. ' +
			'`REFRESH-INTERVAL` and `X-PUBLISHED-TTL` ask for a fetch every hour.',
		access: 'public',
		pathParameters: {
			token: {
				description: 'The feed’s secret token, as shown once on the account page.',
				schema: v.pipe(v.string(), v.regex(/^cscal_[a-z2-7]{32}$/))
			}
		},
		responses: {
			200: calendarFile('The feed as text/calendar.', '`inline; filename="citysetu-sessions.ics"`'),
			400: noParameters,
			404: hidden(
				'No feed has this token, or it was revoked (by its owner, or when the owner was transferred or deactivated).'
			)
		}
	}
];
