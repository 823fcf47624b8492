// Mentorships. The top half is asking for a mentor, answering, withdrawing and the lists
// (mentorship.request., mentorship.decision., mentorship.status., mentorships.list.); the
// mentorship page's strings follow at the bottom.
export const mentorships = {
	'mentorships.list.title': 'Mentorships',
	'mentorships.list.intro':
		'Which city mentors which, in every programme of the Mission. Officers also see their own city’s requests, proposals and answers.',
	'mentorships.list.adminTitle': 'All mentorships',
	'mentorships.list.adminIntro':
		'Every request, proposal and pairing. Propose a pairing to put a mentor city and a mentee city together.',
	'mentorships.list.new': 'Ask for a mentor',
	'mentorships.list.propose': 'Propose a pairing',
	'mentorships.list.filters': 'Filter mentorships',
	'mentorships.list.filter.status': 'Status',
	'mentorships.list.filter.city': 'City',
	'mentorships.list.filter.programme': 'Programme',
	'mentorships.list.count': {
		one: '{count} mentorship',
		other: '{count} mentorships'
	},
	'mentorships.list.empty': 'No mentorships match.',
	'mentorships.list.caption': 'Mentorships, newest first',
	'mentorships.list.pairing': 'Pairing',
	'mentorships.list.pairingText': '{mentor} mentors {mentee}',
	'mentorships.list.requestText': '{mentee} asks {mentor}',
	'mentorships.list.mentor': 'Lead mentor',
	'mentorships.list.topics': 'Topics',
	'mentorships.list.status': 'Status',
	'mentorships.list.dates': 'Dates',
	'mentorships.list.since': 'since {date}',
	'mentorships.list.from': 'from {date}',
	'mentorships.list.range': '{from} to {to}',
	'mentorships.list.open': 'Open',
	'mentorships.list.answer': 'Answer the request',
	'mentorships.list.source': 'Source',
	'mentorships.list.status.requested': 'Requested',
	'mentorships.list.status.proposed': 'Proposed',
	'mentorships.list.status.active': 'Active',
	'mentorships.list.status.declined': 'Declined',
	'mentorships.list.status.expired': 'Expired',
	'mentorships.list.status.paused': 'Paused',
	'mentorships.list.status.completed': 'Completed',
	'mentorships.list.status.withdrawn': 'Withdrawn',
	'mentorships.list.openRequests': 'Your city’s open requests',
	'mentorships.list.openRequestsIntro':
		'These requests still wait for an answer. Withdraw those your city no longer needs.',
	'mentorships.list.openRequestsAccepted': {
		one: '{mentor} accepted your city’s request. {count} other request is still open: withdraw it if your city no longer needs it.',
		other:
			'{mentor} accepted your city’s request. {count} other requests are still open: withdraw those your city no longer needs.'
	},
	'mentorships.list.openRequestTo': 'Request to {city}',
	'mentorships.list.withdrawn': 'The request was withdrawn.',

	'mentorship.request.title': 'Ask for a mentor',
	'mentorship.request.intro':
		'Describe what your city needs and pick the topics. CitySetu suggests the mentors who fit best and says why; choose one and send the request. The mentor answers within 10 days, or the request expires.',
	'mentorship.request.proposeTitle': 'Propose a pairing',
	'mentorship.request.proposeIntro':
		'Choose the mentee city and the topics, and see the same ranked suggestions a city sees. The mentor you choose is asked to accept the pairing.',
	'mentorship.request.menteeCity': 'Mentee city',
	'mentorship.request.chooseCity': 'Choose a city',
	'mentorship.request.need': 'What your city needs help with',
	'mentorship.request.needHint':
		'In Markdown, 20 to 8,000 characters: what you have, what you want to achieve, and what stands in the way. Only your city, the mentor’s city and the Mission read it.',
	'mentorship.request.topics': 'Topics',
	'mentorship.request.topicsHint': 'At least one sector or ICCC component.',
	'mentorship.request.sectors': 'Sectors',
	'mentorship.request.components': 'ICCC components',
	'mentorship.request.suggest': 'Show suggestions',
	'mentorship.request.suggestions': 'Suggested mentors',
	'mentorship.request.suggestionsIntro':
		'Best fit first. Each reason shows its share of the score; a mentor with no places free comes last.',
	'mentorship.request.noSuggestions': 'No mentor is available yet.',
	'mentorship.request.score': 'Score {score} of 100',
	'mentorship.request.reasons': 'Why',
	'mentorship.request.shareOfScore': '{percent} of the score',
	'mentorship.request.choose': 'Ask {name}',
	'mentorship.request.chosen': 'Chosen mentor',
	'mentorship.request.preselected': 'You chose {name} ({city}) from the mentor directory.',
	'mentorship.request.send': 'Send the request',
	'mentorship.request.propose': 'Propose the pairing',
	'mentorship.request.sent': 'Your request was sent to {name}.',
	'mentorship.request.needTooShort': 'Describe the need in at least 20 characters.',
	'mentorship.request.needTooLong': 'Keep the need under 8,000 characters.',
	'mentorship.request.topicsRequired': 'Choose at least one sector or ICCC component.',
	'mentorship.request.mentorRequired': 'Choose a mentor.',
	'mentorship.request.unknownCity': 'Choose a city from the list.',
	'mentorship.request.unknownTopic': 'Choose topics from the lists.',
	'mentorship.request.mentorUnavailable':
		'This mentor cannot take this request: they are no longer an active mentor, or they work in the same city.',
	'mentorship.request.noProgramme': 'No mentorship programme is running now.',
	'mentorship.request.alreadyOpen':
		'Your city already has an open request to this mentor’s city, or a mentorship with it that runs.',
	'mentorship.request.noCity': 'Only officers of a city can ask for a mentor.',
	'mentorship.request.forbidden': 'You may not ask for a mentor for this city.',
	'mentorship.request.withdraw': 'Withdraw the request',
	'mentorship.request.withdrawTo': 'Withdraw the request to {city}',
	'mentorship.request.withdrawTitle': 'Withdraw the request',
	'mentorship.request.withdrawIntro':
		'Withdraw your city’s request to {city}? The mentor is no longer asked to answer it.',
	'mentorship.request.withdrawNote': 'Why (optional)',
	'mentorship.request.notOpen': 'This request is no longer open: it is {status}.',
	'mentorship.request.withdrawForbidden': 'Only the city that asked, or an admin, can withdraw it.',
	'mentorship.request.mail.subject': 'Mentorship request from {mentee}',
	'mentorship.request.mail.body':
		'{mentee} asks you, as a mentor of {mentorCity}, for help with: {topics}.\nRead the request and answer it: {link}\nA request unanswered for 10 days expires.',
	'mentorship.request.mail.proposalSubject': 'Proposed mentorship of {mentee}',
	'mentorship.request.mail.proposalBody':
		'The Smart Cities Mission proposes that you, as a mentor of {mentorCity}, mentor {mentee} on: {topics}.\nRead the proposal and answer it: {link}',

	'mentorship.decision.title': 'Answer the request',
	'mentorship.decision.intro': '{mentee} asks {mentorCity} for mentoring.',
	'mentorship.decision.proposedIntro': 'The Mission proposes that {mentorCity} mentors {mentee}.',
	'mentorship.decision.request': 'The request',
	'mentorship.decision.need': 'The need',
	'mentorship.decision.topics': 'Topics',
	'mentorship.decision.asked': 'Asked',
	'mentorship.decision.askedBy': 'Asked by {name} on {date}',
	'mentorship.decision.askedOn': 'Asked on {date}',
	'mentorship.decision.mentor': 'Mentor asked',
	'mentorship.decision.legend': 'Your answer',
	'mentorship.decision.accept': 'Accept',
	'mentorship.decision.decline': 'Decline',
	'mentorship.decision.reason': 'Reason',
	'mentorship.decision.reasonHint':
		'Required to decline; the city that asked reads it. With an acceptance, a word of welcome.',
	'mentorship.decision.send': 'Send the answer',
	'mentorship.decision.choose': 'Choose accept or decline.',
	'mentorship.decision.reasonRequired': 'Give a reason to decline.',
	'mentorship.decision.full': {
		one: 'You already lead {count} mentee city, your capacity. Complete or hand over a mentorship, or raise your capacity in your mentor profile, before you accept another.',
		other:
			'You already lead {count} mentee cities, your capacity. Complete or hand over a mentorship, or raise your capacity in your mentor profile, before you accept another.'
	},
	'mentorship.decision.fullFor': {
		one: 'The mentor already leads {count} mentee city, their capacity.',
		other: 'The mentor already leads {count} mentee cities, their capacity.'
	},
	'mentorship.decision.notOpen': 'This request is no longer open: it is {status}.',
	'mentorship.decision.forbidden': 'Only a mentor of {city} or an admin can answer this request.',
	'mentorship.decision.accepted': 'You accepted: the mentorship is active.',
	'mentorship.decision.declined': 'You declined the request.',
	'mentorship.decision.mail.acceptedSubject': '{mentorCity} accepted your request',
	'mentorship.decision.mail.acceptedBody':
		'{mentorCity} accepted your city’s request for mentoring on: {topics}.\n{reason}\nThe mentorship: {link}',
	'mentorship.decision.mail.declinedSubject': '{mentorCity} declined your request',
	'mentorship.decision.mail.declinedBody':
		'{mentorCity} declined your city’s request for mentoring on: {topics}.\nThe reason: {reason}\nAsk another mentor: {newLink}',
	'mentorship.decision.mail.openRequests': {
		one: 'Your city has {count} other open request, which you may now withdraw:\n{others}\nWithdraw with one click: {listLink}',
		other:
			'Your city has {count} other open requests, which you may now withdraw:\n{others}\nWithdraw with one click: {listLink}'
	},

	'mentorship.status.moveRequired': 'Choose what to do.',
	'mentorship.status.notAllowed': 'This change is not allowed now.'
} as const;
