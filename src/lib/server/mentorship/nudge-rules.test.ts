import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, istDay, istDayStart, istHour } from './ist-days';
import {
	digestGroups,
	isSendingHour,
	isTomorrow,
	mentorshipSilence,
	programmeEndsSoon,
	tomorrowWindow
} from './nudge-rules';

describe('IST days', () => {
	it('put an instant on the day India is living', () => {
		// 20:00 UTC on the 2nd is 01:30 IST on the 3rd.
		expect(istDay('2026-12-02T20:00:00Z')).toBe('2026-12-03');
		expect(istDay('2026-12-02T18:29:59Z')).toBe('2026-12-02');
		expect(istDay('2026-12-02T18:30:00Z')).toBe('2026-12-03');
		expect(istHour(new Date('2026-12-02T01:30:00Z'))).toBe(7);
	});

	it('start at midnight IST and count across months and years', () => {
		expect(istDayStart('2026-12-03').toISOString()).toBe('2026-12-02T18:30:00.000Z');
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
		expect(daysBetween('2026-12-28', '2027-01-02')).toBe(5);
		expect(daysBetween('2027-01-02', '2026-12-28')).toBe(-5);
	});
});

describe('sessions "tomorrow"', () => {
	// 10:00 IST on 3 December.
	const now = new Date('2026-12-03T04:30:00Z');

	it('are those starting on the next IST day, from its midnight to the next', () => {
		const { from, to } = tomorrowWindow(now);
		expect(from.toISOString()).toBe('2026-12-03T18:30:00.000Z');
		expect(to.toISOString()).toBe('2026-12-04T18:30:00.000Z');
		// 00:00 and 23:59 IST on the 4th are tomorrow; 23:59 IST on the 3rd and 00:00 on the 5th are not.
		expect(isTomorrow('2026-12-03T18:30:00Z', now)).toBe(true);
		expect(isTomorrow('2026-12-04T18:29:00Z', now)).toBe(true);
		expect(isTomorrow('2026-12-03T18:29:00Z', now)).toBe(false);
		expect(isTomorrow('2026-12-04T18:30:00Z', now)).toBe(false);
	});

	it('follow the IST day even when UTC is still on the day before', () => {
		// 01:00 IST on the 4th is 19:30 UTC on the 3rd: "tomorrow" is then the 5th.
		const lateNight = new Date('2026-12-03T19:30:00Z');
		expect(tomorrowWindow(lateNight).from.toISOString()).toBe('2026-12-04T18:30:00.000Z');
		expect(isSendingHour(lateNight)).toBe(false);
		expect(isSendingHour(new Date('2026-12-04T01:30:00Z'))).toBe(true);
	});
});

describe('the action-item digest', () => {
	const today = '2026-12-10';
	const item = (id: string, ownerId: string, dueOn: string) => ({ id, ownerId, dueOn });

	it('groups each owner’s overdue items and those due within 3 days, by due date', () => {
		const groups = digestGroups(
			[
				item('a', 'asha', '2026-12-12'),
				item('b', 'asha', '2026-12-01'),
				item('c', 'asha', '2026-12-13'),
				item('d', 'asha', '2026-12-14'),
				item('e', 'ravi', '2026-12-10'),
				item('f', 'asha', '2026-12-09')
			],
			today
		);
		expect([...groups.keys()].sort()).toEqual(['asha', 'ravi']);
		expect(groups.get('asha')?.overdue.map((i) => i.id)).toEqual(['b', 'f']);
		// Due today counts as due, not overdue; the 14th is four days on and waits.
		expect(groups.get('asha')?.dueSoon.map((i) => i.id)).toEqual(['a', 'c']);
		expect(groups.get('ravi')).toEqual({ overdue: [], dueSoon: [item('e', 'ravi', today)] });
	});

	it('leaves out owners with nothing due', () => {
		expect(digestGroups([item('x', 'meena', '2026-12-20')], today).size).toBe(0);
	});
});

describe('quiet mentorships', () => {
	const now = new Date('2026-12-10T06:00:00Z');
	const session = (startsAt: string, status: 'scheduled' | 'held' | 'cancelled' = 'held') => ({
		startsAt,
		status
	});

	it('nudge about a first session from 14 days after acceptance', () => {
		expect(mentorshipSilence('2026-11-27', [], now).noFirstSession).toBe(false);
		expect(mentorshipSilence('2026-11-26', [], now).noFirstSession).toBe(true);
		// A cancelled session is no session; a planned one is.
		expect(
			mentorshipSilence('2026-11-01', [session('2026-11-20T05:00:00Z', 'cancelled')], now)
				.noFirstSession
		).toBe(true);
		expect(
			mentorshipSilence('2026-11-01', [session('2026-12-20T05:00:00Z', 'scheduled')], now)
				.noFirstSession
		).toBe(false);
	});

	it('are quiet 30 days after the last session, with none planned', () => {
		const last = session('2026-11-10T05:00:00Z');
		expect(mentorshipSilence('2026-09-01', [last], now).quiet).toEqual({
			period: '2026-11-10/1',
			days: 30
		});
		expect(
			mentorshipSilence('2026-09-01', [session('2026-11-11T05:00:00Z')], now).quiet
		).toBeNull();
		const planned = session('2026-12-15T05:00:00Z', 'scheduled');
		expect(mentorshipSilence('2026-09-01', [last, planned], now).quiet).toBeNull();
	});

	it('count from acceptance without sessions, and repeat every 30 days of silence', () => {
		expect(mentorshipSilence('2026-11-10', [], now).quiet?.period).toBe('2026-11-10/1');
		expect(mentorshipSilence('2026-10-11', [], now).quiet).toEqual({
			period: '2026-10-11/2',
			days: 60
		});
	});
});

describe('the end of a programme', () => {
	const now = new Date('2026-12-10T06:00:00Z');

	it('is announced within 30 days of it, not after', () => {
		expect(programmeEndsSoon('2027-01-09', now)).toBe(true);
		expect(programmeEndsSoon('2027-01-10', now)).toBe(false);
		expect(programmeEndsSoon('2026-12-10', now)).toBe(true);
		expect(programmeEndsSoon('2026-12-09', now)).toBe(false);
		expect(programmeEndsSoon(null, now)).toBe(false);
	});
});
