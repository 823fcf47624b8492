import { describe, expect, it } from 'vitest';
import { allowedStatuses, canEdit, canMoveCity, canReadHistory } from './practice-access';
import { parseApiListQuery, parseLibraryQuery } from './practice-query';
import type { PracticeVocabulary } from './practice-query';

const vocabulary: PracticeVocabulary = {
	sectors: ['public-safety', 'health'],
	components: ['cctv-surveillance', 'gis'],
	states: ['Gujarat', 'Uttar Pradesh']
};

const parse = (query: string, signedIn = false) =>
	parseLibraryQuery(new URLSearchParams(query), vocabulary, { signedIn });

describe('parseLibraryQuery', () => {
	it('reads every filter, matching states in any case', () => {
		expect(
			parse('kind=playbook&sector=health&component=gis&state=uttar pradesh&language=hi&page=2')
		).toEqual({
			filters: {
				kind: 'playbook',
				sector: 'health',
				component: 'gis',
				state: 'Uttar Pradesh',
				language: 'hi'
			},
			page: 2,
			invalid: []
		});
	});

	it('ignores empty filters, as an unfiltered form sends them', () => {
		expect(parse('kind=&sector=&component=&state=&language=&status=&page=')).toEqual({
			filters: {},
			page: 1,
			invalid: []
		});
	});

	it('names every unknown value or parameter and keeps the known ones', () => {
		const { filters, invalid } = parse(
			'kind=novel&sector=astrology&component=gis&language=Hindi&colour=red&page=0'
		);
		expect(filters).toEqual({ component: 'gis' });
		expect(invalid).toEqual(
			expect.arrayContaining([
				{ field: 'kind', value: 'novel' },
				{ field: 'sector', value: 'astrology' },
				{ field: 'language', value: 'Hindi' },
				{ field: 'colour', value: 'red' },
				{ field: 'page', value: '0' }
			])
		);
		expect(invalid).toHaveLength(5);
	});

	it('filters by status only for signed-in readers', () => {
		expect(parse('status=draft', true).filters).toEqual({ status: 'draft' });
		expect(parse('status=draft').invalid).toEqual([{ field: 'status', value: 'draft' }]);
		expect(parse('status=draft').filters).toEqual({});
		expect(parse('status=deleted', true).invalid).toEqual([{ field: 'status', value: 'deleted' }]);
	});
});

describe('parseApiListQuery', () => {
	it('answers with errors naming unknown parameters, statuses and bad pages', () => {
		const result = parseApiListQuery(
			new URLSearchParams('status=draft&kind=novel&per_page=500&sector=health'),
			vocabulary
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['kind', 'per_page', 'status']);
		expect(result.errors.per_page).toMatch(/1 to 100/);
	});

	it('reads filters and paging', () => {
		expect(parseApiListQuery(new URLSearchParams('state=gujarat&per_page=5'), vocabulary)).toEqual({
			ok: true,
			data: { state: 'Gujarat', page: 1, per_page: 5 }
		});
	});
});

describe('practice access', () => {
	const sagar = { slug: 'sagar' };
	const member = { role: 'city_member' as const, city: { ...sagar, name: 'Sagar' } };
	const mentor = { role: 'mentor' as const, city: { slug: 'rajkot', name: 'Rajkot' } };

	it('lets a city member edit their own city’s drafts and practices in review only', () => {
		expect(canEdit(member, { status: 'draft', city: sagar })).toBe(true);
		expect(canEdit(member, { status: 'in_review', city: sagar })).toBe(true);
		expect(canEdit(member, { status: 'published', city: sagar })).toBe(false);
		expect(canEdit(member, { status: 'draft', city: { slug: 'kanpur' } })).toBe(false);
	});

	it('lets mentors and admins edit any practice, and nobody signed out', () => {
		expect(canEdit(mentor, { status: 'published', city: sagar })).toBe(true);
		expect(
			canEdit({ role: 'mission_admin', city: null }, { status: 'archived', city: sagar })
		).toBe(true);
		expect(canEdit(null, { status: 'published', city: sagar })).toBe(false);
	});

	it('shows the history to the practice’s city, mentors and admins only', () => {
		expect(canReadHistory(member, { city: sagar })).toBe(true);
		expect(canReadHistory(member, { city: { slug: 'kanpur' } })).toBe(false);
		expect(canReadHistory(mentor, { city: sagar })).toBe(true);
		expect(canReadHistory(null, { city: sagar })).toBe(false);
	});

	it('lets only admins move a practice to another city', () => {
		expect(canMoveCity(mentor)).toBe(false);
		expect(canMoveCity(member)).toBe(false);
		expect(canMoveCity({ role: 'mission_admin' })).toBe(true);
	});

	it('offers city members draft and review, and the others every status', () => {
		expect(allowedStatuses(member)).toEqual(['draft', 'in_review']);
		expect(allowedStatuses(mentor)).toEqual(['draft', 'in_review', 'published', 'archived']);
	});
});
