import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import traitsData from './city-traits.json' with { type: 'json' };
import {
	cityTraitNames,
	cityTraitsEntries,
	knownTraits,
	sharedTraits,
	traitsOf
} from './city-traits';

// The slugs the seed gives the 100 Mission cities (the first column of the cities data file).
const missionSlugs = readFileSync(
	new URL('../../../../supabase/data/cities.csv', import.meta.url),
	'utf8'
)
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(',')[0]);

// A trait marked true must say so in the city's source note.
const evidence: Record<(typeof cityTraitNames)[number], RegExp> = {
	capital: /capital/i,
	coastal: /\b(coast|sea|bay|gulf)\b/i,
	hill: /\bhill|himalaya/i,
	island: /\bisland\b/i,
	pilgrimage: /pilgrim/i
};

describe('the city traits file', () => {
	it('lists every Mission city exactly once and no other', () => {
		const slugs = cityTraitsEntries.map((entry) => entry.slug);
		expect(missionSlugs).toHaveLength(100);
		expect(new Set(slugs).size).toBe(slugs.length);
		expect([...slugs].sort()).toEqual([...missionSlugs].sort());
	});

	it('explains itself and every trait', () => {
		expect(traitsData.note).toMatch(/Sister Cities/);
		expect(Object.keys(traitsData.traits).sort()).toEqual([...cityTraitNames].sort());
		for (const text of Object.values(traitsData.traits)) expect(text.length).toBeGreaterThan(10);
	});

	it('holds only the known traits, each true, false or null, with a source note', () => {
		for (const entry of cityTraitsEntries) {
			const extra = Object.keys(entry).filter(
				(key) =>
					key !== 'slug' && key !== 'source' && !(cityTraitNames as readonly string[]).includes(key)
			);
			expect(extra, entry.slug).toEqual([]);
			const known = cityTraitNames.filter((trait) => typeof entry[trait] === 'boolean');
			for (const trait of cityTraitNames) {
				expect([true, false, null, undefined], `${entry.slug}.${trait}`).toContain(entry[trait]);
			}
			if (known.length > 0) expect(entry.source.trim().length, entry.slug).toBeGreaterThan(10);
			for (const trait of knownTraits(entry)) {
				expect(entry.source, `${entry.slug} is ${trait}`).toMatch(evidence[trait]);
			}
		}
	});

	it('never claims a city is not a pilgrimage centre, having no list to check against', () => {
		expect(cityTraitsEntries.filter((entry) => entry.pilgrimage === false)).toEqual([]);
	});

	it('records well-known facts', () => {
		expect(traitsOf('gandhinagar')?.capital).toBe(true);
		expect(traitsOf('ahmedabad')?.capital).toBe(false);
		expect(traitsOf('shimla')).toMatchObject({ capital: true, hill: true, coastal: false });
		expect(traitsOf('visakhapatnam')?.coastal).toBe(true);
		expect(traitsOf('kavaratti')).toMatchObject({ island: true, coastal: true, capital: true });
		expect(traitsOf('varanasi')?.pilgrimage).toBe(true);
		expect(traitsOf('amritsar')?.pilgrimage).toBe(true);
	});
});

describe('sharedTraits', () => {
	it('counts a trait only when both cities are known to have it', () => {
		expect(sharedTraits({ capital: true, hill: true }, { capital: true, hill: null })).toEqual([
			'capital'
		]);
		expect(sharedTraits({ coastal: null }, { coastal: null })).toEqual([]);
		expect(sharedTraits({ coastal: false }, { coastal: false })).toEqual([]);
		expect(sharedTraits(undefined, { capital: true })).toEqual([]);
	});

	it('finds the 2020 pairings’ likenesses in the file', () => {
		// Ranchi → Shimla: two capitals; Visakhapatnam → Diu: two coastal cities.
		expect(sharedTraits(traitsOf('ranchi'), traitsOf('shimla'))).toEqual(['capital']);
		expect(sharedTraits(traitsOf('visakhapatnam'), traitsOf('diu'))).toEqual(['coastal']);
		expect(sharedTraits(traitsOf('varanasi'), traitsOf('amritsar'))).toEqual(['pilgrimage']);
		expect(traitsOf('no-such-city')).toBeUndefined();
	});
});
