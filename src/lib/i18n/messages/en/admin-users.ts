// The admin's users page at the scale of the Mission: finding officers, and inviting them in
// bulk from a CSV file.
export const adminUsers = {
	'admin.users.find.label': 'Find accounts',
	'admin.users.find.q': 'Name or email',
	'admin.users.find.role': 'Role',
	'admin.users.find.city': 'City',
	'admin.users.find.status': 'Status',
	'admin.users.find.anyRole': 'Any role',
	'admin.users.find.anyCity': 'Any city',
	'admin.users.find.anyStatus': 'Any status',
	'admin.users.find.submit': 'Search',
	'admin.users.find.clear': 'Clear the filters',
	'admin.users.find.count': { one: '{count} officer matches.', other: '{count} officers match.' },
	'admin.users.find.none': 'No officer matches these filters.',
	'admin.users.find.invalid': 'These filters could not be used: {names}.',
	'admin.users.find.caption': 'Accounts, page {page} of {pages}',
	'admin.users.col.name': 'Name',
	'admin.users.col.email': 'Email',
	'admin.users.col.role': 'Role',
	'admin.users.col.city': 'City',
	'admin.users.col.status': 'Status',
	'admin.users.col.lastSignIn': 'Last signed in',
	'admin.users.col.manage': 'Manage',
	'admin.users.noCity': 'No city',
	'admin.users.openShown': 'The {shown} newest of {count} open invitations.',
	'admin.users.bulk.link': 'Invite many officers from a CSV file',
	'admin.users.bulk.title': 'Invite officers from a CSV file',
	'admin.users.bulk.back': 'Back to users and invitations',
	'admin.users.bulk.intro':
		'The file needs a header row with the columns email, role and city. The role is mission_admin, mentor or city_member; the city is its slug as in the city’s address, such as rajkot or sagar, and Mission admins need none. At most {rows} rows and {size} KB, saved as CSV UTF-8.',
	'admin.users.bulk.twoSteps':
		'First the file is checked row by row and nothing is sent. You then confirm, and only the rows without problems are invited. An address that already has an account or an open invitation is never invited twice.',
	'admin.users.bulk.upload': 'Upload a file',
	'admin.users.bulk.file': 'CSV file',
	'admin.users.bulk.fileHint':
		'For example: email,role,city then officer@rajkot.gov.in,mentor,rajkot',
	'admin.users.bulk.check': 'Check the file',
	'admin.users.bulk.checking': 'Checking the file…',
	'admin.users.bulk.file.missing': 'Choose a CSV file.',
	'admin.users.bulk.file.empty': 'The file has no officers under its header row.',
	'admin.users.bulk.file.tooLarge':
		'The file is larger than {size} KB. Split it into smaller files and upload each.',
	'admin.users.bulk.file.tooManyRows':
		'The file has more than {rows} rows. Split it into files of at most {rows} rows.',
	'admin.users.bulk.file.notUtf8':
		'The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and upload it again.',
	'admin.users.bulk.file.unterminated':
		'A quotation mark in the file is never closed. Check the file in a spreadsheet.',
	'admin.users.bulk.file.columns': 'The header row lacks these columns: {columns}.',
	'admin.users.bulk.report': 'Check of the file',
	'admin.users.bulk.ready': {
		one: '{count} row is ready to invite.',
		other: '{count} rows are ready to invite.'
	},
	'admin.users.bulk.withProblems': {
		one: '{count} row has problems and will not be invited.',
		other: '{count} rows have problems and will not be invited.'
	},
	'admin.users.bulk.nothingSent': 'Nothing has been sent yet.',
	'admin.users.bulk.problemsCaption': 'Rows with problems',
	'admin.users.bulk.readyCaption': 'Rows ready to invite',
	'admin.users.bulk.col.row': 'Row',
	'admin.users.bulk.col.problems': 'Problems',
	'admin.users.bulk.col.link': 'Invitation link',
	'admin.users.bulk.problem.email': 'Not a valid email address',
	'admin.users.bulk.problem.role': 'Unknown role: use mission_admin, mentor or city_member',
	'admin.users.bulk.problem.city': 'No city has this slug',
	'admin.users.bulk.problem.cityMissing': 'Mentors and city members need a city',
	'admin.users.bulk.problem.duplicate': 'Repeats the address of row {row}',
	'admin.users.bulk.problem.account': 'Already has an active account',
	'admin.users.bulk.problem.deactivated': 'Has a deactivated account: reactivate it instead',
	'admin.users.bulk.problem.pending': 'Already invited: the invitation is still open',
	'admin.users.bulk.confirm': {
		one: 'Send {count} invitation',
		other: 'Send {count} invitations'
	},
	'admin.users.bulk.sending': 'Sending the invitations…',
	'admin.users.bulk.noneReady': 'No row can be invited. Correct the file and check it again.',
	'admin.users.bulk.another': 'Check another file',
	'admin.users.bulk.summary': 'Invitations sent',
	'admin.users.bulk.invited': {
		one: '{count} officer invited.',
		other: '{count} officers invited.'
	},
	'admin.users.bulk.skipped': {
		one: '{count} row skipped.',
		other: '{count} rows skipped.'
	},
	'admin.users.bulk.repeated':
		'This file had already been confirmed: nothing was sent again. This is what was sent then.',
	'admin.users.bulk.mailed': 'Each officer receives the invitation by email.',
	'admin.users.bulk.handOver':
		'No mail server is set up: hand each officer their link. The links are shown only this once.',
	'admin.users.bulk.invitedCaption': 'Officers invited',
	'admin.users.bulk.skippedCaption': 'Rows skipped',
	'admin.users.bulk.missing': 'This check of a file was not found. Upload the file again.',
	'admin.users.bulk.expired': 'This check is more than a day old. Upload the file again.'
} as const;
