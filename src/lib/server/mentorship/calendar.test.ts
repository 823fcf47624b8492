import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n';
import { parseIstDateTime } from '$lib/time';
import { markdownToPlainText } from '../markdown-plain-text';
import { calendarFeed, feedWindowStart, sessionCalendar, sessionUid } from './calendar';
import { feedUrl, hashFeedToken, isFeedToken, newFeedToken, webcalUrl } from './feed-tokens';
import type { CalendarOptions, CalendarSession } from './calendar';

const origin = 'https://citysetu.example';
const now = new Date('2026-11-20T06:00:00Z');
const options: CalendarOptions = { origin, locale: 'en', now };

const session: CalendarSession = {
	id: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
	mentorshipId: 'a0b1c2d3-e4f5-4a6b-8c7d-0e1f2a3b4c5d',
	title: 'ICCC dashboard review',
	// 15:30 in India is 10:00 UTC.
	startsAt: parseIstDateTime('2026-12-03T15:30')!,
	durationMinutes: 90,
	mode: 'online',
	location: null,
	meetingUrl: 'https://meet.example/abc-defg-hij',
	agendaMarkdown: [
		'## Goals',
		'',
		'1. Review the **ICCC** dashboard',
		'2. Read [the playbook](https://citysetu.example/practices/rajkot-iccc) _together_',
		'',
		'<b>Raw</b> HTML <script>alert(1)</script>stays out.'
	].join('\n'),
	status: 'scheduled',
	sequence: 3,
	updatedAt: '2026-11-19T12:00:00Z',
	mentorCity: 'Rajkot',
	menteeCity: 'Sagar',
	attendees: [
		{ name: 'Asha Patel', designation: 'Director IT', email: 'asha@rajkot.example' },
		{ name: 'Guest Officer', designation: null }
	] as CalendarSession['attendees']
};

/** The calendar, its events and the raw file, parsed back with ical.js. */
function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
	return { calendar, events, event: events[0] };
}

/** Every content line is at most 75 octets and ends in CRLF, the last one included. */
function expectFolded(text: string) {
	expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
	const lines = text.slice(0, -2).split('\r\n');
	for (const line of lines) {
		expect(line).not.toMatch(/[\r\n]/);
		expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
	}
}

