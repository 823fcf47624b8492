import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from './formats';

describe('shared Intl formatters', () => {
	it('makes one formatter per language and options, and reuses it', () => {
		expect(numberFormat('en-IN')).toBe(numberFormat('en-IN'));
		expect(numberFormat('en-IN')).not.toBe(numberFormat('hi-IN'));
		expect(numberFormat('en-IN', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en-IN'));
		expect(dateFormat('en-IN', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(
			dateFormat('en-IN', { dateStyle: 'medium', timeZone: 'UTC' })
		);
	});

	it('formats as Intl does', () => {
		expect(numberFormat('en-IN').format(1234567)).toBe('12,34,567');
		expect(
			dateFormat('en-IN', { dateStyle: 'medium', timeZone: 'UTC' }).format(
				new Date('2026-03-01T00:00:00Z')
			)
		).toBe('1 Mar 2026');
	});
});
