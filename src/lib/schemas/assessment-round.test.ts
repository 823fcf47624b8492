import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { issuesByField } from './practice';
import { roundFromForm, roundInputSchema, slugFromName } from './assessment-round';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.set(key, value);
	return data;
};

const errorsOf = (input: unknown) => {
	const result = v.safeParse(roundInputSchema, input);
	return result.success ? {} : issuesByField(result.issues);
};

describe('a new round', () => {
	it('reads the form: a whole year as a number, the box as a boolean, empty fields as absent', () => {
		const input = roundFromForm(
			form({
				name: ' IMAF 2.0 ',
				name_hi: '',
				slug: '',
				year: '2024',
				assessing_body: 'Quality Council of India',
				results_on: '2024-06-27',
				public: 'on'
			})
		);
		expect(v.parse(roundInputSchema, input)).toEqual({
			name: 'IMAF 2.0',
			year: 2024,
			assessing_body: 'Quality Council of India',
			public: true,
			results_on: '2024-06-27'
		});
		expect(
			v.parse(
				roundInputSchema,
				roundFromForm(form({ name: 'x', year: '2024', assessing_body: 'y' }))
			)
		).toMatchObject({ public: false });
	});

	it('names each field that is wrong', () => {
		expect(
			errorsOf(
				roundFromForm(form({ name: ' ', slug: 'IMAF 2', year: '20x4', results_on: '2024-02-30' }))
			)
		).toEqual({
			name: 'form.required',
			slug: 'assessmentAdmin.round.slugInvalid',
			year: 'assessmentAdmin.round.yearRange',
			assessing_body: 'form.required',
			results_on: 'assessmentAdmin.round.dateInvalid'
		});
		expect(errorsOf({ name: 'x', year: 2014, assessing_body: 'y' })).toEqual({
			year: 'assessmentAdmin.round.yearRange'
		});
		expect(errorsOf({ name: 'x', year: 2024.5, assessing_body: 'y', public: 'yes' })).toEqual({
			year: 'assessmentAdmin.round.yearRange',
			public: 'form.invalid'
		});
	});

	it('makes a slug from the name, or none from a name without Latin letters', () => {
		expect(slugFromName('IMAF 2.0')).toBe('imaf-2-0');
		expect(slugFromName('  DMAF — Cycle 2 (2020–21) ')).toBe('dmaf-cycle-2-2020-21');
		expect(slugFromName('Évaluation')).toBe('evaluation');
		expect(slugFromName('आईमैफ़')).toBe('');
		expect(slugFromName('a'.repeat(59) + ' b')).toBe('a'.repeat(59));
	});
});
