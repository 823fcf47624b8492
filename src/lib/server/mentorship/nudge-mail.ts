// The text of scheduled mail: English, then Hindi, in one message (CitySetu keeps no language
// choice per user for mail, as for invitations and resets). Links are built from the public
// origin given; without one (no mail server configured either) the path alone is written.
import { intlTags, translate } from '$lib/i18n';
import type { Locale, MessageKey, Params } from '$lib/i18n';
import { formatSessionTime } from '$lib/time';

export interface Mail {
	subject: string;
	body: string;
}

const bothLocales: Locale[] = ['en', 'hi'];

/** A day ("2026-12-03") as the reader's language writes it: "3 Dec 2026". */
export function formatDay(locale: Locale, day: string): string {
	return new Intl.DateTimeFormat(intlTags[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`)
	);
}

/** An absolute link on the public origin, or the path when there is none. */
export function mailLink(origin: string | null, path: string): string {
	return origin ? new URL(path, origin).href : path;
}

/** Subject and body in both languages; `lines` gives each language's body lines. */
function bilingual(
	subject: (locale: Locale) => string,
	lines: (locale: Locale) => (string | null)[]
): Mail {
	return {
		subject: bothLocales.map(subject).join(' · '),
		body: bothLocales
			.map((l) =>
				lines(l)
					.filter((x) => x !== null)
					.join('\n')
			)
			.join('\n\n———\n\n')
	};
}

const t = (locale: Locale, key: MessageKey, params?: Params) => translate(locale, key, params);

/** The line that says how to stop a kind of mail. */
const footer = (locale: Locale, origin: string | null) =>
	`\n${t(locale, 'nudge.footer', { link: mailLink(origin, '/account#notifications') })}`;

export type Pairing = {
	mentor: string;
	mentee: string;
};

export function sessionReminderMail(
	session: Pairing & {
		title: string;
		startsAt: string;
		durationMinutes: number;
		location: string | null;
		meetingUrl: string | null;
		mentorshipId: string;
		sessionId: string;
	},
	origin: string | null
): Mail {
	return bilingual(
		(l) => t(l, 'nudge.reminder.subject', { title: session.title }),
		(l) => [
			t(l, 'nudge.reminder.body', {
				title: session.title,
				mentor: session.mentor,
				mentee: session.mentee
			}),
			t(l, 'nudge.reminder.when', {
				time: formatSessionTime(l, session.startsAt, session.durationMinutes)
			}),
			session.location ? t(l, 'nudge.reminder.place', { place: session.location }) : null,
			session.meetingUrl ? t(l, 'nudge.reminder.link', { url: session.meetingUrl }) : null,
			t(l, 'nudge.reminder.page', {
				link: mailLink(origin, `/mentorships/${session.mentorshipId}`)
			}),
			t(l, 'nudge.reminder.ics', {
				link: mailLink(origin, `/api/v1/sessions/${session.sessionId}.ics`)
			}),
			footer(l, origin)
		]
	);
}

export type DigestLine = Pairing & {
	title: string;
	dueOn: string;
};

export function digestMail(
	digest: { overdue: DigestLine[]; dueSoon: DigestLine[] },
	origin: string | null
): Mail {
	const line = (l: Locale, item: DigestLine) =>
		t(l, 'nudge.digest.item', { ...item, due: formatDay(l, item.dueOn) });
	return bilingual(
		(l) =>
			t(l, 'nudge.digest.subject', {
				overdue: digest.overdue.length,
				due: digest.dueSoon.length
			}),
		(l) => [
			t(l, 'nudge.digest.intro'),
			...(digest.overdue.length > 0
				? ['', t(l, 'nudge.digest.overdue'), ...digest.overdue.map((i) => line(l, i))]
				: []),
			...(digest.dueSoon.length > 0
				? ['', t(l, 'nudge.digest.dueSoon'), ...digest.dueSoon.map((i) => line(l, i))]
				: []),
			'',
			t(l, 'nudge.digest.page', { link: mailLink(origin, '/dashboard') }),
			footer(l, origin)
		]
	);
}

export function unansweredMail(
	request: Pairing & { mentorshipId: string; days: number },
	origin: string | null
): Mail {
	return bilingual(
		(l) => t(l, 'nudge.unanswered.subject', request),
		(l) => [
			t(l, 'nudge.unanswered.body', request),
			t(l, 'nudge.unanswered.answer', {
				link: mailLink(origin, `/mentorships/${request.mentorshipId}`)
			}),
			footer(l, origin)
		]
	);
}

export function noFirstSessionMail(
	mentorship: Pairing & { mentorshipId: string },
	origin: string | null
): Mail {
	return bilingual(
		(l) => t(l, 'nudge.firstSession.subject', mentorship),
		(l) => [
			t(l, 'nudge.firstSession.body', mentorship),
			t(l, 'nudge.schedule', { link: mailLink(origin, `/mentorships/${mentorship.mentorshipId}`) }),
			footer(l, origin)
		]
	);
}

export function quietMail(
	mentorship: Pairing & { mentorshipId: string; days: number },
	origin: string | null
): Mail {
	return bilingual(
		(l) => t(l, 'nudge.quiet.subject', mentorship),
		(l) => [
			t(l, 'nudge.quiet.body', mentorship),
			t(l, 'nudge.schedule', { link: mailLink(origin, `/mentorships/${mentorship.mentorshipId}`) }),
			footer(l, origin)
		]
	);
}

export function programmeEndingMail(
	mentorship: Pairing & {
		mentorshipId: string;
		programme: { en: string; hi: string };
		endsOn: string;
	},
	origin: string | null
): Mail {
	const params = (l: Locale) => ({
		...mentorship,
		programme: l === 'hi' ? mentorship.programme.hi : mentorship.programme.en,
		date: formatDay(l, mentorship.endsOn)
	});
	return bilingual(
		(l) => t(l, 'nudge.programmeEnding.subject', params(l)),
		(l) => [
			t(l, 'nudge.programmeEnding.body', params(l)),
			t(l, 'nudge.programmeEnding.page', {
				link: mailLink(origin, `/mentorships/${mentorship.mentorshipId}`)
			}),
			footer(l, origin)
		]
	);
}

/** Not a reminder one can turn off: the answer to the requester's own request. */
export function expiredMail(request: Pairing & { days: number }, origin: string | null): Mail {
	return bilingual(
		(l) => t(l, 'nudge.expired.subject', request),
		(l) => [
			t(l, 'nudge.expired.body', request),
			t(l, 'nudge.expired.next', { link: mailLink(origin, '/mentorships/new') })
		]
	);
}
