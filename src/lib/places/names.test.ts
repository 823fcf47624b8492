import { describe, expect, it } from 'vitest';
import {
	listCities,
	listComponents,
	listPlaces,
	placeName,
	shownComponentName,
	shownPlaceName,
	sortByName
} from './names';

const hindi = {
	'state:Assam': 'असम',
	'state:Uttar Pradesh': 'उत्तर प्रदेश',
	'state:Gujarat': 'गुजरात',
	'state:Kerala': 'केरल',
	'city:agra': 'आगरा'
};

describe('place names', () => {
	it('names a place in the language, or in English when the language has no name', () => {
		expect(placeName(hindi, 'city', 'agra', 'Agra')).toBe('आगरा');
		expect(placeName(hindi, 'city', 'atlantis', 'Atlantis')).toBe('Atlantis');
	});

	it('marks an English name left as it is on a page in another language', () => {
		expect(shownPlaceName(hindi, 'hi', 'city', 'agra', 'Agra')).toEqual({
			name: 'आगरा',
			lang: undefined
		});
		expect(shownPlaceName(hindi, 'hi', 'city', 'atlantis', 'Atlantis')).toEqual({
			name: 'Atlantis',
			lang: 'en'
		});
		expect(shownPlaceName({}, 'en', 'city', 'agra', 'Agra')).toEqual({
			name: 'Agra',
			lang: undefined
		});
	});
});

describe('sortByName', () => {
	it('orders by the name shown, as the language sorts it', () => {
		// Devanagari order: vowels (अ, उ) before consonants (क, ग), unlike the English names.
		const names = ['गुजरात', 'केरल', 'उत्तर प्रदेश', 'असम'].map((name) => ({ name }));
		expect(sortByName(names, 'hi').map((n) => n.name)).toEqual([
			'असम',
			'उत्तर प्रदेश',
			'केरल',
			'गुजरात'
		]);
	});

	it('ignores case and accents where the language does', () => {
		const names = ['bhopal', 'Agra', 'Ṭhane', 'Surat'].map((name) => ({ name }));
		expect(sortByName(names, 'en').map((n) => n.name)).toEqual([
			'Agra',
			'bhopal',
			'Surat',
			'Ṭhane'
		]);
	});

	it('leaves its input as it was', () => {
		const names = [{ name: 'b' }, { name: 'a' }];
		sortByName(names, 'en');
		expect(names.map((n) => n.name)).toEqual(['b', 'a']);
	});
});

describe('listPlaces', () => {
	it('names, marks and sorts places by what the reader sees, keeping the keys and items', () => {
		const states = ['Gujarat', 'Kerala', 'Uttar Pradesh', 'Assam', 'Atlantis'];
		const listed = listPlaces(
			hindi,
			'hi',
			'state',
			states,
			(s) => s,
			(s) => s
		);
		// The Hindi collation puts its own script first, then Latin.
		expect(listed.map((p) => p.name)).toEqual(['असम', 'उत्तर प्रदेश', 'केरल', 'गुजरात', 'Atlantis']);
		expect(listed[0]).toEqual({ key: 'Assam', name: 'असम', lang: undefined, item: 'Assam' });
		expect(listed[4]).toEqual({ key: 'Atlantis', name: 'Atlantis', lang: 'en', item: 'Atlantis' });
	});

	it('sorts English names in English', () => {
		const cities = [
			{ slug: 'surat', name: 'Surat' },
			{ slug: 'agra', name: 'Agra' }
		];
		const listed = listPlaces(
			{},
			'en',
			'city',
			cities,
			(c) => c.slug,
			(c) => c.name
		);
		expect(listed.map((p) => p.key)).toEqual(['agra', 'surat']);
		expect(listed[0].item).toBe(cities[1]);
	});

	it('lists cities by slug and name', () => {
		const cities = [
			{ slug: 'surat', name: 'Surat' },
			{ slug: 'agra', name: 'Agra' },
			{ slug: 'atlantis', name: 'Atlantis' }
		];
		const english = listCities({}, 'en', cities);
		expect(english.map((p) => p.key)).toEqual(['agra', 'atlantis', 'surat']);
		const hindiCities = listCities({ ...hindi, 'city:surat': 'सूरत' }, 'hi', cities);
		expect(hindiCities.map((p) => [p.key, p.name, p.lang])).toEqual([
			['agra', 'आगरा', undefined],
			['surat', 'सूरत', undefined],
			['atlantis', 'Atlantis', 'en']
		]);
	});
});

describe('ICCC components', () => {
	const cctv = {
		slug: 'cctv-surveillance',
		name_en: 'CCTV surveillance',
		name_hi: 'सीसीटीवी निगरानी'
	};
	const atcs = { slug: 'atcs', name_en: 'Adaptive traffic signals', name_hi: 'अनुकूली ट्रैफ़िक सिग्नल' };
	const marathi = { 'component:cctv-surveillance': 'सीसीटीव्ही देखरेख' };

	it('are named in Hindi by their own record, in other languages by the place names', () => {
		expect(shownComponentName({}, 'hi', cctv)).toEqual({
			name: 'सीसीटीवी निगरानी',
			lang: undefined
		});
		expect(shownComponentName(marathi, 'mr', cctv)).toEqual({
			name: 'सीसीटीव्ही देखरेख',
			lang: undefined
		});
		expect(shownComponentName(marathi, 'mr', atcs)).toEqual({
			name: 'Adaptive traffic signals',
			lang: 'en'
		});
		expect(shownComponentName({}, 'en', atcs)).toEqual({
			name: 'Adaptive traffic signals',
			lang: undefined
		});
	});

	it('are listed by the names shown', () => {
		expect(listComponents({}, 'hi', [cctv, atcs]).map((c) => c.key)).toEqual([
			'atcs',
			'cctv-surveillance'
		]);
		expect(listComponents({}, 'en', [cctv, atcs]).map((c) => c.key)).toEqual([
			'atcs',
			'cctv-surveillance'
		]);
		expect(listComponents(marathi, 'mr', [atcs, cctv]).map((c) => c.name)).toEqual([
			'सीसीटीव्ही देखरेख',
			'Adaptive traffic signals'
		]);
	});
});
