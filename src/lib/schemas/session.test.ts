import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { actionCloseFormSchema, actionFormSchema, actionPatchSchema } from './action-item';
import { checkinFormSchema } from './checkin';
import { goalFormSchema, practiceSlugsFrom } from './goal';
import { issuesByField } from './practice';
import {
	isHttpsUrl,
	sessionFormSchema,
	sessionFromForm,
	sessionInputSchema,
	sessionPatchSchema
} from './session';

const errorsOf = (schema: v.GenericSchema, input: unknown) => {
	const result = v.safeParse(schema, input);
	return result.success ? {} : issuesByField(result.issues);
};

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
};

const scheduled: [string, string][] = [
	['title', 'Camera linking plan'],
	['starts_at', '2026-12-03T15:30'],
	['duration_minutes', '90'],
	['mode', 'online'],
	['location', ''],
	['meeting_url', 'https://meet.example.org/rajkot-sagar'],
	['agenda', '1. Cameras\n2. Departments'],
	['attendees', '6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f'],
	['guest_name', 'A. Consultant'],
	['guest_designation', 'GIS consultant'],
	['guest_name', ''],
	['guest_designation', '']
];

describe('the session form', () => {
	it('reads the start as India time and keeps the rest as typed', () => {
		const parsed = v.parse(sessionFormSchema, sessionFromForm(form(scheduled)));
		expect(parsed).toEqual({
			title: 'Camera linking plan',
			// 15:30 IST is 10:00 UTC.
			starts_at: '2026-12-03T10:00:00.000Z',
			duration_minutes: 90,
			mode: 'online',
			location: '',
			meeting_url: 'https://meet.example.org/rajkot-sagar',
			agenda: '1. Cameras\n2. Departments',
			attendees: ['6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f'],
			guests: [{ name: 'A. Consultant', designation: 'GIS consultant' }]
		});
	});

	it('refuses a start that does not exist, or none', () => {
		const values = sessionFromForm(form(scheduled));
		expect(errorsOf(sessionFormSchema, { ...values, starts_at: '2026-02-30T10:00' })).toEqual({
			starts_at: 'calendar.dateTimeInvalid'
		});
		expect(errorsOf(sessionFormSchema, { ...values, starts_at: '' })).toEqual({
			starts_at: 'form.required'
		});
	});

	it.each(['4', '1441', '0', '-30', '60.5', 'an hour', '99999'])(
		'refuses a duration of %j minutes',
		(duration) => {
			const values = { ...sessionFromForm(form(scheduled)), duration_minutes: duration };
			expect(errorsOf(sessionFormSchema, values)).toEqual({
				duration_minutes: 'session.durationRange'
			});
		}
	);

	it.each(['5', '1440'])('accepts the bound of %j minutes', (duration) => {
		const values = { ...sessionFromForm(form(scheduled)), duration_minutes: duration };
		expect(v.parse(sessionFormSchema, values).duration_minutes).toBe(Number(duration));
	});

	it.each([
		'http://meet.example.org/x',
		'javascript:alert(1)',
		'meet.example.org/x',
		'https://',
		'https:// meet.example.org',
		'ftp://files.example.org'
	])('refuses the meeting link %j: https only', (link) => {
		const values = { ...sessionFromForm(form(scheduled)), meeting_url: link };
		expect(errorsOf(sessionFormSchema, values)).toEqual({
			meeting_url: 'session.meetingUrlHttps'
		});
	});

	it('takes no meeting link at all, and a place instead', () => {
		const values = {
			...sessionFromForm(form(scheduled)),
			mode: 'site_visit',
			meeting_url: '',
			location: 'ICCC, Rajkot'
		};
		expect(v.parse(sessionFormSchema, values)).toMatchObject({
			meeting_url: '',
			location: 'ICCC, Rajkot'
		});
	});

	it('asks for the name of a guest given only a designation', () => {
		const values = sessionFromForm(
			form([...scheduled, ['guest_name', ''], ['guest_designation', 'Commissioner']])
		);
		expect(values.guests).toHaveLength(2);
		expect(errorsOf(sessionFormSchema, values)).toEqual({ 'guests.1.name': 'form.required' });
	});

	it('refuses an unknown mode and attendees that are not ids', () => {
		const values = {
			...sessionFromForm(form(scheduled)),
			mode: 'carrier_pigeon',
			attendees: ['someone']
		};
		expect(errorsOf(sessionFormSchema, values)).toEqual({
			mode: 'form.required',
			'attendees.0': 'form.invalid'
		});
	});
});

