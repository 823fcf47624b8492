import { area } from './area';

// Strings of the adoptions area, English and Hindi side by side: the stages, the forms' messages
// (adoption.error.), then the pages.
export const adoptions = area(
	{
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
	},
	{
		'adoption.stage.exploring': 'विचाराधीन',
		'adoption.stage.planning': 'योजना',
		'adoption.stage.piloting': 'पायलट',
		'adoption.stage.implemented': 'लागू',
		'adoption.stage.scaled': 'विस्तारित',
		'adoption.stage.dropped': 'छोड़ा गया',

		'adoption.error.stageRequired': 'चरण चुनें।',
		'adoption.error.dateInvalid': 'सही तारीख़ लिखें, जैसे 2026-03-15।',
		'adoption.error.dateFuture': 'तारीख़ भविष्य की नहीं हो सकती।',
		'adoption.error.dateEarly': 'तारीख़ मिशन की शुरुआत (25 जून 2015) से पहले की नहीं हो सकती।',
		'adoption.error.linkHttps':
			'हर लिंक पूरा https पता हो, जैसे https://example.gov.in/report, हर पंक्ति में एक।',
		'adoption.error.tooManyLinks': 'अधिकतम 20 लिंक दें।',
		'adoption.error.number': 'संख्या लिखें, जैसे 120 या 2.5।',
		'adoption.error.tooManyFigures': 'अधिकतम 50 आँकड़े दें।',
		'adoption.error.reasonRequired': 'बताएँ कि शहर ने यह पहल क्यों छोड़ी।',
		'adoption.error.practiceRequired': 'वह पहल चुनें जिसे आपका शहर अपना रहा है।',
		'adoption.error.practiceUnknown': 'इस नाम की कोई प्रकाशित पहल नहीं है।',
		'adoption.error.alreadyRecorded':
			'आपका शहर यह पहल पहले से दर्ज कर चुका है। अगला चरण उसी के पृष्ठ पर जोड़ें।',
		'adoption.error.mentorshipUnknown': 'अपने शहर की कोई ऐसी मेंटरशिप चुनें जिसमें आपका शहर मेंटी है।',
		'adoption.error.slugInvalid': 'केवल छोटे अंग्रेज़ी अक्षर, अंक और हाइफ़न लिखें, जैसे petrol-pumps।',
		'adoption.error.targetPositive': 'लक्ष्य शून्य से बड़ी संख्या हो, या ख़ाली छोड़ें।',
		'adoption.error.valueNonNegative': 'अब तक पहुँची संख्या लिखें, शून्य या अधिक।',
		'adoption.error.nodalRequired':
			'अपने शहर का कोई अधिकारी चुनें, या नोडल अधिकारी का नाम और पदनाम लिखें।',
		'adoption.error.nodalEither': 'या तो अपने शहर का अधिकारी चुनें या नाम और पदनाम लिखें, दोनों नहीं।',
		'adoption.error.nodalUnknown': 'नोडल अधिकारी आपके शहर का सक्रिय अधिकारी होना चाहिए।',
		'adoption.error.categoryExists': 'इस नाम की श्रेणी पहले से मौजूद है।',
		'adoption.error.categoryUnknown': 'यह श्रेणी इस अपनाने का हिस्सा नहीं है।',
		'adoption.error.forbidden': 'आप यह बदलाव नहीं कर सकते।',
		'adoption.error.stale':
			'आपके पृष्ठ खोलने के बाद किसी ने इसमें बदलाव सहेजा है। पृष्ठ अब वह बदलाव दिखा रहा है; आपका लिखा फ़ॉर्म में सुरक्षित है, उसे देखकर फिर से सहेजें।',
		'adoption.error.notAClaim': 'केवल "लागू" या "विस्तारित" चरण का सत्यापन होता है।',
		'adoption.error.alreadyVerified': 'इस चरण का सत्यापन पहले ही हो चुका है।',

		'adoption.kicker': 'पहल को अपनाना',
		'adoption.claimed': 'दावा, अभी सत्यापित नहीं',
		'adoption.verifiedByOn': '{name} ने {date} को सत्यापित किया',
		'adoption.verifiedOn': '{date} को सत्यापित',
		'adoption.demoNote':
			'स्थानीय डेमो डेटा, प्लेटफ़ॉर्म को समझाने के लिए बनाया गया: किसी शहर ने इसकी सूचना नहीं दी।',
		'adoption.practice': 'पहल',
		'adoption.practiceFrom': '{city} की पहल',
		'adoption.originPractice': 'शहर की अपनी पहल (मूल शहर)',
		'adoption.mentorship': 'मेंटरशिप',
		'adoption.mentorshipPair': '{mentor}, {mentee} का मेंटर',
		'adoption.since': 'इस चरण में कब से',
		'adoption.evidence': 'साक्ष्य',
		'adoption.evidencePublicNow': 'सार्वजनिक: इसे कोई भी पढ़ सकता है।',
		'adoption.evidencePublicLater':
			'सार्वजनिक चिह्नित: चरण "लागू" या "विस्तारित" होने पर यह सार्वजनिक होगा।',
		'adoption.evidencePrivate': 'केवल शहर, उसके मेंटर और मिशन के एडमिन देख सकते हैं।',

		'adoption.form.stage': 'चरण',
		'adoption.form.stageHint':
			'कोई भी चरण: किसी चरण को छोड़ा जा सकता है या पीछे लौटा जा सकता है (पायलट छोड़कर फिर शुरू)। हर चरण सहेजा रहता है।',
		'adoption.form.on': 'इस चरण की तारीख़',
		'adoption.form.text': 'साक्ष्य',
		'adoption.form.textHint':
			'क्या किया गया और उसका क्या नतीजा निकला। Markdown चलता है: **मोटे अक्षर**, सूचियाँ, [लिंक](https://…)।',
		'adoption.form.links': 'साक्ष्य के लिंक',
		'adoption.form.linksHint': 'पूरे https पते, हर पंक्ति में एक (अधिकतम 20)।',
		'adoption.form.figures': 'आँकड़े',
		'adoption.form.figuresHint':
			'प्रगति दिखाने वाले आँकड़े, जैसे “जुड़े कैमरे: 120 कैमरे”। जिन पंक्तियों की ज़रूरत न हो उन्हें ख़ाली छोड़ें।',
		'adoption.form.figureRow': 'आँकड़ा {n}',
		'adoption.form.figureLabel': 'क्या',
		'adoption.form.figureValue': 'मान',
		'adoption.form.figureUnit': 'इकाई',
		'adoption.form.reason': 'कारण (छोड़ने पर)',
		'adoption.form.reasonHint': 'शहर पहल छोड़े तो ज़रूरी: कारण बताएँ।',

		'adoption.timeline.heading': 'समय-रेखा',
		'adoption.timeline.current': 'वर्तमान चरण',
		'adoption.timeline.stepOf': '{count} में से चरण {n}',
		'adoption.timeline.reason': 'कारण:',
		'adoption.timeline.links': 'लिंक',
		'adoption.timeline.figures': 'बताए गए आँकड़े',
		'adoption.timeline.recordedBy': '{name} ने दर्ज किया',

		'adoption.verify.button': 'सत्यापित करें',
		'adoption.verify.hint':
			'साक्ष्य जाँचने के बाद सत्यापित करें: तब यह दावा आपके नाम और तारीख़ के साथ कार्यक्रम के आँकड़ों में गिना जाएगा।',
		'adoption.verify.saved': 'सत्यापित। अब यह दावा कार्यक्रम के आँकड़ों में गिना जाता है।',

		'adoption.step.heading': 'अगला चरण दर्ज करें',
		'adoption.step.intro':
			'बदलाव की तारीख़ और उसका साक्ष्य दें। "लागू" या "विस्तारित" का दावा तब तक दावा ही दिखेगा जब तक जुड़ी मेंटरशिप का कोई मेंटर या एडमिन उसे सत्यापित न करे।',
		'adoption.step.button': 'यह चरण दर्ज करें',
		'adoption.step.saved': 'चरण दर्ज हो गया।',

		'adoption.progress.heading': 'लक्ष्य और प्रगति',
		'adoption.progress.noCategories': 'अभी कोई श्रेणी नहीं।',
		'adoption.progress.caption': 'श्रेणीवार प्रगति',
		'adoption.progress.category': 'श्रेणी',
		'adoption.progress.nodal': 'नोडल अधिकारी',
		'adoption.progress.noNodal': 'नामित नहीं',
		'adoption.progress.target': 'लक्ष्य',
		'adoption.progress.noTarget': 'कोई लक्ष्य नहीं',
		'adoption.progress.unit': 'इकाई',
		'adoption.progress.latest': 'ताज़ा',
		'adoption.progress.share': 'लक्ष्य का हिस्सा',
		'adoption.progress.lastUpdate': 'पिछला अपडेट',
		'adoption.progress.none': 'अभी कोई अपडेट नहीं',
		'adoption.progress.trend': 'बदलाव',
		'adoption.progress.trendSince': '{date} से {change}',
		'adoption.progress.percent': '{value} प्रतिशत',
		'adoption.progress.total': 'कुल',
		'adoption.progress.totalSum':
			'कुल में लक्ष्य वाली श्रेणियों के ताज़ा आँकड़े जोड़कर उनके लक्ष्यों के जोड़ से तुलना की जाती है।',
		'adoption.progress.totalMean':
			'श्रेणियाँ अलग-अलग इकाइयों में गिनी जाती हैं, इसलिए कुल उनके लक्ष्य-हिस्सों का औसत है।',
		'adoption.progress.outOfTotal': 'लक्ष्य के बिना, इसलिए कुल में शामिल नहीं: {names}।',
		'adoption.progress.add': 'प्रगति दर्ज करें',
		'adoption.progress.on': 'तारीख़',
		'adoption.progress.value': 'पहुँची संख्या',
		'adoption.progress.valueHint':
			'उस दिन तक की कुल संख्या (बढ़ोतरी नहीं): जैसे अब तक 120 कैमरे जुड़े हों तो 120।',
		'adoption.progress.note': 'टिप्पणी (वैकल्पिक)',
		'adoption.progress.addButton': 'प्रगति दर्ज करें',
		'adoption.progress.saved': 'प्रगति दर्ज हो गई।',

		'adoption.chart.titleShare': 'समय के साथ लक्ष्य का पूरा हुआ हिस्सा',
		'adoption.chart.descShare':
			'लक्ष्य वाली हर श्रेणी की एक रेखा और कुल की एक मोटी गहरी रेखा, अपडेट की तारीख़ के अनुसार लक्ष्य के प्रतिशत में। नीचे की तालिका में यही आँकड़े हैं।',
		'adoption.chart.titleCount': 'समय के साथ पहुँची संख्या',
		'adoption.chart.descCount':
			'हर श्रेणी की एक रेखा, अपडेट की तारीख़ के अनुसार पहुँची संख्या। नीचे की तालिका में यही आँकड़े हैं।',

		'adoption.category.add': 'श्रेणी जोड़ें',
		'adoption.category.intro':
			'काम का एक हिस्सा जिसकी अपनी गिनती और नोडल अधिकारी हो, जैसे पेट्रोल पंपों के कैमरे।',
		'adoption.category.name': 'नाम',
		'adoption.category.target': 'लक्ष्य (वैकल्पिक)',
		'adoption.category.targetHint': 'पहुँचने वाली संख्या। अभी कोई लक्ष्य न हो तो ख़ाली छोड़ें।',
		'adoption.category.unit': 'इकाई',
		'adoption.category.unitHint': 'क्या गिना जाता है, जैसे कैमरे।',
		'adoption.category.nodal': 'नोडल अधिकारी',
		'adoption.category.nodalHint':
			'अपने शहर का कोई अधिकारी चुनें, या बिना खाते वाले अधिकारी का नाम और पदनाम लिखें।',
		'adoption.category.nodalUser': 'आपके शहर का अधिकारी',
		'adoption.category.nodalNamed': '— नीचे लिखा नाम —',
		'adoption.category.nodalName': 'अधिकारी का नाम',
		'adoption.category.nodalDesignation': 'पदनाम',
		'adoption.category.addButton': 'श्रेणी जोड़ें',
		'adoption.category.saved': 'श्रेणी जुड़ गई।',

		'adoption.publish.heading': 'सार्वजनिक साक्ष्य',
		'adoption.publish.explain':
			'आपकी सहमति से "लागू" या "विस्तारित" चरण का अपनाना अपने साक्ष्य, आँकड़ों और प्रगति के साथ सार्वजनिक होता है (टिप्पणियाँ कभी नहीं)। इससे पहले के चरणों में यह सार्वजनिक चिह्नित होने पर भी निजी रहता है।',
		'adoption.publish.isPublic': 'शहर ने यह साक्ष्य सार्वजनिक किया है।',
		'adoption.publish.isPrivate': 'साक्ष्य निजी है।',
		'adoption.publish.makePublic': 'साक्ष्य सार्वजनिक करें',
		'adoption.publish.makePrivate': 'साक्ष्य निजी करें',
		'adoption.publish.saved': 'सहेजा गया।',

		'adoption.comments.heading': 'टिप्पणियाँ',
		'adoption.comments.private': 'इन्हें केवल शहर, उसकी मेंटरशिप के मेंटर और एडमिन पढ़ सकते हैं।',
		'adoption.comments.none': 'अभी कोई टिप्पणी नहीं।',
		'adoption.comments.by': '{name}, {time} को',
		'adoption.comments.someone': 'एक पूर्व अधिकारी',
		'adoption.comments.add': 'टिप्पणी जोड़ें',
		'adoption.comments.body': 'टिप्पणी',
		'adoption.comments.hint': 'Markdown चलता है: **मोटे अक्षर**, सूचियाँ, [लिंक](https://…)।',
		'adoption.comments.button': 'टिप्पणी भेजें',
		'adoption.comments.saved': 'आपकी टिप्पणी जुड़ गई।',

		'adoptions.list.title': 'अपनाई गई पहलें',
		'adoptions.list.intro':
			'किस शहर ने कौन-सी पहल अपनाई और वह कितनी आगे बढ़ी, तारीख़वार साक्ष्य के साथ। सार्वजनिक साक्ष्य वाली "लागू" या "विस्तारित" पहलें सभी देख सकते हैं; अधिकारी अपने शहर की और अपने शहर की मेंटरशिप वाली पहलें भी देखते हैं।',
		'adoptions.list.new': 'अपनाई गई पहल दर्ज करें',
		'adoptions.list.filters': 'अपनाई गई पहलें छाँटें',
		'adoptions.list.count': { one: '{count} पहल', other: '{count} पहलें' },
		'adoptions.list.empty': 'कोई मेल नहीं मिला।',
		'adoptions.list.caption': 'अपनाई गई पहलें, ताज़ा चरण-बदलाव पहले',
		'adoptions.table.city': 'शहर',
		'adoptions.table.practice': 'पहल',
		'adoptions.table.stage': 'चरण',
		'adoptions.table.since': 'कब से',
		'adoptions.table.open': 'विवरण',
		'adoptions.table.openLink': 'खोलें',
		'adoptions.origin': 'मूल शहर',
		'adoptions.ownPractice': 'उसकी अपनी पहल',
		'adoptions.demo': 'डेमो',
		'adoptions.practiceHidden': 'एक पहल जो अब प्रकाशित नहीं है',
		'adoptions.record': 'अपनाई गई पहल दर्ज करें',
		'adoptions.ownAdoption': 'आपके शहर द्वारा इस पहल को अपनाना',
		'adoptions.practice.heading': {
			one: '{count} शहर ने अपनाई',
			other: '{count} शहरों ने अपनाई'
		},
		'adoptions.practice.none': 'अभी तक किसी शहर ने इस पहल को अपनाना दर्ज नहीं किया है।',
		'adoptions.city.heading': 'इस शहर द्वारा अपनाई गई पहलें',
		'adoptions.city.none': 'दिखाने के लिए कुछ नहीं।',
		'adoptions.mentorship.heading': 'इस मेंटरशिप से अपनाई गई पहलें',
		'adoptions.mentorship.none': 'इस मेंटरशिप से अभी कोई पहल दर्ज नहीं हुई है।',

		'adoptions.new.title': 'अपनाई गई पहल दर्ज करें',
		'adoptions.new.intro':
			'{city} एक पहल अपना रहा है: उसे चुनें, बताएँ कि शहर कहाँ तक पहुँचा है और साक्ष्य दें। आगे के चरण उसके पृष्ठ पर जोड़े जाते हैं।',
		'adoptions.new.noCity': 'किसी शहर की अपनाई पहलें केवल उसी शहर के अधिकारी दर्ज करते हैं।',
		'adoptions.new.practice': 'पहल',
		'adoptions.new.practiceHint': 'प्रकाशित केस स्टडी, प्लेबुक या समझौता।',
		'adoptions.new.choosePractice': '— पहल चुनें —',
		'adoptions.new.mentorship': 'मेंटरशिप (वैकल्पिक)',
		'adoptions.new.mentorshipHint':
			'जिस मेंटरशिप से यह हुआ, यदि कोई हो: तब उसके मेंटर टिप्पणी और सत्यापन कर सकते हैं।',
		'adoptions.new.noMentorship': 'कोई नहीं',
		'adoptions.new.mentorshipOption': '{city} की मेंटरशिप',
		'adoptions.new.public': 'साक्ष्य सार्वजनिक करें',
		'adoptions.new.publicHint':
			'यह केवल "लागू" या "विस्तारित" चरण पर सार्वजनिक होता है; तब तक यह आपके शहर, उसके मेंटरों और एडमिन तक सीमित रहता है।',
		'adoptions.new.button': 'दर्ज करें',
		'adoptions.new.recorded': 'आपका शहर यह पहल पहले से दर्ज कर चुका है।',
		'adoptions.new.recordedLink': 'अपने शहर की प्रविष्टि खोलें'
	}
);
