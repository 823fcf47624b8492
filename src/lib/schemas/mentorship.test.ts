import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { issuesByField } from './practice';
import {
	decisionSchema,
	mentorshipRequestSchema,
	NEED_MAX,
	requestFromForm,
	statusChangeSchema,
	topicsSchema
} from './mentorship';

const valid = {
	mentee_city: 'sagar',
	mentor_id: '2d9e0c55-1f0a-4a8e-b9b4-7c1d6e5f3a21',
	sectors: ['public-safety'],
	components: [],
	need: '  We want to link the cameras of shops to our ICCC.  '
};

const errorsOf = (schema: v.GenericSchema, input: unknown) => {
	const result = v.safeParse(schema, input);
	return result.success ? {} : issuesByField(result.issues);
};

describe('the request schema', () => {
	it('reads a request, trimming the need and dropping repeated topics', () => {
		const parsed = v.parse(mentorshipRequestSchema, {
			...valid,
			sectors: ['public-safety', 'public-safety'],
			components: ['cctv-surveillance']
		});
		expect(parsed).toEqual({
			...valid,
			need: 'We want to link the cameras of shops to our ICCC.',
			components: ['cctv-surveillance']
		});
	});

	it('needs a need of 20 to 8,000 characters', () => {
		expect(errorsOf(mentorshipRequestSchema, { ...valid, need: '' })).toEqual({
			need: 'form.required'
		});
		expect(errorsOf(mentorshipRequestSchema, { ...valid, need: 'Help with CCTV' })).toEqual({
			need: 'mentorship.request.needTooShort'
		});
		expect(errorsOf(mentorshipRequestSchema, { ...valid, need: 'x'.repeat(NEED_MAX + 1) })).toEqual(
			{ need: 'mentorship.request.needTooLong' }
		);
		// Counted after trimming: spaces do not make a need.
		expect(errorsOf(mentorshipRequestSchema, { ...valid, need: `${' '.repeat(30)}short` })).toEqual(
			{ need: 'mentorship.request.needTooShort' }
		);
	});

	it('needs at least one topic, said beside the sectors even when other fields are wrong too', () => {
		expect(
			errorsOf(mentorshipRequestSchema, { ...valid, sectors: [], components: [], need: '' })
		).toEqual({ need: 'form.required', sectors: 'mentorship.request.topicsRequired' });
		expect(
			errorsOf(mentorshipRequestSchema, { ...valid, sectors: [], components: ['gis'] })
		).toEqual({});
	});

	it('needs a mentor by id and topics as slugs', () => {
		expect(errorsOf(mentorshipRequestSchema, { ...valid, mentor_id: 'rajkot' })).toEqual({
			mentor_id: 'mentorship.request.mentorRequired'
		});
		expect(errorsOf(mentorshipRequestSchema, { ...valid, mentor_id: '' })).toEqual({
			mentor_id: 'mentorship.request.mentorRequired'
		});
		expect(errorsOf(mentorshipRequestSchema, { ...valid, sectors: ['Public Safety'] })).toEqual({
			'sectors.0': 'form.invalid'
		});
		expect(errorsOf(mentorshipRequestSchema, { ...valid, mentee_city: undefined })).toEqual({
			mentee_city: 'form.required'
		});
	});

	it('reads the form: topics are checkboxes', () => {
		const form = new FormData();
		form.append('need', valid.need);
		form.append('mentor_id', valid.mentor_id);
		form.append('sectors', 'public-safety');
		form.append('components', 'gis');
		form.append('components', 'cctv-surveillance');
		expect(requestFromForm(form)).toEqual({
			mentee_city: '',
			mentor_id: valid.mentor_id,
			sectors: ['public-safety'],
			components: ['gis', 'cctv-surveillance'],
			need: valid.need
		});
	});

	it('reads topics alone for the suggestions', () => {
		expect(v.parse(topicsSchema, { sectors: [], components: ['gis'] })).toEqual({
			sectors: [],
			components: ['gis']
		});
		expect(errorsOf(topicsSchema, {})).toEqual({ sectors: 'mentorship.request.topicsRequired' });
	});
});

describe('the decision schema', () => {
	it('accepts with or without a reason', () => {
		expect(v.parse(decisionSchema, { decision: 'accept' })).toEqual({
			decision: 'accept',
			reason: ''
		});
		expect(v.parse(decisionSchema, { decision: 'accept', reason: null })).toEqual({
			decision: 'accept',
			reason: ''
		});
	});

	it('needs a reason to decline, and a choice', () => {
		expect(errorsOf(decisionSchema, { decision: 'decline', reason: '   ' })).toEqual({
			reason: 'mentorship.decision.reasonRequired'
		});
		expect(v.parse(decisionSchema, { decision: 'decline', reason: ' Busy ' })).toEqual({
			decision: 'decline',
			reason: 'Busy'
		});
		expect(errorsOf(decisionSchema, { decision: 'maybe' })).toEqual({
			decision: 'mentorship.decision.choose'
		});
		expect(errorsOf(decisionSchema, { decision: 'accept', reason: 'x'.repeat(2001) })).toEqual({
			reason: 'form.tooLong'
		});
	});
});

describe('the status change schema', () => {
	it('knows the moves and keeps notes short', () => {
		expect(v.parse(statusChangeSchema, { move: 'withdraw' })).toEqual({
			move: 'withdraw',
			note: '',
			closing_summary: ''
		});
		expect(errorsOf(statusChangeSchema, { move: 'accept' })).toEqual({
			move: 'mentorship.status.moveRequired'
		});
		expect(errorsOf(statusChangeSchema, { move: 'pause', note: 'x'.repeat(2001) })).toEqual({
			note: 'form.tooLong'
		});
	});
});