describe('sessionCalendar', () => {
	it('keeps the UID through edits and writes the given SEQUENCE', () => {
		const first = parse(sessionCalendar(session, options)).event;
		const edited = parse(
			sessionCalendar({ ...session, title: 'Dashboard review, moved', sequence: 4 }, options)
		).event;
		expect(first.uid).toBe(`session-${session.id}@citysetu.example`);
		expect(edited.uid).toBe(first.uid);
		expect(first.sequence).toBe(3);
		expect(edited.sequence).toBe(4);
		expect(edited.summary).toBe('Dashboard review, moved · Rajkot with Sagar');
		const other = { ...session, id: '00000000-0000-4000-8000-000000000001' };
		expect(parse(sessionCalendar(other, options)).event.uid).not.toBe(first.uid);
	});

	it('starts at the UTC instant of the IST time and lasts the duration', () => {
		const text = sessionCalendar(session, options);
		const { event } = parse(text);
		expect(text).toContain('\r\nDTSTART:20261203T100000Z\r\n');
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T10:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-03T11:30:00.000Z');
		expect(event.duration.toSeconds()).toBe(90 * 60);
		const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.toJSDate().toISOString()).toBe(now.toISOString());
		const modified = event.component.getFirstPropertyValue('last-modified') as ICAL.Time;
		expect(modified.toJSDate().toISOString()).toBe('2026-11-19T12:00:00.000Z');
	});

	it('describes the session in plain text: agenda, meeting link, people, the way back', () => {
		const { event } = parse(sessionCalendar(session, options));
		const description = event.description;
		expect(description).toContain('1. Review the ICCC dashboard');
		expect(description).toContain(
			'2. Read the playbook (https://citysetu.example/practices/rajkot-iccc) together'
		);
		expect(description).toContain('Raw HTML stays out.');
		expect(description).not.toContain('**');
		expect(description).not.toContain('<');
		expect(description).not.toContain('alert');
		expect(description).toContain('Meeting link: https://meet.example/abc-defg-hij');
		expect(description).toContain('When: 3 Dec 2026, 3:30');
		expect(description).toContain('Participants: Asha Patel (Director IT), Guest Officer');
		expect(description).toContain(
			`On CitySetu: ${origin}/mentorships/a0b1c2d3-e4f5-4a6b-8c7d-0e1f2a3b4c5d`
		);
	});

	it('links back to the mentorship and puts the meeting link or the place in LOCATION', () => {
		const online = parse(sessionCalendar(session, options)).event;
		expect(online.component.getFirstPropertyValue('url')).toBe(
			`${origin}/mentorships/${session.mentorshipId}`
		);
		expect(online.location).toBe('https://meet.example/abc-defg-hij');
		const visit = parse(
			sessionCalendar(
				{ ...session, mode: 'site_visit', meetingUrl: null, location: 'ICCC, Sagar; floor 2' },
				options
			)
		).event;
		expect(visit.location).toBe('ICCC, Sagar; floor 2');
		expect(visit.description).toContain('Mode: Site visit');
		expect(visit.description).not.toContain('Meeting link');
	});

	it('leaves out a meeting link that is not https', () => {
		for (const meetingUrl of ['javascript:alert(1)', 'http://meet.example/x', 'not a url']) {
			const { event } = parse(sessionCalendar({ ...session, meetingUrl }, options));
			expect(event.description).not.toContain('Meeting link');
			expect(event.component.hasProperty('location')).toBe(false);
		}
	});

	it('marks a cancelled session cancelled, under the same UID', () => {
		const scheduled = parse(sessionCalendar(session, options)).event;
		const text = sessionCalendar({ ...session, status: 'cancelled', sequence: 4 }, options);
		const { event } = parse(text);
		expect(scheduled.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(event.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
		expect(event.uid).toBe(scheduled.uid);
		expect(event.sequence).toBe(4);
		expect(event.summary).toBe('Cancelled: ICCC dashboard review · Rajkot with Sagar');
		expect(event.description.startsWith('This session has been cancelled.')).toBe(true);
	});

	it('is a published file of one event, named for CitySetu, with no attendees or e-mail', () => {
		const text = sessionCalendar(session, options);
		const { calendar, events } = parse(text);
		expect(events).toHaveLength(1);
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//CitySetu//Mentorship sessions//EN');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		// A name would make Outlook open the file as a calendar of its own.
		expect(calendar.hasProperty('x-wr-calname')).toBe(false);
		expect(events[0].component.hasProperty('attendee')).toBe(false);
		expect(text).not.toContain('asha@rajkot.example');
	});

	it('folds long lines at 75 octets with CRLF, also in Hindi, and unfolds to the same text', () => {
		const title = 'स्मार्ट सिटी कमांड सेंटर की समीक्षा और नागरिक सेवाओं के डैशबोर्ड पर विस्तृत चर्चा';
		const text = sessionCalendar({ ...session, title }, { ...options, locale: 'hi' });
		expectFolded(text);
		const { event } = parse(text);
		expect(event.summary).toBe(`${title} · Rajkot और Sagar`);
		expect(event.description).toContain('मीटिंग लिंक: https://meet.example/abc-defg-hij');
		expect(event.description).toContain('भारतीय समय');
	});

	it('refuses a sequence or duration that is not a whole number, and an id that is not a uuid', () => {
		expect(() => sessionCalendar({ ...session, sequence: -1 }, options)).toThrow(RangeError);
		expect(() => sessionCalendar({ ...session, sequence: 1.5 }, options)).toThrow(RangeError);
		expect(() => sessionCalendar({ ...session, durationMinutes: 0 }, options)).toThrow(RangeError);
		expect(() => sessionCalendar({ ...session, id: 'x\r\nEND:VEVENT' }, options)).toThrow(
			TypeError
		);
	});
});

describe('calendarFeed', () => {
	const sessions = [0, 1, 2].map((n) => ({
		...session,
		id: `00000000-0000-4000-8000-00000000000${n}`,
		startsAt: new Date(Date.parse(session.startsAt) + n * 7 * 86_400_000).toISOString(),
		status: n === 2 ? ('cancelled' as const) : ('scheduled' as const)
	}));

	it('holds every session as an event, refreshed hourly', () => {
		const text = calendarFeed(sessions, options);
		expectFolded(text);
		const { calendar, events } = parse(text);
		expect(events).toHaveLength(3);
		expect(events.map((event) => event.uid)).toEqual(
			sessions.map((s) => `session-${s.id}@citysetu.example`)
		);
		expect(events[1].startDate.toJSDate().toISOString()).toBe('2026-12-10T10:00:00.000Z');
		expect(events[2].component.getFirstPropertyValue('status')).toBe('CANCELLED');
		const refresh = calendar.getFirstProperty('refresh-interval')!;
		expect(refresh.type).toBe('duration');
		expect(String(refresh.getFirstValue())).toBe('PT1H');
		expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
		expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
	});

	it('is named in the reader’s language', () => {
		for (const locale of ['en', 'hi'] as const) {
			const { calendar } = parse(calendarFeed(sessions, { ...options, locale }));
			expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
				translate(locale, 'calendar.feedName')
			);
			// ical.js leaves the value of an X- property escaped; its type is TEXT (RFC 5545 §3.8.8.2).
			expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toBe(
				translate(locale, 'calendar.feedDescription').replace(/[\\;,]/g, '\\$&')
			);
		}
	});

	it('is a valid calendar with no sessions at all', () => {
		const { calendar, events } = parse(calendarFeed([], options));
		expect(events).toHaveLength(0);
		expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
	});
});

