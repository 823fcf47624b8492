import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import * as examples from '../openapi/operations/adoption-examples';
import {
	adoptionDetailSchema,
	adoptionPageSchema,
	adoptionSummarySchema,
	categoryOutSchema,
	stageSchema,
	stageWrittenSchema
} from '../openapi/operations/adoption-schemas';
import { adoptionDetailJson, adoptionJson, categoriesJson, stageJson } from './api-json';
import type { AdoptionDetail, Step } from './types';

const admin = { id: 'a0000000-0000-4000-8000-000000000001', name: 'Admin', designation: null };

const step = (over: Partial<Step>): Step => ({
	id: 'b0000000-0000-4000-8000-000000000001',
	stage: 'exploring',
	happened_on: '2026-03-01',
	evidence_markdown: 'A visit.',
	links: ['https://example.org/visit'],
	reason: null,
	figures: [{ label: 'Visits', value: 1, unit: '' }],
	author: null,
	verified: null,
	current: false,
	...over
});

const adoption: AdoptionDetail = {
	id: 'c0000000-0000-4000-8000-000000000001',
	city: { id: 'd1', slug: 'bilaspur', name: 'Bilaspur' },
	practice: {
		id: 'd2',
		slug: 'thane-mou',
		title: 'Thane MoU',
		title_en: 'Thane MoU',
		language: 'en',
		city: { slug: 'thane', name: 'Thane' }
	},
	mentorship: {
		id: 'c0000000-0000-4000-8000-000000000002',
		status: 'active',
		mentor_city: { id: 'd3', slug: 'rajkot', name: 'Rajkot' },
		mentee_city: { id: 'd1', slug: 'bilaspur', name: 'Bilaspur' }
	},
	mentorship_id: 'c0000000-0000-4000-8000-000000000002',
	stage: 'implemented',
	stage_on: '2026-06-01',
	evidence_public: true,
	is_demo: false,
	is_origin: false,
	source_url: null,
	confidence: null,
	created_at: '2026-03-01T10:00:00+00:00',
	updated_at: '2026-06-02T10:00:00+00:00',
	version: 4,
	verified_at: '2026-06-03T05:00:00+00:00',
	steps: [
		step({}),
		step({
			id: 'b0000000-0000-4000-8000-000000000002',
			stage: 'dropped',
			happened_on: '2026-04-01',
			reason: 'Budget moved.',
			figures: []
		}),
		step({
			id: 'b0000000-0000-4000-8000-000000000003',
			stage: 'implemented',
			happened_on: '2026-06-01',
			verified: { at: '2026-06-03T05:00:00+00:00', by: admin },
			current: true
		})
	],
	categories: [
		{
			id: 'e1',
			slug: 'shops',
			name: 'Shops',
			language: 'en',
			target: 200,
			unit: 'cameras',
			nodal: { user_id: null, name: 'Shri R. Verma', designation: 'ADM' },
			position: 0,
			version: 1,
			updated_at: '2026-03-01T10:00:00+00:00',
			progress: [
				{ id: 'p1', recorded_on: '2026-04-01', value: 20, note: null, created_at: 'x1' },
				{ id: 'p2', recorded_on: '2026-05-01', value: 50, note: 'Market joined.', created_at: 'x2' }
			]
		},
		{
			id: 'e2',
			slug: 'buses',
			name: 'बसें',
			language: 'hi',
			target: null,
			unit: '',
			nodal: null,
			position: 1,
			version: 1,
			updated_at: '2026-03-01T10:00:00+00:00',
			progress: []
		}
	],
	comments: [],
	people: [admin],
	canWrite: true,
	canComment: true,
	canVerify: false
};

describe('an adoption as the API answers it', () => {
	it('matches the schemas the OpenAPI document shows', () => {
		expect(v.safeParse(adoptionSummarySchema, adoptionJson(adoption)).issues).toBeUndefined();
		expect(v.safeParse(adoptionDetailSchema, adoptionDetailJson(adoption)).issues).toBeUndefined();
		const page = { total: 1, page: 1, per_page: 20, adoptions: [adoptionJson(adoption)] };
		expect(v.safeParse(adoptionPageSchema, page).issues).toBeUndefined();
		// As the public reads it: no version, and no mentorship it may not see.
		const publicJson = adoptionDetailJson({ ...adoption, version: null, mentorship: null });
		expect(v.safeParse(adoptionDetailSchema, publicJson).issues).toBeUndefined();
	});

	it('says whether the current stage is a verified claim, and who verified each step', () => {
		const json = adoptionDetailJson(adoption);
		expect(json).toMatchObject({
			city: { slug: 'bilaspur', name: 'Bilaspur' },
			practice: { slug: 'thane-mou', language: 'en', city: { slug: 'thane' } },
			mentorship: { status: 'active', mentor_city: { slug: 'rajkot', name: 'Rajkot' } },
			stage: 'implemented',
			verified: true,
			demo: false,
			version: 4
		});
		expect(json.stages.map((s) => [s.stage, s.claim, s.verified, s.reason])).toEqual([
			['exploring', false, false, null],
			['dropped', false, false, 'Budget moved.'],
			['implemented', true, true, null]
		]);
		expect(json.stages[2]).toMatchObject({
			verified_by: { name: 'Admin', designation: null },
			verified_at: '2026-06-03T05:00:00+00:00',
			evidence: { links: ['https://example.org/visit'], figures: [{ label: 'Visits', value: 1 }] }
		});
		const claimed = adoptionJson({
			...adoption,
			verified_at: null,
			steps: adoption.steps.map((s) => ({ ...s, verified: null }))
		});
		expect(claimed.verified).toBe(false);
	});

	it('gives each category its latest count, share of target and every update', () => {
		expect(categoriesJson(adoption.categories)).toEqual([
			{
				slug: 'shops',
				name: 'Shops',
				language: 'en',
				target: 200,
				unit: 'cameras',
				nodal: { name: 'Shri R. Verma', designation: 'ADM' },
				progress: {
					latest: 50,
					share: 0.25,
					updates: [
						{ on: '2026-04-01', value: 20, note: null },
						{ on: '2026-05-01', value: 50, note: 'Market joined.' }
					]
				}
			},
			{
				slug: 'buses',
				name: 'बसें',
				language: 'hi',
				target: null,
				unit: '',
				nodal: null,
				progress: { latest: null, share: null, updates: [] }
			}
		]);
	});

	it('shows a verifier the public may not name as nobody', () => {
		const json = stageJson(
			step({ stage: 'scaled', verified: { at: '2026-06-03T05:00:00+00:00', by: null } })
		);
		expect(json).toMatchObject({ claim: true, verified: true, verified_by: null });
	});
});

describe('the examples of the document', () => {
	it('match their schemas', () => {
		const checks: [v.GenericSchema, unknown][] = [
			[stageSchema, examples.stageExample],
			[categoryOutSchema, examples.categoryExample],
			[adoptionSummarySchema, examples.adoptionExample],
			[adoptionDetailSchema, { ...examples.adoptionExample, version: 4 }],
			[stageWrittenSchema, { ...examples.stageExample, version: 4 }]
		];
		for (const [schema, example] of checks) {
			expect(v.safeParse(schema, example).issues).toBeUndefined();
		}
	});
});
