import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { indiaDay } from '$lib/schemas/adoption';
import { issuesByField } from '$lib/schemas/practice';
import { parseQuery } from '$lib/schemas/query';
import { adoptionBodySchema, apiListQuerySchema, fieldErrors, stageBodySchema } from './api';

const fieldsOf = (schema: v.GenericSchema, body: unknown) => {
	const result = v.safeParse(schema, body);
	return result.success ? {} : issuesByField(result.issues);
};

describe('the body of POST /api/v1/adoptions', () => {
	it('takes the evidence nested and gives the domain its flat step, dated today if not', () => {
		const parsed = v.parse(adoptionBodySchema, {
			practice: 'Thane-Memorandum',
			stage: 'exploring',
			evidence: {
				text: 'Study visit',
				links: ['https://example.org/a'],
				figures: [{ label: 'Visits', value: 1, unit: '' }]
			}
		});
		expect(parsed).toEqual({
			practice: 'thane-memorandum',
			mentorship: null,
			evidence_public: false,
			stage: 'exploring',
			on: indiaDay(),
			text: 'Study visit',
			links: ['https://example.org/a'],
			figures: [{ label: 'Visits', value: 1, unit: '' }],
			reason: ''
		});
		expect(v.parse(adoptionBodySchema, { practice: 'p', stage: 'planning' })).toMatchObject({
			text: '',
			links: [],
			figures: []
		});
	});

	it('names each wrong field by its place in the body, unknown fields too', () => {
		expect(
			fieldsOf(adoptionBodySchema, {
				practice: 'p',
				stage: 'dropped',
				on: '2999-01-01',
				evidence: { links: ['http://example.org'], figures: [{ label: 'x', value: 'many' }] },
				evidences: {}
			})
		).toEqual({
			evidences: 'form.invalid',
			on: 'adoption.error.dateFuture',
			'evidence.links': 'adoption.error.linkHttps',
			'evidence.figures.0.value': 'adoption.error.number',
			// Shown beside the rest: dropping says why.
			reason: 'adoption.error.reasonRequired'
		});
		expect(fieldsOf(adoptionBodySchema, { practice: 'p', stage: 'dropped' })).toEqual({
			reason: 'adoption.error.reasonRequired'
		});
		expect(fieldsOf(adoptionBodySchema, { practice: 'p', stage: 'finished' })).toEqual({
			stage: 'adoption.error.stageRequired'
		});
	});
});

describe('the body of POST /api/v1/adoptions/{id}/stages', () => {
	it('separates the version the change starts from, if given', () => {
		expect(v.parse(stageBodySchema, { stage: 'piloting', on: '2026-01-05', version: 3 })).toEqual({
			version: 3,
			input: { stage: 'piloting', on: '2026-01-05', text: '', links: [], figures: [], reason: '' }
		});
		expect(v.parse(stageBodySchema, { stage: 'piloting' }).version).toBeNull();
		expect(fieldsOf(stageBodySchema, { stage: 'piloting', version: 0 })).toEqual({
			version: 'form.invalid'
		});
	});
});

describe('the list query', () => {
	it('refuses an unknown parameter, city, stage or page size by name', () => {
		const result = parseQuery(
			apiListQuerySchema(['bilaspur', 'thane']),
			new URLSearchParams('city=Atlantis&stage=done&per_page=51&colour=red')
		);
		expect(result.ok).toBe(false);
		expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual([
			'city',
			'colour',
			'per_page',
			'stage'
		]);
		const good = parseQuery(
			apiListQuerySchema(['bilaspur']),
			new URLSearchParams('city=Bilaspur&stage=implemented')
		);
		expect(good).toEqual({
			ok: true,
			data: { city: 'bilaspur', practice: undefined, stage: 'implemented', page: 1, per_page: 20 }
		});
	});
});

describe('field errors', () => {
	it('answer in English, naming the evidence fields as the body nests them', async () => {
		const response = fieldErrors({
			form: 'form.invalid',
			links: 'adoption.error.linkHttps',
			'figures.1.label': 'form.required',
			practice: 'adoption.error.practiceUnknown'
		});
		expect(response.status).toBe(400);
		const body = await response.json();
		expect(Object.keys(body.errors).sort()).toEqual([
			'body',
			'evidence.figures.1.label',
			'evidence.links',
			'practice'
		]);
		expect(body.errors.practice).toMatch(/published practice/);
	});
});
