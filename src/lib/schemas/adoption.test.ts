import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	categorySchema,
	categorySlug,
	commentSchema,
	indiaDay,
	isHttpsLink,
	newAdoptionSchema,
	progressSchema,
	stepSchema
} from './adoption';
import {
	linksFrom,
	numberFrom,
	parseAdoptionForm,
	parseCategoryForm,
	parseProgressForm,
	parseStepForm
} from './adoption-form';
import { issuesByField } from './practice';

const errorsOf = (schema: v.GenericSchema, input: unknown) => {
	const result = v.safeParse(schema, input);
	return result.success ? {} : issuesByField(result.issues);
};

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
};

// 3 December 2026, 20:00 in India (14:30 UTC).
beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(new Date('2026-12-03T14:30:00Z'));
});
afterEach(() => {
	vi.useRealTimers();
});

describe('indiaDay', () => {
	it('is the date in India', () => {
		expect(indiaDay(Date.parse('2026-12-03T18:29:00Z'))).toBe('2026-12-03');
		expect(indiaDay(Date.parse('2026-12-03T18:30:00Z'))).toBe('2026-12-04');
	});
});

describe('stepSchema', () => {
	const step = {
		stage: 'exploring',
		on: '2026-11-20',
		text: '  Visited **Bilaspur**',
		links: ['https://example.gov.in/report', ' https://example.gov.in/report '],
		figures: [{ label: ' Members ', value: 1200, unit: 'readers' }]
	};

	it('reads a step with its evidence', () => {
		expect(v.parse(stepSchema, step)).toEqual({
			stage: 'exploring',
			on: '2026-11-20',
			text: '  Visited **Bilaspur**',
			links: ['https://example.gov.in/report'],
			figures: [{ label: 'Members', value: 1200, unit: 'readers' }],
			reason: ''
		});
	});

	it('refuses a date in the future, before the Mission or that does not exist', () => {
		expect(errorsOf(stepSchema, { ...step, on: '2026-12-04' })).toEqual({
			on: 'adoption.error.dateFuture'
		});
		expect(errorsOf(stepSchema, { ...step, on: '2026-12-03' })).toEqual({});
		expect(errorsOf(stepSchema, { ...step, on: '2015-06-24' })).toEqual({
			on: 'adoption.error.dateEarly'
		});
		expect(errorsOf(stepSchema, { ...step, on: '2026-02-30' })).toEqual({
			on: 'adoption.error.dateInvalid'
		});
	});

	it('takes https links only, at most 20', () => {
		expect(errorsOf(stepSchema, { ...step, links: ['http://example.org'] })).toEqual({
			links: 'adoption.error.linkHttps'
		});
		const many = Array.from({ length: 21 }, (_, i) => `https://example.org/${i}`);
		expect(errorsOf(stepSchema, { ...step, links: many })).toEqual({
			links: 'adoption.error.tooManyLinks'
		});
		expect(isHttpsLink('https://')).toBe(false);
		expect(isHttpsLink(`https://example.org/${'a'.repeat(500)}`)).toBe(false);
	});

	it('needs a reason to drop a practice', () => {
		expect(errorsOf(stepSchema, { ...step, stage: 'dropped' })).toEqual({
			reason: 'adoption.error.reasonRequired'
		});
		expect(errorsOf(stepSchema, { ...step, stage: 'dropped', reason: 'No budget' })).toEqual({});
	});

	it('limits evidence to 20,000 characters and figures to 50', () => {
		expect(errorsOf(stepSchema, { ...step, text: 'a'.repeat(20_001) })).toEqual({
			text: 'form.tooLong'
		});
		const figures = Array.from({ length: 51 }, () => ({ label: 'x', value: 1, unit: '' }));
		expect(errorsOf(stepSchema, { ...step, figures })).toEqual({
			figures: 'adoption.error.tooManyFigures'
		});
		expect(
			errorsOf(stepSchema, { ...step, figures: [{ label: '', value: Number.NaN, unit: '' }] })
		).toEqual({ 'figures.0.label': 'form.required', 'figures.0.value': 'adoption.error.number' });
	});
});

describe('newAdoptionSchema', () => {
	it('needs the practice and reads the mentorship as optional', () => {
		const base = { stage: 'exploring', on: '2026-11-20' };
		expect(v.parse(newAdoptionSchema, { ...base, practice: 'Some-Practice' })).toMatchObject({
			practice: 'some-practice',
			mentorship: null,
			evidence_public: false
		});
		expect(errorsOf(newAdoptionSchema, base)).toEqual({
			practice: 'adoption.error.practiceRequired'
		});
		expect(
			errorsOf(newAdoptionSchema, { ...base, practice: 'p', mentorship: 'not-an-id' })
		).toEqual({ mentorship: 'adoption.error.mentorshipUnknown' });
	});
});

