import { describe, expect, it } from 'vitest';
import { allowedStatuses, canEdit } from './practice-access';
import { parsePracticeFilters } from './practices';
import type { PracticeVocabulary } from './practices';

const vocabulary: PracticeVocabulary = {
	sectors: ['public-safety', 'health'],
	components: ['cctv-surveillance', 'gis'],
	states: ['Gujarat', 'Uttar Pradesh']
};

const parse = (query: string, allowStatus = false) =>
	parsePracticeFilters(new URLSearchParams(query), vocabulary, { allowStatus });

describe('parsePracticeFilters', () => {
	it('reads every filter, matching states in any case', () => {
		expect(
			parse('kind=playbook&sector=health&component=gis&state=uttar pradesh&language=hi')
		).toEqual({
			filters: {
				kind: 'playbook',
				sector: 'health',
				component: 'gis',
				state: 'Uttar Pradesh',
				language: 'hi'
			},
			invalid: []
		});
	});

	it('ignores empty filters, as an unfiltered form sends them', () => {
		expect(parse('kind=&sector=&component=&state=&language=&status=')).toEqual({
			filters: {},
			invalid: []
		});
	});

	it('names every unknown value and keeps the known ones', () => {
		expect(parse('kind=novel&sector=astrology&component=gis&language=Hindi')).toEqual({
			filters: { component: 'gis' },
			invalid: [
				{ field: 'kind', value: 'novel' },
				{ field: 'sector', value: 'astrology' },
				{ field: 'language', value: 'Hindi' }
			]
		});
	});

	it('filters by status only where it is allowed', () => {
		expect(parse('status=draft', true).filters).toEqual({ status: 'draft' });
		expect(parse('status=draft').invalid).toEqual([{ field: 'status', value: 'draft' }]);
		expect(parse('status=deleted', true).invalid).toEqual([{ field: 'status', value: 'deleted' }]);
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

	it('offers city members draft and review, and the others every status', () => {
		expect(allowedStatuses(member)).toEqual(['draft', 'in_review']);
		expect(allowedStatuses(mentor)).toEqual(['draft', 'in_review', 'published', 'archived']);
	});
});
