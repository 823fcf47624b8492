import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import {
	issuesByField,
	MARKDOWN_MAX_BYTES,
	practiceFromForm,
	practicePatchSchema,
	practiceSchema
} from './practice';

const valid = {
	kind: 'playbook',
	language: 'hi',
	title: 'सुरक्षित शहर',
	title_en: 'Safe City',
	summary_en: 'Linking private cameras to the ICCC.',
	markdown: '## चरण\n\n1. सूची बनाएँ'
};

const errorsOf = (schema: v.GenericSchema, input: unknown) => {
	const result = v.safeParse(schema, input);
	return result.success ? {} : issuesByField(result.issues);
};

describe('practiceSchema', () => {
	it('accepts a practice and fills in the optional parts', () => {
		expect(v.parse(practiceSchema, valid)).toEqual({
			...valid,
			city: '',
			sectors: [],
			components: [],
			outcomes: [],
			status: 'draft'
		});
	});

	it('normalises text to NFC and trims titles', () => {
		const decomposed = 'Cafe\u0301';
		const parsed = v.parse(practiceSchema, {
			...valid,
			title_en: `  ${decomposed} `,
			markdown: decomposed
		});
		expect(parsed.title_en).toBe('Café');
		expect(parsed.markdown).toBe('Café');
	});

	it('limits titles to 200 characters and the text to 200 KB', () => {
		expect(errorsOf(practiceSchema, { ...valid, title: 'क'.repeat(200) })).toEqual({});
		expect(errorsOf(practiceSchema, { ...valid, title: 'क'.repeat(201) })).toEqual({
			title: 'form.tooLong'
		});
		// Devanagari takes three bytes a character: the limit is on bytes, not characters.
		const big = 'क'.repeat(Math.floor(MARKDOWN_MAX_BYTES / 3) + 1);
		expect(errorsOf(practiceSchema, { ...valid, markdown: big })).toEqual({
			markdown: 'practice.tooBig'
		});
	});

	it('names every missing or wrong field with a message the catalogue has', () => {
		const errors = errorsOf(practiceSchema, {
			kind: 'memo',
			title: '   ',
			city: 'Not a slug',
			outcomes: [{ label: 'Cameras', value: 'many' }],
			sectors: 'safety'
		});
		expect(errors).toEqual({
			kind: 'form.required',
			city: 'form.invalid',
			language: 'form.required',
			title: 'form.required',
			title_en: 'form.required',
			summary_en: 'form.required',
			markdown: 'form.required',
			sectors: 'form.invalid',
			'outcomes.0.value': 'practice.outcomeNumber'
		});
		for (const key of Object.values(errors)) expect(Object.hasOwn(en, key)).toBe(true);
	});

	it('refuses a language that is not a language tag', () => {
		expect(errorsOf(practiceSchema, { ...valid, language: 'Hindi' })).toEqual({
			language: 'practice.languageInvalid'
		});
		expect(errorsOf(practiceSchema, { ...valid, language: 'sa-Deva' })).toEqual({});
	});

	it('answers a body that is not an object with one general message', () => {
		expect(errorsOf(practiceSchema, 'text')).toEqual({ form: 'form.invalid' });
	});
});

describe('practicePatchSchema', () => {
	it('needs a whole version from 1 and nothing else', () => {
		expect(v.parse(practicePatchSchema, { version: 3, status: 'published' })).toEqual({
			version: 3,
			status: 'published'
		});
		for (const version of [undefined, 0, 1.5, '2', 2 ** 31]) {
			expect(errorsOf(practicePatchSchema, { version })).toEqual({
				version: 'practice.versionRequired'
			});
		}
	});
});

describe('practiceFromForm', () => {
	it('reads checkboxes as lists and outcome rows as figures, leaving out empty rows', () => {
		const form = new FormData();
		for (const [name, value] of Object.entries(valid)) form.set(name, value);
		form.append('sectors', 'public-safety');
		form.append('sectors', 'governance');
		form.append('components', 'cctv-surveillance');
		for (const [label, value, unit] of [
			['Cameras linked', '1,200', 'cameras'],
			['', '', ''],
			['Premises', '', '']
		]) {
			form.append('outcome_label', label);
			form.append('outcome_value', value);
			form.append('outcome_unit', unit);
		}
		const raw = practiceFromForm(form);
		expect(raw).toMatchObject({
			sectors: ['public-safety', 'governance'],
			components: ['cctv-surveillance'],
			status: undefined
		});
		expect(raw.outcomes).toEqual([
			{ label: 'Cameras linked', value: 1200, unit: 'cameras' },
			{ label: 'Premises', value: NaN, unit: '' }
		]);
		expect(errorsOf(practiceSchema, raw)).toEqual({
			'outcomes.1.value': 'practice.outcomeNumber'
		});
	});
});
