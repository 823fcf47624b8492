import { describe, expect, it } from 'vitest';
import { isUrgentChange } from './session-mail';
import type { Session } from './sessions';

const now = Date.parse('2026-12-03T04:00:00Z');
const session = (startsAt: string, sequence = 0, attendees = ['a']): Session => ({
	id: 's',
	mentorship_id: 'm',
	title: 'Review',
	starts_at: startsAt,
	duration_minutes: 60,
	mode: 'online',
	location: null,
	meeting_url: null,
	agenda_markdown: '',
	notes_markdown: '',
	status: 'scheduled',
	version: sequence + 1,
	sequence,
	created_at: '',
	updated_at: '',
	attendees,
	guests: []
});

describe('isUrgentChange', () => {
	it('is a change to a session starting within the next 24 hours', () => {
		expect(isUrgentChange(null, session('2026-12-03T10:00:00Z'), now)).toBe(true);
		expect(
			isUrgentChange(session('2026-12-03T10:00:00Z'), session('2026-12-03T11:00:00Z', 1), now)
		).toBe(true);
	});

	it('counts a session moved away from the next day too: its attendees expected it', () => {
		expect(
			isUrgentChange(session('2026-12-03T10:00:00Z'), session('2026-12-10T10:00:00Z', 1), now)
		).toBe(true);
	});

	it('leaves later sessions, past ones and saves that changed nothing to the calendar feeds', () => {
		expect(isUrgentChange(null, session('2026-12-04T04:01:00Z'), now)).toBe(false);
		expect(isUrgentChange(null, session('2026-12-02T10:00:00Z'), now)).toBe(false);
		expect(
			isUrgentChange(session('2026-12-03T10:00:00Z'), session('2026-12-03T10:00:00Z'), now)
		).toBe(false);
		// A new attendee is news even when nothing else moved.
		expect(
			isUrgentChange(
				session('2026-12-03T10:00:00Z'),
				session('2026-12-03T10:00:00Z', 0, ['a', 'b']),
				now
			)
		).toBe(true);
	});
});
