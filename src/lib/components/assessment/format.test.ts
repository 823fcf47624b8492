import { describe, expect, it } from 'vitest';
import { changeText, localName, scoreText, starGlyphs } from './format';

describe('assessment values as words', () => {
	it('read by scheme, in English and Hindi', () => {
		expect(scoreText('en', 'percentage', 95)).toBe('95%');
		expect(scoreText('en', 'percentage', 85.25)).toBe('85.25%');
		expect(scoreText('en', 'stars', 4)).toBe('4 stars');
		expect(scoreText('en', 'stars', 1)).toBe('1 star');
		expect(scoreText('en', 'level', 3)).toBe('level 3 of 5');
		expect(scoreText('hi', 'stars', 4)).toBe('4 सितारे');
		expect(scoreText('hi', 'level', 3)).toBe('स्तर 3 (5 में से)');
		expect(scoreText('hi', 'percentage', 95)).toBe('95 प्रतिशत');
	});

	it('give a mean one decimal', () => {
		expect(scoreText('en', 'percentage', 68.456, false)).toBe('68.5%');
		expect(scoreText('en', 'stars', 3.44, false)).toBe('3.4 stars');
	});

	it('draw whole stars only', () => {
		expect(starGlyphs(4)).toBe('★★★★☆');
		expect(starGlyphs(0)).toBe('☆☆☆☆☆');
		expect(starGlyphs(3.4)).toBeNull();
	});

	it('sign a change in the scheme’s units', () => {
		expect(changeText('en', 'percentage', 5)).toBe('+5 points');
		expect(changeText('en', 'stars', -1)).toBe('-1 star');
		expect(changeText('en', 'level', 0)).toBe('0 levels');
		expect(changeText('hi', 'percentage', 2.345)).toBe('+2.3 अंक');
	});

	it('name things in the reader’s language where the data has it', () => {
		expect(localName({ name_en: 'Cycle 1', name_hi: null }, 'hi')).toEqual({
			text: 'Cycle 1',
			lang: 'en'
		});
		expect(localName({ name_en: 'Cycle 2', name_hi: 'चक्र 2' }, 'hi')).toEqual({
			text: 'चक्र 2',
			lang: 'hi'
		});
	});
});
