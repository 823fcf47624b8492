// Mentorship sessions: the page's forms and the JSON API check them here. A form's start is a
// datetime-local value read as India Standard Time; the API's is an instant with its offset.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import { instantSchema, istDateTimeSchema } from '$lib/time';
import {
	apiText,
	formMarkdown,
	formRequired,
	formString,
	formText,
	formVersion,
	markdown,
	uuid,
	version
} from './fields';

const key = (k: MessageKey) => k;

export const sessionModes = Constants.public.Enums.session_mode;
export const sessionStatuses = Constants.public.Enums.session_status;

/** The database's limits (its check constraints), stated once for forms and the API. */
export const SESSION_LIMITS = {
	title: 200,
	location: 300,
	meetingUrl: 500,
	agenda: 8000,
	notes: 20_000,
	minMinutes: 5,
	maxMinutes: 1440,
	attendees: 60,
	guests: 20,
	guestName: 120,
	guestDesignation: 120
} as const;

/** Whether a meeting link is an https URL with a host: nothing else goes into a calendar. */
export function isHttpsUrl(value: string): boolean {
	if (!/^https:\/\/\S+$/.test(value)) return false;
	try {
		return new URL(value).hostname.length > 0;
	} catch {
		return false;
	}
}

const meetingUrl = v.pipe(
	v.string(key('session.meetingUrlHttps')),
	v.trim(),
	v.maxLength(SESSION_LIMITS.meetingUrl, key('form.tooLong')),
	v.check((s) => s === '' || isHttpsUrl(s), key('session.meetingUrlHttps'))
);

const minutes = v.pipe(
	v.number(key('session.durationRange')),
	v.integer(key('session.durationRange')),
	v.minValue(SESSION_LIMITS.minMinutes, key('session.durationRange')),
	v.maxValue(SESSION_LIMITS.maxMinutes, key('session.durationRange'))
);

const attendees = v.pipe(
	v.array(uuid, key('form.invalid')),
	v.maxLength(SESSION_LIMITS.attendees, key('form.tooLong'))
);

// The form's fields -------------------------------------------------------------------------------

const formGuest = v.object({
	name: formRequired(SESSION_LIMITS.guestName),
	designation: formText(SESSION_LIMITS.guestDesignation)
});

/** The session form: schedule or edit. */
export const sessionFormSchema = v.object({
	title: formRequired(SESSION_LIMITS.title),
	starts_at: istDateTimeSchema,
	duration_minutes: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.nonEmpty(key('form.required')),
		v.regex(/^\d{1,5}$/, key('session.durationRange')),
		v.transform(Number),
		minutes
	),
	mode: v.picklist(sessionModes, key('form.required')),
	location: formText(SESSION_LIMITS.location),
	meeting_url: v.pipe(v.optional(v.string(), ''), meetingUrl),
	agenda: formMarkdown(SESSION_LIMITS.agenda),
	attendees,
	guests: v.pipe(v.array(formGuest), v.maxLength(SESSION_LIMITS.guests, key('form.tooLong')))
});

/** Recording a session as held, with its notes. */
export const heldFormSchema = v.object({
	notes: formMarkdown(SESSION_LIMITS.notes),
	version: formVersion
});

/** Cancelling a session. */
export const cancelFormSchema = v.object({ version: formVersion });

export type SessionForm = v.InferOutput<typeof sessionFormSchema>;

/** The session form as typed, for echoing back: guests as rows, attendees as ids. */
export interface SessionFormValues {
	title: string;
	starts_at: string;
	duration_minutes: string;
	mode: string;
	location: string;
	meeting_url: string;
	agenda: string;
	attendees: string[];
	guests: { name: string; designation: string }[];
}

/**
 * Reads the session form into the schema's shape. Guests come as rows of `guest_name` and
 * `guest_designation`; rows left empty are dropped.
 */
export function sessionFromForm(form: FormData): SessionFormValues {
	const names = form.getAll('guest_name').map(String);
	const designations = form.getAll('guest_designation').map(String);
	return {
		title: formString(form, 'title'),
		starts_at: formString(form, 'starts_at'),
		duration_minutes: formString(form, 'duration_minutes'),
		mode: formString(form, 'mode'),
		location: formString(form, 'location'),
		meeting_url: formString(form, 'meeting_url'),
		agenda: formString(form, 'agenda'),
		attendees: form.getAll('attendees').map(String),
		guests: names
			.map((name, i) => ({ name, designation: designations[i] ?? '' }))
			.filter((g) => g.name.trim() !== '' || g.designation.trim() !== '')
	};
}

// The JSON API --------------------------------------------------------------------------------------

const apiGuest = v.object({
	name: apiText(1, SESSION_LIMITS.guestName),
	designation: v.optional(v.nullable(apiText(0, SESSION_LIMITS.guestDesignation)), null)
});

const apiEntries = {
	title: apiText(1, SESSION_LIMITS.title),
	starts_at: instantSchema,
	duration_minutes: v.pipe(minutes, v.description('From 5 minutes to a day (1440).')),
	mode: v.picklist(sessionModes, key('form.invalid')),
	location: v.optional(
		v.pipe(
			v.nullable(apiText(0, SESSION_LIMITS.location)),
			v.description('Where it takes place, for a site visit or workshop.')
		)
	),
	meeting_url: v.optional(
		v.pipe(
			v.nullable(meetingUrl),
			v.description('The https link to join an online session (https only).')
		)
	),
	agenda: v.optional(
		v.pipe(markdown(SESSION_LIMITS.agenda), v.description('The agenda, in Markdown.'))
	),
	attendees: v.optional(
		v.pipe(attendees, v.description('User ids of officers of the two cities.'))
	),
	guests: v.optional(
		v.pipe(
			v.array(apiGuest),
			v.maxLength(SESSION_LIMITS.guests, key('form.tooLong')),
			v.description('People without an account, by name and designation.')
		)
	)
};

/** POST /api/v1/mentorships/{id}/sessions. */
export const sessionInputSchema = v.object(apiEntries);

/** PATCH /api/v1/sessions/{id}: what changes, with the version the change starts from. */
export const sessionPatchSchema = v.object({
	...v.partial(v.object(apiEntries)).entries,
	notes: v.optional(
		v.pipe(markdown(SESSION_LIMITS.notes), v.description('What was discussed, in Markdown.'))
	),
	status: v.optional(v.picklist(sessionStatuses, key('form.invalid'))),
	version
});

export type SessionInput = v.InferOutput<typeof sessionInputSchema>;
export type SessionPatch = v.InferOutput<typeof sessionPatchSchema>;
