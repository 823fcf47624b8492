import { describe, expect, it } from 'vitest';
import { textLanguage } from './text-language';

describe('textLanguage', () => {
	it('names the script most letters are in', () => {
		expect(textLanguage('Link **cameras** of hospitals')).toBe('en');
		expect(textLanguage('अस्पतालों के कैमरे ICCC से जोड़ें')).toBe('hi');
		expect(textLanguage('કેમેરા ICCC સાથે જોડો')).toBe('gu');
	});

	it('falls back when there are no letters', () => {
		expect(textLanguage('1. 2. 3.')).toBe('en');
		expect(textLanguage('', 'hi')).toBe('hi');
	});
});
