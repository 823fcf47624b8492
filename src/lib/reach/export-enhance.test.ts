import { describe, expect, it } from 'vitest';
import { fill, kilobytes } from './export-enhance';

describe('the export dialog’s words', () => {
	it('fills the placeholders of a message and leaves unknown ones as they are', () => {
		expect(fill('{received} KB of {total} KB received', { received: '3', total: '12' })).toBe(
			'3 KB of 12 KB received'
		);
		expect(fill('Preparing {name}… {other}', { name: 'a.xlsx' })).toBe('Preparing a.xlsx… {other}');
	});

	it('gives kilobytes, at least one, in the page’s language', () => {
		expect(kilobytes(10, 'en')).toBe('1');
		expect(kilobytes(2_560_000, 'en')).toBe('2,500');
		expect(kilobytes(2_560_000, 'hi')).toBe('2,500');
		expect(kilobytes(125_440_000, 'en-IN')).toBe('1,22,500');
	});
});
