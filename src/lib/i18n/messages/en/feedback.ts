// Feedback: the public form (/feedback), its link in the footer, and the admins' list of
// messages (/admin/feedback).
export const feedback = {
	'footer.feedback': 'Feedback',

	'feedback.title': 'Send feedback',
	'feedback.intro':
		'Tell us what works, what does not, or what is missing. You need no account. We read every message; leave your email if you would like a reply.',
	'feedback.category': 'What is your message about?',
	'feedback.category.suggestion': 'A suggestion',
	'feedback.category.problem': 'Something does not work',
	'feedback.category.content': 'A mistake in the content',
	'feedback.category.accessibility': 'Something I cannot use (accessibility)',
	'feedback.category.other': 'Something else',
	'feedback.message': 'Your message',
	'feedback.messageHint':
		'At most 5,000 characters. Please do not include passwords or other secrets.',
	'feedback.page': 'The page it is about (optional)',
	'feedback.pageHint':
		'Copy the address from your browser, such as https://… or a path on this site such as /practices/….',
	'feedback.name': 'Your name (optional)',
	'feedback.email': 'Your email (optional)',
	'feedback.emailHint': 'Only if you would like a reply. It is used for nothing else.',
	'feedback.honeypot': 'Leave this field empty: it is here to catch automated messages.',
	'feedback.submit': 'Send feedback',
	'feedback.sent': 'Thank you: your feedback has been received.',
	'feedback.reference': 'Your reference number is {reference}.',
	'feedback.referenceHint': 'Quote it if you write to us about this message.',
	'feedback.another': 'Send another message',
	'feedback.categoryRequired': 'Choose what your message is about.',
	'feedback.messageRequired': 'Write your message.',
	'feedback.messageTooLong': 'Shorten your message to 5,000 characters or fewer.',
	'feedback.pageInvalid':
		'Enter a web address starting with http:// or https://, or a path on this site starting with /.',
	'feedback.rateLimited': {
		one: 'Several messages came from your connection in a short time. Please try again in {count} second; what you wrote is kept below.',
		other:
			'Several messages came from your connection in a short time. Please try again in {count} seconds; what you wrote is kept below.'
	},

	'admin.feedback.title': 'Feedback',
	'admin.feedback.intro':
		'Messages sent from the feedback page, newest first. Close a message once it has been dealt with.',
	'admin.feedback.filter': 'Filter messages',
	'admin.feedback.status': 'Status',
	'admin.feedback.any': 'Open and closed',
	'admin.feedback.status.open': 'Open',
	'admin.feedback.status.closed': 'Closed',
	'admin.feedback.show': 'Show',
	'admin.feedback.count': { one: '{count} message', other: '{count} messages' },
	'admin.feedback.none': 'No messages here.',
	'admin.feedback.invalid': 'This filter could not be used: {names}.',
	'admin.feedback.received': 'Received {time}',
	'admin.feedback.category': 'Category',
	'admin.feedback.page': 'Page',
	'admin.feedback.from': 'From',
	'admin.feedback.anonymous': 'No name or email given',
	'admin.feedback.language': 'Written in',
	'admin.feedback.closedBy': 'Closed {time} by {name}',
	'admin.feedback.closedAt': 'Closed {time}',
	'admin.feedback.close': 'Close',
	'admin.feedback.closed': 'Feedback {reference} is closed.',
	'admin.feedback.alreadyClosed': 'This message is closed already, or no longer exists.'
} as const;
