import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n';
import {
	bioLanguage,
	canOpenMentorship,
	formatDay,
	hasFreePlace,
	languageName,
	periodMessage,
	placesFreeMessage
} from './mentors';

describe('placesFreeMessage', () => {
	const text = (capacity: number, active: number, locale: 'en' | 'hi' = 'en') => {
		const { key, params } = placesFreeMessage(capacity, active);
		return translate(locale, key, params);
	};

	it('says how many of the places are free', () => {
		expect(text(3, 2)).toBe('1 of 3 places free');
		expect(text(3, 0)).toBe('3 of 3 places free');
		expect(text(3, 2, 'hi')).toBe('3 में से 1 स्थान खाली');
	});

	it('says a full mentor is full, and one taking no one is not taking', () => {
		expect(text(3, 3)).toBe('Full: all 3 places are taken');
		expect(text(1, 1)).toBe('Full: its one place is taken');
		// A capacity lowered below the current load is full, not negative.
		expect(text(2, 5)).toBe('Full: all 2 places are taken');
		expect(placesFreeMessage(3, 3).full).toBe(true);
		expect(text(0, 0)).toBe('Not taking mentee cities at present');
		expect(placesFreeMessage(0, 0).full).toBe(true);
		expect(placesFreeMessage(3, 1).full).toBe(false);
	});

	it('agrees with hasFreePlace', () => {
		expect(hasFreePlace({ capacity: 3, active_mentorships: 2 })).toBe(true);
		expect(hasFreePlace({ capacity: 3, active_mentorships: 3 })).toBe(false);
		expect(hasFreePlace({ capacity: 0, active_mentorships: 0 })).toBe(false);
	});
});

describe('languageName', () => {
	it('names the common languages in their own scripts', () => {
		expect(languageName('gu')).toBe('ગુજરાતી');
		expect(languageName('hi')).toBe('हिन्दी');
		expect(languageName('en')).toBe('English');
	});

	it('names other tags from Intl, and shows a tag nobody knows as it is', () => {
		expect(languageName('fr')).toBe('français');
		expect(languageName('qaa')).toBe('qaa');
	});
});

describe('dates', () => {
	it('shows a day as the same day in any time zone, in the reader’s language', () => {
		expect(formatDay('en', '2020-02-20')).toBe('20 Feb 2020');
		expect(formatDay('hi', '2020-02-20')).toBe('20 फ़र॰ 2020');
	});

	it('describes a period with both ends, one end or none', () => {
		expect(periodMessage('en', '2020-02-20', '2020-05-30')).toEqual({
			key: 'mentors.period',
			params: { from: '20 Feb 2020', to: '30 May 2020' }
		});
		expect(periodMessage('en', '2020-02-20', null)?.key).toBe('mentors.periodFrom');
		expect(periodMessage('en', null, '2020-05-30')?.key).toBe('mentors.periodUntil');
		expect(periodMessage('en', null, null)).toBeNull();
	});
});

describe('canOpenMentorship', () => {
	const pairing = { mentor_city_id: 'rajkot', mentee_city_id: 'sagar' };

	it('lets admins and the officers of the two cities open a mentorship', () => {
		expect(canOpenMentorship({ role: 'mission_admin', cityId: null }, pairing)).toBe(true);
		expect(canOpenMentorship({ role: 'mentor', cityId: 'rajkot' }, pairing)).toBe(true);
		expect(canOpenMentorship({ role: 'city_member', cityId: 'sagar' }, pairing)).toBe(true);
	});

	it('shows anyone else the pairing without a link', () => {
		expect(canOpenMentorship(null, pairing)).toBe(false);
		expect(canOpenMentorship({ role: 'city_member', cityId: 'kanpur' }, pairing)).toBe(false);
		expect(canOpenMentorship({ role: 'mentor', cityId: null }, pairing)).toBe(false);
	});
});

describe('bioLanguage', () => {
	it('reads the language from the script most letters are in', () => {
		expect(bioLanguage('Director IT of Rajkot since 2017.', ['gu', 'en'])).toBe('en');
		expect(bioLanguage('રાજકોટના આઇસીસીસીના ડિરેક્ટર (IT).', ['hi', 'gu'])).toBe('gu');
		expect(bioLanguage('নমস্কার', [])).toBe('bn');
	});

	it('picks among languages sharing a script the one the mentor lists first', () => {
		expect(bioLanguage('मी पुण्याचा अधिकारी आहे.', ['mr', 'hi', 'en'])).toBe('mr');
		expect(bioLanguage('मैं सागर का अधिकारी हूँ।', ['en', 'hi'])).toBe('hi');
		expect(bioLanguage('मैं सागर का अधिकारी हूँ।', [])).toBe('hi');
	});

	it('falls back to English for a bio without letters', () => {
		expect(bioLanguage('2017 – 2024', ['gu'])).toBe('en');
	});
});
