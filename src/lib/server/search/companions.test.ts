import { describe, expect, it } from 'vitest';
import { companionRows, wordRows } from './companions';
import type { SearchDocument } from './documents';
import { companionToken, phoneticKey } from './phonetic';

const doc = {
	id: 'practice-00000000-0000-0000-0000-000000000001',
	title_en: 'Sagar control room',
	summary_en: 'The ICCC control room of Sagar.',
	title_hi: 'सागर का कंट्रोल रूम',
	body_hi: 'कंट्रोल रूम',
	roman_title: `${companionToken(phoneticKey('सागर'))} ${companionToken(phoneticKey('कंट्रोल'))}`,
	roman_body: companionToken(phoneticKey('कंट्रोल')),
	city_name: 'Sagar'
} as unknown as SearchDocument;

describe('companionRows', () => {
	it('keeps the keys of a document once each', () => {
		expect(companionRows([doc])).toEqual([
			{
				entity: 'practice',
				entity_id: '00000000-0000-0000-0000-000000000001',
				roman: `${companionToken(phoneticKey('सागर'))} ${companionToken(phoneticKey('कंट्रोल'))}`
			}
		]);
	});
});

describe('wordRows', () => {
	it('gives each word of the titles, summary and text once, acronyms also as written', () => {
		const rows = wordRows([doc]);
		expect(rows).toContainEqual({ word: 'control', indic: false });
		expect(rows).toContainEqual({ word: 'कंट्रोल', indic: true });
		expect(rows).toContainEqual({ word: 'iccc', indic: false });
		expect(rows).toContainEqual({ word: 'ICCC', indic: false });
		expect(rows.filter((r) => r.word === 'control')).toHaveLength(1);
		// Not the companions' keys: they are no words of the texts.
		expect(rows.map((r) => r.word)).not.toContain(phoneticKey('कंट्रोल'));
		expect(rows.every((r) => r.word.length >= 2)).toBe(true);
	});
});
