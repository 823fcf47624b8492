// The signed-in dashboard, the account page's calendar feed and mail settings, the admins'
// handover list, and the scheduled mail (reminders, digest, nudges, expiry). In Hindi a
// mentorship session is a बैठक, as in the calendar files.
export const dashboard = {
	'dashboard.nav': 'Dashboard',
	'dashboard.title': 'Your dashboard',
	'dashboard.intro': 'What needs you next in your mentorships, in India Standard Time.',
	'dashboard.requests': 'Requests awaiting you',
	'dashboard.requests.introMentor':
		'Requests and proposals to your city. A request with no answer expires after 10 days.',
	'dashboard.requests.introAdmin': 'Pairings the Mission proposed that await the mentor’s answer.',
	'dashboard.requests.empty': 'Nothing awaits your answer.',
	'dashboard.request.pairing': '{mentee} asks {mentor} for help',
	'dashboard.request.requested': 'Request of {date}',
	'dashboard.request.proposed': 'Proposed by the Mission on {date}',
	'dashboard.request.expires': 'expires on {date} without an answer',
	'dashboard.sessions': 'Your next sessions',
	'dashboard.sessions.empty': 'No session is planned in your mentorships.',
	'dashboard.session.pairing': '{mentor} with {mentee}',
	'dashboard.session.ics': 'Add to calendar (.ics): {title}',
	'dashboard.actions': 'Your action items',
	'dashboard.actions.empty': 'You have no open action items.',
	'dashboard.actions.overdueCount': {
		one: '{count} action item is overdue.',
		other: '{count} action items are overdue.'
	},
	'dashboard.action.overdue': 'Overdue: was due on {date}',
	'dashboard.action.dueToday': 'Due today',
	'dashboard.action.due': 'Due on {date}',
	'dashboard.practices': 'New practices on your mentorships’ topics',
	'dashboard.practices.intro':
		'Published in the last 30 days, on the sectors and components of your active mentorships.',
	'dashboard.practices.empty': 'No new practice on these topics in the last 30 days.',
	'dashboard.practices.noMentorships':
		'Practices on your topics appear here once your city has an active mentorship.',
	'dashboard.handover': {
		one: '{count} lead role or action item waits to be reassigned.',
		other: '{count} lead roles and action items wait to be reassigned.'
	},

	'feed.title': 'Calendar feed',
	'feed.intro':
		'Subscribe to your mentorships’ sessions in Google Calendar, Outlook or your phone’s calendar. The feed lists the sessions of your city’s mentorships, and those you attend, from 90 days back onward. Calendar apps fetch it again about every hour; Google Calendar can take up to a day.',
	'feed.secret':
		'Its address holds a secret: anyone who has it can read these sessions. CitySetu keeps only a fingerprint of it, so the address is shown once, when it is made. If it leaks, replace it.',
	'feed.created': 'Your calendar feed is ready. Copy its address now: it will not be shown again.',
	'feed.webcal': 'Open in your calendar app (webcal://)',
	'feed.webcalLabel': 'Address for Apple Calendar and Outlook on a computer',
	'feed.httpsLabel':
		'Address for Google Calendar (Other calendars → From URL) and Outlook on the web (Add calendar → Subscribe from web)',
	'feed.active': 'A feed is active, made on {time}.',
	'feed.lastUsed': 'Last fetched on {time}.',
	'feed.neverUsed': 'No calendar app has fetched it yet.',
	'feed.none': 'You have no calendar feed.',
	'feed.create': 'Make a calendar feed',
	'feed.replace': 'Replace it with a new address',
	'feed.revoke': 'Revoke the feed',
	'feed.revoked': 'Your calendar feed is revoked: its address gives nothing any more.',

	'notifications.title': 'Mail reminders',
	'notifications.intro':
		'The scheduled mail CitySetu sends you. Answers to your own requests are always sent.',
	'notifications.sessionReminders': 'Session reminders, the day before each session',
	'notifications.actionDigest': 'A daily digest of my action items due within 3 days or overdue',
	'notifications.nudges':
		'Nudges: requests unanswered for a week, mentorships without sessions, a programme’s approaching end',
	'notifications.saved': 'Your mail settings are saved.',

	'handover.title': 'Handover list',
	'handover.link': 'Handover list: lead roles and action items to reassign',
	'handover.intro':
		'When an officer is transferred or deactivated, the mentorships they led and their open action items wait here until a colleague takes them over. The history keeps their name.',
	'handover.leads': 'Lead roles',
	'handover.leads.empty': 'Every open mentorship has an active lead.',
	'handover.items': 'Open action items',
	'handover.items.empty': 'Every open action item has an owner in one of its two cities.',
	'handover.pairing': '{mentor} mentors {mentee}',
	'handover.side.mentor': 'Lead mentor',
	'handover.side.mentee': 'Lead officer of the mentee city',
	'handover.reason.deactivated': '{name} is deactivated.',
	'handover.reason.transferred': '{name} now works in {city}.',
	'handover.reason.transferredNowhere': '{name} has no city any more.',
	'handover.item.due': 'Due on {date}',
	'handover.newOfficer': 'New officer',
	'handover.choose': 'Choose an officer',
	'handover.noCandidate': 'No active officer can take this over yet: invite one first.',
	'handover.reassign': 'Reassign',
	'handover.saved': 'Handed over: the new officer carries it now.',
	'handover.invalid':
		'That officer cannot take this over: they must be active in the right city (a mentor, for the mentor side).',
	'handover.gone': 'This is no longer open, or someone reassigned it already.',

	'nudge.footer': 'To stop mail like this, change your mail settings: {link}',
	'nudge.reminder.subject': 'Tomorrow: {title}',
	'nudge.reminder.body': 'A reminder: the session “{title}” of {mentor} and {mentee} is tomorrow.',
	'nudge.reminder.when': 'When: {time}',
	'nudge.reminder.place': 'Place: {place}',
	'nudge.reminder.link': 'Meeting link: {url}',
	'nudge.reminder.page': 'Agenda and notes: {link}',
	'nudge.reminder.ics': 'Add it to your calendar: {link}',
	'nudge.digest.subject': 'Your action items: {overdue} overdue, {due} due soon',
	'nudge.digest.intro': 'Your open action items on CitySetu that are overdue or due within 3 days.',
	'nudge.digest.overdue': 'Overdue',
	'nudge.digest.dueSoon': 'Due within 3 days',
	'nudge.digest.item': '• {title} ({mentor} and {mentee}), due on {due}',
	'nudge.digest.page': 'All of them on your dashboard: {link}',
	'nudge.unanswered.subject': '{mentee} is waiting for your answer',
	'nudge.unanswered.body':
		'{mentee} asked {mentor} for mentorship {days} days ago and has had no answer. A request with no answer expires after 10 days.',
	'nudge.unanswered.answer': 'Accept or decline: {link}',
	'nudge.firstSession.subject': 'No session yet: {mentor} and {mentee}',
	'nudge.firstSession.body':
		'The mentorship of {mentor} and {mentee} began two weeks ago, and no session has been planned.',
	'nudge.schedule': 'Schedule a session: {link}',
	'nudge.quiet.subject': '{days} days without a session: {mentor} and {mentee}',
	'nudge.quiet.body':
		'The mentorship of {mentor} and {mentee} has had no session for {days} days, and none is planned. Mentorships that go quiet fade away unseen.',
	'nudge.programmeEnding.subject': '{programme} ends on {date}',
	'nudge.programmeEnding.body':
		'The programme {programme} ends on {date}. Plan the last sessions of {mentor} and {mentee}, and the closing summary.',
	'nudge.programmeEnding.page': 'The mentorship: {link}',
	'nudge.expired.subject': 'Your request to {mentor} has expired',
	'nudge.expired.body':
		'{mentor} did not answer the request of {mentee} within {days} days, so it has expired.',
	'nudge.expired.next': 'See the next suggested mentors and ask again: {link}'
} as const;
