import { describe, expect, it, vi } from 'vitest';
import { negotiateLocale, translate } from './index';
import type { MessageKey } from './index';

describe('negotiateLocale', () => {
	it('prefers the highest-weighted supported language', () => {
		expect(negotiateLocale('hi-IN,hi;q=0.9,en;q=0.8')).toBe('hi');
		expect(negotiateLocale('en-GB,en;q=0.9,hi;q=0.5')).toBe('en');
		expect(negotiateLocale('fr;q=1, hi;q=0.4')).toBe('hi');
		expect(negotiateLocale('en;q=0.2, hi;q=0.7')).toBe('hi');
	});

	it('falls back to English for missing, unsupported or malformed headers', () => {
		expect(negotiateLocale(null)).toBe('en');
		expect(negotiateLocale('')).toBe('en');
		expect(negotiateLocale('fr-FR, de')).toBe('en');
		expect(negotiateLocale('hi;q=0')).toBe('en');
		expect(negotiateLocale(';;;,,q=abc')).toBe('en');
	});
});

describe('translate', () => {
	it('fills placeholders and formats numbers the Indian way', () => {
		expect(translate('en', 'pagination.status', { page: 2, pages: 4 })).toBe('Page 2 of 4');
		expect(translate('en', 'cities.count', { count: 100000 })).toBe('1,00,000 cities');
	});

	it('shows the key of a message that does not exist instead of failing', () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(translate('hi', 'kind.astrology' as MessageKey)).toBe('kind.astrology');
		expect(logged).toHaveBeenCalledOnce();
		logged.mockRestore();
	});

	it('picks the singular or plural form by count', () => {
		expect(translate('en', 'cities.count', { count: 1 })).toBe('1 city');
		expect(translate('en', 'cities.count', { count: 6 })).toBe('6 cities');
		expect(translate('hi', 'cities.count', { count: 6 })).toBe('6 शहर');
	});

	it('leaves an unknown placeholder visible rather than dropping text', () => {
		expect(translate('en', 'error.reference', {})).toBe(
			'If you report this, quote reference {id}.'
		);
	});
});
