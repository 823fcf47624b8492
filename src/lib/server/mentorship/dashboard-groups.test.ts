import { describe, expect, it } from 'vitest';
import { expiresOn, mentorshipTopics, splitActionItems } from './dashboard-groups';

describe('the dashboard’s action items', () => {
	const today = '2026-12-10';
	const item = (id: string, dueOn: string) => ({ id, dueOn, title: `Item ${id}` });

	it('put the overdue first, longest waiting first, then the rest by due date', () => {
		const { overdue, upcoming } = splitActionItems(
			[item('c', '2026-12-12'), item('a', '2026-12-09'), item('b', '2026-11-30'), item('d', today)],
			today
		);
		expect(overdue.map((i) => [i.id, i.overdueDays])).toEqual([
			['b', 10],
			['a', 1]
		]);
		expect(upcoming.map((i) => [i.id, i.overdueDays, i.dueToday])).toEqual([
			['d', 0, true],
			['c', 0, false]
		]);
		// The rows keep their own fields.
		expect(overdue[0].title).toBe('Item b');
	});

	it('are empty when there are none', () => {
		expect(splitActionItems([], today)).toEqual({ overdue: [], upcoming: [] });
	});
});

describe('the topics of a user’s mentorships', () => {
	it('join sectors and components, each once, in order', () => {
		expect(
			mentorshipTopics([
				{ sectors: ['public-safety', 'mobility'], components: ['gis'] },
				{ sectors: ['mobility'], components: ['cctv-surveillance', 'gis'] }
			])
		).toEqual({ sectors: ['mobility', 'public-safety'], components: ['cctv-surveillance', 'gis'] });
	});
});

describe('a request’s expiry', () => {
	it('falls 10 days after the day it was made', () => {
		expect(expiresOn('2026-12-25')).toBe('2027-01-04');
	});
});