describe('categorySchema', () => {
	const nodal = { nodal_name: 'A. Sharma', nodal_designation: 'Additional DM' };

	it('takes its slug from the name unless given', () => {
		expect(
			v.parse(categorySchema, { name: 'Petrol pumps', target: 40, unit: 'cameras', ...nodal })
		).toMatchObject({ slug: 'petrol-pumps', target: 40, nodal_user_id: null });
		expect(v.parse(categorySchema, { name: 'x', slug: 'pumps', ...nodal }).slug).toBe('pumps');
		expect(categorySlug('पेट्रोल पंप')).toMatch(/^category-[a-z0-9]+$/);
		expect(categorySlug('पेट्रोल पंप')).toBe(categorySlug('पेट्रोल पंप'));
	});

	it('takes a target above zero, or none', () => {
		expect(v.parse(categorySchema, { name: 'Shops', ...nodal }).target).toBeNull();
		expect(errorsOf(categorySchema, { name: 'Shops', target: 0, ...nodal })).toEqual({
			target: 'adoption.error.targetPositive'
		});
	});

	it('needs a nodal officer: a user, or a name and designation, not both', () => {
		const user = '6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f';
		expect(errorsOf(categorySchema, { name: 'Shops' })).toEqual({
			nodal_name: 'adoption.error.nodalRequired'
		});
		expect(errorsOf(categorySchema, { name: 'Shops', nodal_name: 'A. Sharma' })).toEqual({
			nodal_name: 'adoption.error.nodalRequired'
		});
		expect(errorsOf(categorySchema, { name: 'Shops', nodal_user_id: user })).toEqual({});
		expect(errorsOf(categorySchema, { name: 'Shops', nodal_user_id: user, ...nodal })).toEqual({
			nodal_name: 'adoption.error.nodalEither'
		});
	});
});

describe('progressSchema and commentSchema', () => {
	it('takes a count of zero or more', () => {
		expect(v.parse(progressSchema, { on: '2026-12-01', value: 0 })).toEqual({
			on: '2026-12-01',
			value: 0,
			note: ''
		});
		expect(errorsOf(progressSchema, { on: '2026-12-01', value: -1 })).toEqual({
			value: 'adoption.error.valueNonNegative'
		});
	});

	it('needs a comment with some text', () => {
		expect(errorsOf(commentSchema, { body: '   ' })).toEqual({ body: 'form.required' });
		expect(errorsOf(commentSchema, { body: 'a'.repeat(4001) })).toEqual({ body: 'form.tooLong' });
	});
});

describe('the forms', () => {
	it('read links one per line and numbers with digit grouping', () => {
		expect(linksFrom('https://a.example\r\n\n  https://b.example  ')).toEqual([
			'https://a.example',
			'https://b.example'
		]);
		expect(numberFrom('1,20,000')).toBe(120000);
		expect(numberFrom(' ')).toBeUndefined();
		expect(numberFrom('12 cameras')).toBeNaN();
	});

	it('read a new adoption, dropping empty figure rows', () => {
		const parsed = parseAdoptionForm(
			form([
				['practice', 'bilaspur-library'],
				['mentorship', ''],
				['stage', 'exploring'],
				['on', '2026-11-20'],
				['text', 'Visited'],
				['links', 'https://example.gov.in/a\nhttps://example.gov.in/b'],
				['figure_label', 'Members'],
				['figure_value', '1,200'],
				['figure_unit', 'readers'],
				['figure_label', ''],
				['figure_value', ''],
				['figure_unit', ''],
				['evidence_public', 'on']
			])
		);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.data).toMatchObject({
			practice: 'bilaspur-library',
			mentorship: null,
			evidence_public: true,
			links: ['https://example.gov.in/a', 'https://example.gov.in/b'],
			figures: [{ label: 'Members', value: 1200, unit: 'readers' }]
		});
		expect(parsed.values.figures).toHaveLength(1);
	});

	it('echo what was typed with the errors beside the fields', () => {
		const parsed = parseStepForm(
			form([
				['stage', 'dropped'],
				['on', '2026-12-31'],
				['links', 'https://ok.example\nftp://no.example'],
				['figure_label', 'Cameras'],
				['figure_value', 'many'],
				['figure_unit', '']
			])
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			on: 'adoption.error.dateFuture',
			links: 'adoption.error.linkHttps',
			'figures.0.value': 'adoption.error.number',
			reason: 'adoption.error.reasonRequired'
		});
		expect(parsed.values).toMatchObject({
			links: 'https://ok.example\nftp://no.example',
			figures: [{ label: 'Cameras', value: 'many', unit: '' }]
		});
	});

	it('read a category and a progress update', () => {
		const category = parseCategoryForm(
			form([
				['name', 'Hotels'],
				['target', ''],
				['unit', 'cameras'],
				['nodal_name', 'R. Verma'],
				['nodal_designation', 'ADM (City)']
			])
		);
		expect(category.ok && category.data).toMatchObject({ slug: 'hotels', target: null });
		const progress = parseProgressForm(
			form([
				['on', '2026-12-01'],
				['value', '']
			])
		);
		expect(progress.ok ? {} : progress.errors).toEqual({
			value: 'adoption.error.valueNonNegative'
		});
	});
});
