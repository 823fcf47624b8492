import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KANPUR_CATEGORIES, KANPUR_EVIDENCE, KANPUR_PLAYBOOK, istDate } from './seed-adoptions.js';

const practices = JSON.parse(
	fs.readFileSync(path.join(import.meta.dirname, '../../supabase/data/practices.json'), 'utf8')
);

describe("Kanpur's Safe City adoption", () => {
	it('adopts a published playbook of Kanpur among the seeded practices', () => {
		const playbook = practices.find((p) => p.slug === KANPUR_PLAYBOOK);
		expect(playbook).toMatchObject({ city: 'kanpur', kind: 'playbook', status: 'published' });
	});

	it('has the article’s categories, each with its nodal officer by post as the article names it', () => {
		expect(KANPUR_CATEGORIES.map((c) => [c.slug, c.nodal_designation])).toEqual([
			['medical-stores', 'अपर जिलाधिकारी (नगर)'],
			['shops', 'अपर जिलाधिकारी (नगर)'],
			['hotels', 'अपर जिलाधिकारी (नगर)'],
			['petrol-pumps', 'अपर जिलाधिकारी (आपूर्ति)'],
			['schools', 'अपर जिलाधिकारी (न्यायिक)'],
			['hospitals-and-pathology', 'मुख्य विकास अधिकारी'],
			['industrial-establishments', 'मुख्य विकास अधिकारी'],
			// The article names no nodal officer for the buses.
			['city-buses', null]
		]);
		for (const c of KANPUR_CATEGORIES) {
			expect(c.name).toMatch(/^[\u0900-\u097F\s()/]+$/);
			expect(c).not.toHaveProperty('target');
		}
	});

	it('invents no figures: the evidence has no numbers and says the article is undated', () => {
		expect(KANPUR_EVIDENCE).not.toMatch(/[0-9\u0966-\u096F]/);
		expect(KANPUR_EVIDENCE).toMatch(/न तारीख है, न आँकड़े/);
	});
});

describe('istDate', () => {
	it('gives the date in India Standard Time', () => {
		expect(istDate('2026-12-01T18:29:00Z')).toBe('2026-12-01');
		expect(istDate('2026-12-01T18:31:00Z')).toBe('2026-12-02');
		expect(istDate(Date.UTC(2026, 0, 1))).toBe('2026-01-01');
	});
});