describe('feedWindowStart', () => {
	it('is 90 days before now', () => {
		expect(feedWindowStart(new Date('2026-12-03T10:00:00Z')).toISOString()).toBe(
			'2026-09-04T10:00:00.000Z'
		);
	});
});

describe('feed tokens', () => {
	it('are 160 random bits after a prefix, different every time', () => {
		const tokens = new Set(Array.from({ length: 100 }, newFeedToken));
		expect(tokens.size).toBe(100);
		for (const token of tokens) {
			expect(token).toMatch(/^cscal_[a-z2-7]{32}$/);
			expect(isFeedToken(token)).toBe(true);
		}
	});

	it('are told from other strings by their shape', () => {
		for (const value of ['', 'cscal_', `cs_${'a'.repeat(32)}`, `cscal_${'a'.repeat(31)}1`]) {
			expect(isFeedToken(value), value).toBe(false);
		}
	});

	it('are stored as their SHA-256 only', () => {
		expect(hashFeedToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('make webcal:// and https:// feed addresses from the public origin', () => {
		const token = `cscal_${'b'.repeat(32)}`;
		expect(webcalUrl('https://citysetu.example', token)).toBe(
			`webcal://citysetu.example/api/v1/calendar/${token}.ics`
		);
		expect(webcalUrl('http://localhost:3000', token)).toBe(
			`webcal://localhost:3000/api/v1/calendar/${token}.ics`
		);
		expect(feedUrl('https://citysetu.example', token)).toBe(
			`https://citysetu.example/api/v1/calendar/${token}.ics`
		);
		expect(() => webcalUrl(origin, '../../admin')).toThrow(TypeError);
	});
});

describe('sessionUid', () => {
	it('uses the host of the public origin without its port', () => {
		expect(sessionUid(session.id.toUpperCase(), 'http://localhost:3000')).toBe(
			`session-${session.id}@localhost`
		);
	});
});

describe('markdownToPlainText', () => {
	it('keeps the shape of lists, headings, tables and code without their markup', () => {
		const markdown = [
			'# Plan',
			'',
			'3. Third',
			'4. Fourth',
			'   - nested *item*',
			'   - [ ] open task',
			'',
			'| City | Zone |',
			'|---|---|',
			'| Rajkot | Western |',
			'',
			'```',
			'if (a < b) go();',
			'```',
			'',
			'> Quoted &amp; kept',
			'',
			'---',
			'',
			'Line one  ',
			'line two, mail <sagar@example.in>'
		].join('\n');
		expect(markdownToPlainText(markdown)).toBe(
			[
				'Plan',
				'',
				'3. Third',
				'4. Fourth',
				'   • nested item',
				'   • ☐ open task',
				'',
				'City | Zone',
				'Rajkot | Western',
				'',
				'if (a < b) go();',
				'',
				'Quoted & kept',
				'',
				'———',
				'',
				'Line one',
				'line two, mail sagar@example.in'
			].join('\n')
		);
	});

	it('drops unsafe links and scripts but keeps their words', () => {
		expect(
			markdownToPlainText(
				'[click](javascript:alert(1)) <img src=x onerror=alert(1)> <script>x</script>ok'
			)
		).toBe('click ok');
	});
});
