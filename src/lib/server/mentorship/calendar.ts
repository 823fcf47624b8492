// Mentorship sessions as calendar files (RFC 5545): one session to download, and each user's
// feed of their mentorships' sessions behind a secret token. Choices, made for the clients:
// - Times are UTC (DTSTART:…Z). TZID=Asia/Kolkata would need a VTIMEZONE generator package, and
//   ical-generator writes a native Date given a TZID in the server's own zone. A UTC instant
//   is the same moment in every client; the description states the time in IST for people.
// - METHOD:PUBLISH, for the file and the feed alike. REQUEST and CANCEL are iTIP scheduling
//   messages: they need an ORGANIZER and ATTENDEEs with mail addresses, and Outlook then treats
//   the reader as invitee or organiser and offers to send replies nobody reads. A published
//   event is simply added to the calendar, or updated there when its UID is already known.
// - So no ATTENDEE (PUBLISH forbids them, RFC 5546 §3.2.1) and no ORGANIZER (a made-up no-reply
//   address would only invite replies that go nowhere): participants are named in the
//   description, never with their e-mail, since feed URLs get pasted into other services.
// - A cancelled session keeps its UID and gets STATUS:CANCELLED, its higher SEQUENCE, TRANSP
//   so it frees the slot, and "Cancelled:" before its title for clients that ignore STATUS.
// - The one-session file has no calendar name: Outlook can open a named file (X-WR-CALNAME) as
//   a calendar of its own instead of adding the event to the reader's.
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { ICalCalendar } from 'ical-generator';
import type { Enums } from '$lib/database.types';
import { translator } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import { formatSessionTime } from '$lib/time';
import { markdownToPlainText } from '../markdown-plain-text';

export type SessionMode = Enums<'session_mode'>;
export type SessionStatus = Enums<'session_status'>;

/** Someone taking part; guests have no account. Only the name and designation are written. */
export interface CalendarAttendee {
	name: string;
	designation?: string | null;
}

/** A mentorship session as its calendar entry needs it. */
export interface CalendarSession {
	id: string;
	mentorshipId: string;
	title: string;
	/** The start as an ISO instant (UTC as stored). */
	startsAt: string;
	durationMinutes: number;
	mode: SessionMode;
	/** The place, for a site visit or workshop. */
	location: string | null;
	/** An https link to the online meeting; any other scheme is left out. */
	meetingUrl: string | null;
	agendaMarkdown: string;
	status: SessionStatus;
	/** Rises with every change, so that calendars replace their copy. */
	sequence: number;
	updatedAt: string;
	mentorCity: string;
	menteeCity: string;
	attendees: readonly CalendarAttendee[];
}

