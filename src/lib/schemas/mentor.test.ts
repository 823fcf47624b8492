import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import {
	canonicalLanguageTag,
	filtersOf,
	mentorApiQuery,
	mentorPageQuery,
	parseProfileForm,
	profileFormValues,
	profileToFormValues
} from './mentor';
import type { ProfileFormValues } from './mentor';

const choices = {
	sectors: ['public-safety', 'water-sanitation'],
	components: ['drainage-scada', 'gis'],
	programmes: ['national-iccc-mentorship', 'sister-cities-2020']
};

const form = (values: Partial<ProfileFormValues>): ProfileFormValues => ({
	bio_markdown: '',
	languages: [],
	other_languages: '',
	capacity: '',
	sectors: [],
	components: [],
	programmes: [],
	is_public: '',
	...values
});

describe('canonicalLanguageTag', () => {
	it('accepts BCP 47 tags in their canonical form', () => {
		expect(canonicalLanguageTag('gu')).toBe('gu');
		expect(canonicalLanguageTag(' EN-in ')).toBe('en-IN');
		expect(canonicalLanguageTag('kok')).toBe('kok');
		expect(canonicalLanguageTag('zh-hant-tw')).toBe('zh-Hant-TW');
	});

	it('refuses what is not a tag the database stores', () => {
		for (const bad of ['', 'Gujarati', 'en_IN', 'x-private', 'e', '12', 'en--IN', 'hi;drop']) {
			expect(canonicalLanguageTag(bad), bad).toBeNull();
		}
	});
});

describe('the mentor profile form', () => {
	it('reads a filled form into the profile, with the defaults', () => {
		const parsed = parseProfileForm(
			form({
				bio_markdown: '  Ran Rajkot’s ICCC since 2017.  ',
				languages: ['gu', 'hi'],
				other_languages: 'kok, EN-gb gu',
				sectors: ['water-sanitation'],
				components: ['drainage-scada'],
				programmes: ['national-iccc-mentorship'],
				is_public: 'on'
			}),
			choices
		);
		expect(parsed).toEqual({
			ok: true,
			data: {
				bio_markdown: 'Ran Rajkot’s ICCC since 2017.',
				languages: ['gu', 'hi', 'kok', 'en-GB'],
				capacity: 3,
				sectors: ['water-sanitation'],
				components: ['drainage-scada'],
				programmes: ['national-iccc-mentorship'],
				is_public: true
			}
		});
		const empty = parseProfileForm(form({}), choices);
		expect(empty.ok && empty.data).toMatchObject({ capacity: 3, is_public: false, languages: [] });
	});

	it('takes a capacity from 0 to 20, whole numbers only', () => {
		for (const capacity of ['0', '20', ' 7 ']) {
			expect(parseProfileForm(form({ capacity }), choices).ok, capacity).toBe(true);
		}
		for (const capacity of ['-1', '21', '2.5', 'three', '1e1x']) {
			expect(parseProfileForm(form({ capacity }), choices), capacity).toEqual({
				ok: false,
				errors: { capacity: 'mentorProfile.capacityInvalid' }
			});
		}
	});

	it('puts each error beside its field', () => {
		const parsed = parseProfileForm(
			form({
				bio_markdown: 'अ'.repeat(4001),
				languages: ['gu', 'klingon'],
				other_languages: 'Gujarati',
				sectors: ['astrology'],
				components: ['gis', 'teleport'],
				programmes: ['made-up']
			}),
			choices
		);
		expect(parsed).toEqual({
			ok: false,
			errors: {
				bio_markdown: 'mentorProfile.bioTooLong',
				languages: 'practice.unknownValue',
				other_languages: 'mentorProfile.languageInvalid',
				sectors: 'practice.unknownValue',
				components: 'practice.unknownValue',
				programmes: 'practice.unknownValue'
			}
		});
	});

	it('counts a bio in characters, as Postgres does', () => {
		// 4,000 characters outside the Basic Multilingual Plane are 8,000 UTF-16 units.
		expect(parseProfileForm(form({ bio_markdown: '𑌕'.repeat(4000) }), choices).ok).toBe(true);
	});

	it('lists at most 12 languages', () => {
		const parsed = parseProfileForm(
			form({
				languages: ['en', 'hi', 'gu', 'mr', 'ta', 'te', 'kn', 'ml', 'bn', 'pa', 'or'],
				other_languages: 'kok sat'
			}),
			choices
		);
		expect(parsed).toEqual({ ok: false, errors: { languages: 'mentorProfile.tooManyLanguages' } });
	});

	it('reads ticked boxes as lists and shows a saved profile back the same way', () => {
		const data = new FormData();
		data.append('bio_markdown', 'Bio');
		data.append('languages', 'gu');
		data.append('languages', 'en');
		data.append('other_languages', 'kok');
		data.append('capacity', '4');
		data.append('components', 'gis');
		data.append('is_public', 'on');
		const values = profileFormValues(data);
		expect(values).toEqual(
			form({
				bio_markdown: 'Bio',
				languages: ['gu', 'en'],
				other_languages: 'kok',
				capacity: '4',
				components: ['gis'],
				is_public: 'on'
			})
		);
		const parsed = parseProfileForm(values, choices);
		if (!parsed.ok) throw new Error('the form should parse');
		expect(profileToFormValues(parsed.data)).toEqual({
			...values,
			// The common languages are ticked, in the order given; others are typed.
			languages: ['gu', 'en'],
			other_languages: 'kok'
		});
	});
});

describe('the mentor directory’s query', () => {
	const vocabulary = { sectors: choices.sectors, components: choices.components };

	it('reads every filter, matching slugs in any case and canonicalising the language', () => {
		const result = parseQuery(
			mentorPageQuery(vocabulary),
			new URLSearchParams(
				'sector=Water-Sanitation&component=drainage-scada&language=GU&zone=western&free=true&page=2'
			)
		);
		expect(result.ok).toBe(true);
		expect(filtersOf(result.data)).toEqual({
			sector: 'water-sanitation',
			component: 'drainage-scada',
			language: 'gu',
			zone: 'western',
			free: true
		});
		expect(result.data.page).toBe(2);
	});

	it('treats empty fields of a GET form as absent', () => {
		const result = parseQuery(
			mentorPageQuery(vocabulary),
			new URLSearchParams('sector=&component=&language=&zone=')
		);
		expect(result).toEqual({
			ok: true,
			data: {
				sector: undefined,
				component: undefined,
				language: undefined,
				zone: undefined,
				free: undefined,
				page: 1
			}
		});
	});

	it('names each parameter it cannot use', () => {
		const result = parseQuery(
			mentorApiQuery(vocabulary),
			new URLSearchParams(
				'sector=astrology&language=Gujarati&zone=atlantis&free=yes&per_page=101&colour=red'
			)
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual([
			'colour',
			'free',
			'language',
			'per_page',
			'sector',
			'zone'
		]);
		expect(result.errors.language).toBe('language must be a language tag');
		// What could not be read falls back to its default.
		expect(result.data.per_page).toBe(20);
	});

	it('pages up to 100 mentors through the API, not through the page', () => {
		const api = parseQuery(mentorApiQuery(vocabulary), new URLSearchParams('per_page=100'));
		expect(api.ok && api.data.per_page).toBe(100);
		const page = parseQuery(mentorPageQuery(vocabulary), new URLSearchParams('per_page=100'));
		expect(page.ok).toBe(false);
	});
});
