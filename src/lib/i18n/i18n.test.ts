import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { hi } from './hi';
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

describe('catalogues', () => {
	it('has a Hindi message for every English key, in Devanagari', () => {
		const keys = Object.keys(en);
		expect(Object.keys(hi).sort()).toEqual(keys.sort());
		for (const key of keys as (keyof typeof en)[]) {
			const message = hi[key];
			const text = typeof message === 'string' ? message : message.other;
			expect(text.trim(), key).not.toBe('');
			// Every Hindi string but the bare language name of the switch is written in Devanagari.
			if (!/^[\d\s{}a-z.]*$/i.test(text)) expect(text, key).toMatch(/[\u0900-\u097F]|English/);
		}
	});

	it('keeps the same placeholders in both languages', () => {
		const placeholders = (m: unknown) =>
			JSON.stringify(m)
				.match(/\{\w+\}/g)
				?.sort() ?? [];
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(hi[key]), key).toEqual(placeholders(en[key]));
		}
	});
});