export interface CalendarOptions {
	/** The configured public origin (config.publicOrigin), never the request's Host header. */
	origin: string;
	/** The reader's language, for the titles, the description and the feed's name. */
	locale: Locale;
	/** When the file is made (DTSTAMP); now unless given. */
	now?: Date;
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
/** How often a subscribed client should fetch the feed again, in seconds (PT1H). */
export const FEED_REFRESH_SECONDS = 3600;
/** The feed holds the sessions from this many days back onward. */
export const FEED_DAYS_BACK = 90;
const MINUTE_MS = 60_000;
// Google Calendar keeps about 8,192 characters of a description; the agenda gets most of them
// and the lines around it (time, place, link back) always fit in the rest.
const AGENDA_MAX_CHARS = 6000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session's UID, the same through every edit: `session-<id>@<public host>`. */
export function sessionUid(sessionId: string, origin: string): string {
	// ical-generator writes the UID as given: only a uuid may go into it.
	if (!UUID.test(sessionId)) throw new TypeError(`A session id must be a uuid: ${sessionId}`);
	return `session-${sessionId.toLowerCase()}@${new URL(origin).hostname}`;
}

/** The path of a mentorship's page, which every calendar entry links back to. */
export function mentorshipPath(mentorshipId: string): string {
	return `/mentorships/${encodeURIComponent(mentorshipId)}`;
}

/** The text of an .ics file holding one session. */
export function sessionCalendar(session: CalendarSession, options: CalendarOptions): string {
	const calendar = newCalendar();
	addSession(calendar, session, options);
	return render(calendar);
}

/** The text of a user's feed: the given sessions, named in the user's language, fetched hourly. */
export function calendarFeed(
	sessions: readonly CalendarSession[],
	options: CalendarOptions
): string {
	const t = translator(options.locale);
	// ical-generator writes the calendar's name and description without escaping them.
	const calendar = newCalendar()
		.name(escapeText(t('calendar.feedName')))
		.description(escapeText(t('calendar.feedDescription')))
		.ttl(FEED_REFRESH_SECONDS);
	const stamped = { ...options, now: options.now ?? new Date() };
	for (const session of sessions) addSession(calendar, session, stamped);
	return render(calendar);
}

/** The earliest start a feed includes: 90 days before `now`. */
export function feedWindowStart(now: Date): Date {
	return new Date(now.getTime() - FEED_DAYS_BACK * 24 * 60 * MINUTE_MS);
}

function newCalendar(): ICalCalendar {
	return ical({
		prodId: { company: 'CitySetu', product: 'Mentorship sessions', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH
	});
}

/** The calendar's text. Every content line ends in CRLF, the last too, which ical-generator omits. */
function render(calendar: ICalCalendar): string {
	return `${calendar.toString()}\r\n`;
}

function addSession(calendar: ICalCalendar, session: CalendarSession, options: CalendarOptions) {
	// These go into the file as numbers without checks of the library's own.
	if (!Number.isSafeInteger(session.sequence) || session.sequence < 0) {
		throw new RangeError(`A session's sequence must be a whole number: ${session.sequence}`);
	}
	if (!Number.isSafeInteger(session.durationMinutes) || session.durationMinutes <= 0) {
		throw new RangeError(`A session's duration must be whole minutes: ${session.durationMinutes}`);
	}
	const t = translator(options.locale);
	const start = new Date(session.startsAt);
	const cancelled = session.status === 'cancelled';
	const page = new URL(mentorshipPath(session.mentorshipId), options.origin).href;
	const meetingUrl = httpsUrl(session.meetingUrl);
	const summary = t('calendar.summary', {
		title: session.title,
		mentor: session.mentorCity,
		mentee: session.menteeCity
	});
	calendar.createEvent({
		id: sessionUid(session.id, options.origin),
		sequence: session.sequence,
		stamp: options.now ?? new Date(),
		lastModified: new Date(session.updatedAt),
		start,
		end: new Date(start.getTime() + session.durationMinutes * MINUTE_MS),
		summary: cancelled ? t('calendar.cancelled', { summary }) : summary,
		description: description(session, meetingUrl, page, options.locale),
		// Google and Outlook make a link in LOCATION clickable: an online session's place is its link.
		location: session.location?.trim() || meetingUrl,
		url: page,
		status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE
	});
}

/** The plain-text description: when, who, where, the agenda, and the way back to CitySetu. */
function description(
	session: CalendarSession,
	meetingUrl: string | null,
	page: string,
	locale: Locale
): string {
	const t = translator(locale);
	const place = session.location?.trim();
	const names = session.attendees
		.map(({ name, designation }) =>
			designation?.trim() ? `${name} (${designation.trim()})` : name
		)
		.join(', ');
	const head = [
		session.status === 'cancelled' ? t('calendar.cancelledNotice') : null,
		t('calendar.when', {
			range: formatSessionTime(locale, session.startsAt, session.durationMinutes)
		}),
		t('calendar.pairing', { mentor: session.mentorCity, mentee: session.menteeCity }),
		t('calendar.mode', { mode: t(`calendar.mode.${session.mode}`) }),
		place ? t('calendar.place', { place }) : null,
		meetingUrl ? t('calendar.meetingLink', { url: meetingUrl }) : null,
		names ? t('calendar.participants', { names }) : null
	];
	let agenda = markdownToPlainText(session.agendaMarkdown);
	if (agenda.length > AGENDA_MAX_CHARS) agenda = `${agenda.slice(0, AGENDA_MAX_CHARS).trimEnd()} …`;
	return [
		head.filter(Boolean).join('\n'),
		agenda ? `${t('calendar.agenda')}\n${agenda}` : null,
		t('calendar.onCitySetu', { url: page })
	]
		.filter(Boolean)
		.join('\n\n');
}

/** The link if it is an https URL, else null: nothing else belongs in a calendar entry. */
function httpsUrl(value: string | null): string | null {
	if (!value) return null;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** Escapes a TEXT value (RFC 5545 §3.3.11) for the properties ical-generator writes raw. */
function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}