describe('the session API schemas', () => {
	const input = {
		title: 'Camera linking plan',
		starts_at: '2026-12-03T15:30:00+05:30',
		duration_minutes: 60,
		mode: 'online',
		location: null,
		agenda: 'Agenda'
	};

	it('take the start with its offset, as an instant', () => {
		expect(v.parse(sessionInputSchema, input).starts_at).toBe('2026-12-03T10:00:00.000Z');
		expect(
			v.parse(sessionInputSchema, { ...input, starts_at: '2026-12-03T10:00:00Z' })
		).toMatchObject({ starts_at: '2026-12-03T10:00:00.000Z' });
	});

	it('refuse a start without an offset, a wrong duration and an http link by field', () => {
		expect(
			errorsOf(sessionInputSchema, {
				...input,
				starts_at: '2026-12-03T15:30:00',
				duration_minutes: 1441,
				meeting_url: 'http://meet.example.org'
			})
		).toEqual({
			starts_at: 'calendar.instantInvalid',
			duration_minutes: 'session.durationRange',
			meeting_url: 'session.meetingUrlHttps'
		});
		expect(errorsOf(sessionInputSchema, { ...input, duration_minutes: 4 })).toEqual({
			duration_minutes: 'session.durationRange'
		});
	});

	it('patch any field, and only with a version', () => {
		expect(v.parse(sessionPatchSchema, { version: 3, notes: 'Held.', status: 'held' })).toEqual({
			version: 3,
			notes: 'Held.',
			status: 'held'
		});
		expect(errorsOf(sessionPatchSchema, { notes: 'Held.' })).toEqual({
			version: 'form.required'
		});
		expect(errorsOf(sessionPatchSchema, { version: 1, status: 'postponed' })).toEqual({
			status: 'form.invalid'
		});
	});
});

describe('isHttpsUrl', () => {
	it('accepts https links with a host only', () => {
		expect(isHttpsUrl('https://meet.example.org/abc?x=1')).toBe(true);
		expect(isHttpsUrl('HTTPS://meet.example.org')).toBe(false);
		expect(isHttpsUrl('https://exa mple.org')).toBe(false);
	});
});

describe('the action item schemas', () => {
	it('need a title, an owner and a date that exists', () => {
		expect(errorsOf(actionFormSchema, { title: '', owner_id: '', due_on: '2027-02-30' })).toEqual({
			title: 'form.required',
			owner_id: 'action.ownerRequired',
			due_on: 'action.dueInvalid'
		});
		expect(
			v.parse(actionFormSchema, {
				title: ' List cameras ',
				owner_id: '6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f',
				due_on: '2027-01-15',
				session_id: ''
			})
		).toEqual({
			title: 'List cameras',
			owner_id: '6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f',
			due_on: '2027-01-15',
			session_id: null
		});
	});

	it('close with or without the version the change starts from', () => {
		const id = '6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f';
		expect(
			v.parse(actionCloseFormSchema, { id, status: 'done', closing_comment: 'Sent.', version: '' })
		).toEqual({ id, status: 'done', closing_comment: 'Sent.', version: undefined });
		expect(v.parse(actionCloseFormSchema, { id, status: 'dropped', version: '4' }).version).toBe(4);
		expect(errorsOf(actionCloseFormSchema, { id, status: 'done', version: 'four' })).toEqual({
			version: 'practice.versionRequired'
		});
		expect(v.parse(actionPatchSchema, { status: 'done' })).toEqual({ status: 'done' });
	});
});

describe('goals', () => {
	it('link practices by slug or by the address of their page', () => {
		expect(
			practiceSlugsFrom(
				'rajkot-iccc, https://citysetu.example.in/practices/Kanpur-Safe-City?x=1\nrajkot-iccc'
			)
		).toEqual(['rajkot-iccc', 'kanpur-safe-city']);
		expect(v.parse(goalFormSchema, { text: 'Link cameras', practices: '' })).toEqual({
			text: 'Link cameras',
			practices: []
		});
		expect(errorsOf(goalFormSchema, { text: 'x', practices: 'not a/slug!' })).toEqual({
			'practices.1': 'goal.practiceUnknown'
		});
	});
});

describe('check-ins', () => {
	it('take a rating from 1 to 5', () => {
		expect(v.parse(checkinFormSchema, { stage: 'midpoint', rating: '4' })).toEqual({
			stage: 'midpoint',
			rating: 4,
			worked: '',
			did_not_work: ''
		});
		for (const rating of ['0', '6', '', '3.5']) {
			expect(errorsOf(checkinFormSchema, { stage: 'close', rating })).toEqual({
				rating: 'checkin.ratingRequired'
			});
		}
	});
});
