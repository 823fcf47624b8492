import { describe, expect, it } from 'vitest';
import { buildTimeline, indiaToday, overdueDays } from './timeline';

describe('indiaToday', () => {
	it('is the date in India, which starts five and a half hours before UTC', () => {
		expect(indiaToday(Date.parse('2026-12-03T18:29:00Z'))).toBe('2026-12-03');
		expect(indiaToday(Date.parse('2026-12-03T18:30:00Z'))).toBe('2026-12-04');
	});
});

describe('overdueDays', () => {
	it('counts the days an open item is past its due date', () => {
		expect(overdueDays({ status: 'open', due_on: '2026-11-30' }, '2026-12-03')).toBe(3);
		expect(overdueDays({ status: 'open', due_on: '2026-12-02' }, '2026-12-03')).toBe(1);
		// Across a month and a leap day.
		expect(overdueDays({ status: 'open', due_on: '2028-02-28' }, '2028-03-01')).toBe(2);
	});

	it('is 0 on the due day, before it, and for closed items', () => {
		expect(overdueDays({ status: 'open', due_on: '2026-12-03' }, '2026-12-03')).toBe(0);
		expect(overdueDays({ status: 'open', due_on: '2026-12-10' }, '2026-12-03')).toBe(0);
		expect(overdueDays({ status: 'done', due_on: '2026-11-01' }, '2026-12-03')).toBe(0);
		expect(overdueDays({ status: 'dropped', due_on: '2026-11-01' }, '2026-12-03')).toBe(0);
	});
});

describe('buildTimeline', () => {
	const event = (id: number, status: 'requested' | 'active' | 'paused', at: string) => ({
		id,
		status,
		actor_id: null,
		note: null,
		created_at: at
	});

	it('merges status changes, goals, sessions and action items oldest first', () => {
		const entries = buildTimeline({
			events: [
				event(2, 'active', '2026-10-04T06:00:00Z'),
				event(1, 'requested', '2026-10-01T06:00:00Z')
			],
			goals: [{ id: 'g1', created_at: '2026-10-05T06:00:00Z' }],
			sessions: [
				{ id: 's2', starts_at: '2026-12-10T05:30:00Z' },
				{ id: 's1', starts_at: '2026-10-20T05:30:00Z' }
			],
			actions: [
				{ id: 'a1', created_at: '2026-10-20T07:00:00Z', closed_at: '2026-11-02T10:00:00Z' },
				{ id: 'a2', created_at: '2026-10-20T07:05:00Z', closed_at: null }
			]
		});
		expect(entries.map((e) => `${e.kind}:${e.id}`)).toEqual([
			'status:1',
			'status:2',
			'goal:g1',
			'session:s1',
			'action:a1',
			'action:a2',
			'action_closed:a1',
			'session:s2'
		]);
	});

	it('orders what happened at the same instant: the status first, then the work', () => {
		const at = '2026-10-04T06:00:00.000Z';
		const entries = buildTimeline({
			events: [event(10, 'paused', '2026-10-04T06:00:00Z'), event(9, 'active', at)],
			goals: [{ id: 'g', created_at: at }],
			sessions: [{ id: 's', starts_at: at }],
			actions: [{ id: 'a', created_at: at, closed_at: at }]
		});
		expect(entries.map((e) => `${e.kind}:${e.id}`)).toEqual([
			'status:9',
			'status:10',
			'goal:g',
			'session:s',
			'action:a',
			'action_closed:a'
		]);
	});

	it('is empty for a mentorship with nothing on it', () => {
		expect(buildTimeline({ events: [], goals: [], sessions: [], actions: [] })).toEqual([]);
	});
});
