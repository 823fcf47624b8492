// Strings of the adoptions area: the stages, the forms' messages (adoption.error.), then the
// pages.
export const adoptions = {
	'adoption.stage.exploring': 'Exploring',
	'adoption.stage.planning': 'Planning',
	'adoption.stage.piloting': 'Piloting',
	'adoption.stage.implemented': 'Implemented',
	'adoption.stage.scaled': 'Scaled',
	'adoption.stage.dropped': 'Dropped',

	'adoption.error.stageRequired': 'Choose a stage.',
	'adoption.error.dateInvalid': 'Enter a date that exists, such as 2026-03-15.',
	'adoption.error.dateFuture': 'The date cannot be in the future.',
	'adoption.error.dateEarly': 'The date cannot be before the Mission began (25 June 2015).',
	'adoption.error.linkHttps':
		'Each link must be a full https address, such as https://example.gov.in/report, one per line.',
	'adoption.error.tooManyLinks': 'Give at most 20 links.',
	'adoption.error.number': 'Enter a number, such as 120 or 2.5.',
	'adoption.error.tooManyFigures': 'Give at most 50 figures.',
	'adoption.error.reasonRequired': 'Say why the city dropped the practice.',
	'adoption.error.practiceRequired': 'Choose the practice your city is taking up.',
	'adoption.error.practiceUnknown': 'There is no published practice by that name.',
	'adoption.error.alreadyRecorded':
		'Your city already records this practice. Add the next stage on its page instead.',
	'adoption.error.mentorshipUnknown':
		'Choose one of your city’s mentorships, in which your city is the mentee.',
	'adoption.error.slugInvalid':
		'Use lower-case letters, digits and hyphens only, such as petrol-pumps.',
	'adoption.error.targetPositive': 'The target must be a number above zero, or left empty.',
	'adoption.error.valueNonNegative': 'Enter the count reached, zero or more.',
	'adoption.error.nodalRequired':
		'Choose an officer of your city, or give the nodal officer’s name and designation.',
	'adoption.error.nodalEither':
		'Choose an officer of your city or give a name and designation, not both.',
	'adoption.error.nodalUnknown': 'The nodal officer must be an active officer of your city.',
	'adoption.error.categoryExists': 'This adoption already has a category by that name.',
	'adoption.error.categoryUnknown': 'This category is not part of the adoption.',
	'adoption.error.forbidden': 'You may not make this change.',
	'adoption.error.stale':
		'Someone saved a change to this adoption since you opened the page. The page now shows it; your text is still in the form, so check it and save again.',
	'adoption.error.notAClaim': 'Only a step at implemented or scaled is verified.',
	'adoption.error.alreadyVerified': 'This step has been verified already.',

	'adoption.kicker': 'Adoption of a practice',
	'adoption.claimed': 'claimed, not yet verified',
	'adoption.verifiedByOn': 'verified by {name} on {date}',
	'adoption.verifiedOn': 'verified on {date}',
	'adoption.demoNote':
		'Demo data of the local stack, made up to show how the platform works: no city reported it.',
	'adoption.practice': 'Practice',
	'adoption.practiceFrom': 'a practice of {city}',
	'adoption.originPractice': 'the city’s own practice (the originating city)',
	'adoption.mentorship': 'Mentorship',
	'adoption.mentorshipPair': '{mentor} mentors {mentee}',
	'adoption.since': 'At this stage since',
	'adoption.evidence': 'Evidence',
	'adoption.evidencePublicNow': 'Public: anyone may read this adoption.',
	'adoption.evidencePublicLater':
		'Marked public: it becomes public once the stage is implemented or scaled.',
	'adoption.evidencePrivate': 'Private to the city, its mentors and the Mission’s admins.',

	'adoption.form.stage': 'Stage',
	'adoption.form.stageHint':
		'Any stage: a stage may be skipped, or gone back to (a pilot dropped and restarted). Every step is kept.',
	'adoption.form.on': 'Date of this stage',
	'adoption.form.text': 'Evidence',
	'adoption.form.textHint':
		'What was done and what came of it. Markdown works: **bold**, lists, [links](https://…).',
	'adoption.form.links': 'Links to evidence',
	'adoption.form.linksHint': 'Full https addresses, one per line (at most 20).',
	'adoption.form.figures': 'Figures',
	'adoption.form.figuresHint':
		'Figures that show progress, such as “Cameras linked: 120 cameras”. Leave rows you do not need empty.',
	'adoption.form.figureRow': 'Figure {n}',
	'adoption.form.figureLabel': 'What',
	'adoption.form.figureValue': 'Value',
	'adoption.form.figureUnit': 'Unit',
	'adoption.form.reason': 'Reason (when dropped)',
	'adoption.form.reasonHint': 'Needed when the city drops the practice: say why.',

	'adoption.timeline.heading': 'Timeline',
	'adoption.timeline.current': 'current stage',
	'adoption.timeline.stepOf': 'Step {n} of {count}',
	'adoption.timeline.reason': 'Reason:',
	'adoption.timeline.links': 'Links',
	'adoption.timeline.figures': 'Figures reported',
	'adoption.timeline.recordedBy': 'Recorded by {name}',

	'adoption.verify.button': 'Verify',
	'adoption.verify.hint':
		'Verify once you have checked the evidence: the claim then counts in the programme’s figures, with your name and the date.',
	'adoption.verify.saved': 'Verified. The claim now counts in the programme’s figures.',

	'adoption.step.heading': 'Record the next stage',
	'adoption.step.intro':
		'Date the change and give its evidence. A claim of implemented or scaled shows as claimed until a mentor of the linked mentorship or an admin verifies it.',
	'adoption.step.button': 'Record this stage',
	'adoption.step.saved': 'The stage is recorded.',

	'adoption.progress.heading': 'Targets and progress',
	'adoption.progress.noCategories': 'No categories yet.',
	'adoption.progress.caption': 'Progress by category',
	'adoption.progress.category': 'Category',
	'adoption.progress.nodal': 'Nodal officer',
	'adoption.progress.noNodal': 'not named',
	'adoption.progress.target': 'Target',
	'adoption.progress.noTarget': 'no target',
	'adoption.progress.unit': 'Unit',
	'adoption.progress.latest': 'Latest',
	'adoption.progress.share': 'Share of target',
	'adoption.progress.lastUpdate': 'Last update',
	'adoption.progress.none': 'no update yet',
	'adoption.progress.trend': 'Change',
	'adoption.progress.trendSince': '{change} since {date}',
	'adoption.progress.percent': '{value}%',
	'adoption.progress.total': 'Total',
	'adoption.progress.totalSum':
		'The total adds the latest figures of the categories with a target and compares them with the sum of their targets.',
	'adoption.progress.totalMean':
		'The categories count in different units, so the total is the average of their shares of target.',
	'adoption.progress.outOfTotal': 'Without a target, and so not in the total: {names}.',
	'adoption.progress.add': 'Record progress',
	'adoption.progress.on': 'Date',
	'adoption.progress.value': 'Count reached',
	'adoption.progress.valueHint':
		'The total reached by that day (not the increase): for example 120 if 120 cameras are linked so far.',
	'adoption.progress.note': 'Note (optional)',
	'adoption.progress.addButton': 'Record progress',
	'adoption.progress.saved': 'Progress recorded.',

	'adoption.chart.titleShare': 'Share of target reached over time',
	'adoption.chart.descShare':
		'A line per category with a target, and a thicker dark line for the total, in percent of target by date of update. The table below gives the same figures.',
	'adoption.chart.titleCount': 'Count reached over time',
	'adoption.chart.descCount':
		'A line per category, the count reached by date of update. The table below gives the same figures.',

	'adoption.category.add': 'Add a category',
	'adoption.category.intro':
		'A part of the work with its own count and nodal officer, such as the cameras of petrol pumps.',
	'adoption.category.name': 'Name',
	'adoption.category.target': 'Target (optional)',
	'adoption.category.targetHint': 'The count to reach. Leave empty if there is none yet.',
	'adoption.category.unit': 'Unit',
	'adoption.category.unitHint': 'What is counted, such as cameras.',
	'adoption.category.nodal': 'Nodal officer',
	'adoption.category.nodalHint':
		'Choose an officer of your city, or give the name and designation of an officer without an account.',
	'adoption.category.nodalUser': 'Officer of your city',
	'adoption.category.nodalNamed': '— named below —',
	'adoption.category.nodalName': 'Officer’s name',
	'adoption.category.nodalDesignation': 'Designation',
	'adoption.category.addButton': 'Add the category',
	'adoption.category.saved': 'The category is added.',

	'adoption.publish.heading': 'Public evidence',
	'adoption.publish.explain':
		'With your consent, an adoption at implemented or scaled is public, with its evidence, figures and progress (never its comments). At earlier stages it stays private even when marked public.',
	'adoption.publish.isPublic': 'The city has made this evidence public.',
	'adoption.publish.isPrivate': 'The evidence is private.',
	'adoption.publish.makePublic': 'Make the evidence public',
	'adoption.publish.makePrivate': 'Make the evidence private',
	'adoption.publish.saved': 'Saved.',

	'adoption.comments.heading': 'Comments',
	'adoption.comments.private':
		'Only the city, the mentors of its mentorship and the admins read these.',
	'adoption.comments.none': 'No comments yet.',
	'adoption.comments.by': '{name}, {time}',
	'adoption.comments.someone': 'A former officer',
	'adoption.comments.add': 'Add a comment',
	'adoption.comments.body': 'Comment',
	'adoption.comments.hint': 'Markdown works: **bold**, lists, [links](https://…).',
	'adoption.comments.button': 'Post the comment',
	'adoption.comments.saved': 'Your comment is posted.',

	'adoptions.list.title': 'Adoptions',
	'adoptions.list.intro':
		'Which city took up which practice, and how far it got, with dated evidence. Everyone sees adoptions that are implemented or scaled with public evidence; officers also see their own city’s and those of the mentorships their city leads.',
	'adoptions.list.new': 'Record an adoption',
	'adoptions.list.filters': 'Filter adoptions',
	'adoptions.list.count': { one: '{count} adoption', other: '{count} adoptions' },
	'adoptions.list.empty': 'No adoptions match.',
	'adoptions.list.caption': 'Adoptions, latest stage change first',
	'adoptions.table.city': 'City',
	'adoptions.table.practice': 'Practice',
	'adoptions.table.stage': 'Stage',
	'adoptions.table.since': 'Since',
	'adoptions.table.open': 'Details',
	'adoptions.table.openLink': 'Open',
	'adoptions.origin': 'originating city',
	'adoptions.ownPractice': 'its own practice',
	'adoptions.demo': 'Demo',
	'adoptions.practiceHidden': 'a practice no longer published',
	'adoptions.record': 'Record an adoption',
	'adoptions.ownAdoption': 'Your city’s adoption of this practice',
	'adoptions.practice.heading': {
		one: 'Taken up by {count} city',
		other: 'Taken up by {count} cities'
	},
	'adoptions.practice.none': 'No city has recorded taking up this practice yet.',
	'adoptions.city.heading': 'Practices this city has adopted',
	'adoptions.city.none': 'No adoptions to show.',
	'adoptions.mentorship.heading': 'Adoptions this mentorship led to',
	'adoptions.mentorship.none': 'No adoptions recorded through this mentorship yet.',

	'adoptions.new.title': 'Record an adoption',
	'adoptions.new.intro':
		'{city} takes up a practice: choose it, say how far the city has got and give the evidence. Each later stage is added on the adoption’s page.',
	'adoptions.new.noCity': 'Only officers of a city record its adoptions.',
	'adoptions.new.practice': 'Practice',
	'adoptions.new.practiceHint': 'A published case study, playbook or agreement.',
	'adoptions.new.choosePractice': '— choose a practice —',
	'adoptions.new.mentorship': 'Mentorship (optional)',
	'adoptions.new.mentorshipHint':
		'The mentorship that led to it, if any: its mentors may then comment and verify.',
	'adoptions.new.noMentorship': 'None',
	'adoptions.new.mentorshipOption': 'Mentored by {city}',
	'adoptions.new.public': 'Make the evidence public',
	'adoptions.new.publicHint':
		'It becomes public only once the stage is implemented or scaled; until then the adoption stays private to your city, its mentors and the admins.',
	'adoptions.new.button': 'Record the adoption',
	'adoptions.new.recorded': 'Your city already records this practice.',
	'adoptions.new.recordedLink': 'Open your city’s adoption'
} as const;
