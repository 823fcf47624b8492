// What the mentorship page's session forms share: reading a form back with the text kept,
// turning a failed parse into errors next to the fields, and a session as the form shows it.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { issuesByField } from '$lib/schemas/practice';
import { sessionFormSchema, sessionFromForm } from '$lib/schemas/session';
import type { SessionForm, SessionFormValues } from '$lib/schemas/session';
import { toIstDateTimeLocal } from '$lib/time';
import type { Session, SessionChanges } from './sessions';

/** A session as its edit form shows it: its start as an IST datetime-local value. */
export function sessionValues(session: Session): SessionFormValues {
	return {
		title: session.title,
		starts_at: toIstDateTimeLocal(session.starts_at),
		duration_minutes: String(session.duration_minutes),
		mode: session.mode,
		location: session.location ?? '',
		meeting_url: session.meeting_url ?? '',
		agenda: session.agenda_markdown,
		attendees: session.attendees,
		guests: session.guests.map((g) => ({ name: g.name, designation: g.designation ?? '' }))
	};
}

export type ParsedSessionForm =
	| { ok: true; data: SessionForm; values: SessionFormValues }
	| { ok: false; errors: Record<string, MessageKey>; values: SessionFormValues };

/** Parses the schedule or edit form; the values echo exactly what was typed. */
export function parseSessionForm(form: FormData): ParsedSessionForm {
	const values = sessionFromForm(form);
	const result = v.safeParse(sessionFormSchema, values);
	if (!result.success) return { ok: false, errors: issuesByField(result.issues), values };
	return { ok: true, data: result.output, values };
}

/**
 * What a save sends: the form's fields, and its attendees only when they changed, so an
 * officer who has since moved on stays on the record of a session nobody re-invited them to.
 */
export function changesOf(data: SessionForm, current: Session | null): SessionChanges {
	const attendees = [...new Set(data.attendees)].sort();
	const sameAttendees = current !== null && attendees.join() === current.attendees.join();
	return {
		title: data.title,
		starts_at: data.starts_at,
		duration_minutes: data.duration_minutes,
		mode: data.mode,
		location: data.location || null,
		meeting_url: data.meeting_url || null,
		agenda: data.agenda,
		...(sameAttendees ? {} : { attendees }),
		guests: data.guests.map((g) => ({ name: g.name, designation: g.designation || null }))
	};
}
