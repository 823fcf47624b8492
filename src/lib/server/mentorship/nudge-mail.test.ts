import { describe, expect, it } from 'vitest';
import { digestMail, expiredMail, formatDay, sessionReminderMail } from './nudge-mail';

describe('scheduled mail', () => {
	const session = {
		mentor: 'Rajkot',
		mentee: 'Sagar',
		title: 'Emergency desk',
		startsAt: '2026-12-03T10:00:00Z',
		durationMinutes: 90,
		location: null,
		meetingUrl: 'https://meet.example.org/x',
		mentorshipId: 'm-1',
		sessionId: 's-1'
	};

	it('is written in English and then Hindi, with the time in IST and links on the public origin', () => {
		const mail = sessionReminderMail(session, 'https://citysetu.example.gov.in');
		expect(mail.subject).toBe('Tomorrow: Emergency desk · कल: Emergency desk');
		expect(mail.body).toContain('3:30');
		expect(mail.body).toContain('IST');
		expect(mail.body).toContain('भारतीय समय');
		expect(mail.body).toContain('https://citysetu.example.gov.in/mentorships/m-1');
		expect(mail.body).toContain('https://citysetu.example.gov.in/api/v1/sessions/s-1.ics');
		expect(mail.body).toContain('https://citysetu.example.gov.in/account#notifications');
		expect(mail.body).not.toContain('Place:');
	});

	it('writes paths alone without a public origin', () => {
		expect(sessionReminderMail(session, null).body).toContain('Agenda and notes: /mentorships/m-1');
	});

	it('lists a digest’s overdue items before those due soon', () => {
		const line = { mentor: 'Rajkot', mentee: 'Sagar' };
		const mail = digestMail(
			{
				overdue: [{ ...line, title: 'Late one', dueOn: '2026-12-01' }],
				dueSoon: [{ ...line, title: 'Soon one', dueOn: '2026-12-12' }]
			},
			null
		);
		const english = mail.body.split('———')[0];
		expect(english.indexOf('Late one')).toBeLessThan(english.indexOf('Soon one'));
		expect(english).toContain('due on 1 Dec 2026');
		expect(mail.subject).toMatch(/^Your action items: 1 overdue, 1 due soon/);
	});

	it('points the requester of an expired request to the next suggestions, with no opt-out line', () => {
		const mail = expiredMail({ mentor: 'Rajkot', mentee: 'Bilaspur', days: 10 }, null);
		expect(mail.body).toContain('/mentorships/new');
		expect(mail.body).not.toContain('/account');
	});

	it('formats days in each language', () => {
		expect(formatDay('en', '2026-12-03')).toBe('3 Dec 2026');
		expect(formatDay('hi', '2026-12-03')).toMatch(/2026/);
	});
});
