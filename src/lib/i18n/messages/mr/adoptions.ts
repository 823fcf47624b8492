import type { Catalogue } from '../../message';
import type { adoptions as en } from '../en/adoptions';

export const adoptions: Catalogue<typeof en> = {
	'adoption.stage.exploring': 'चाचपणी',
	'adoption.stage.planning': 'नियोजन',
	'adoption.stage.piloting': 'प्रायोगिक अंमलबजावणी',
	'adoption.stage.implemented': 'अंमलबजावणी',
	'adoption.stage.scaled': 'विस्तार',
	'adoption.stage.dropped': 'सोडून दिले',

	'adoption.error.stageRequired': 'टप्पा निवडा.',
	'adoption.error.dateInvalid': 'अस्तित्वात असलेली तारीख लिहा, उदा. 2026-03-15.',
	'adoption.error.dateFuture': 'तारीख भविष्यातील असू शकत नाही.',
	'adoption.error.dateEarly': 'मिशन सुरू होण्यापूर्वीची (25 जून 2015) तारीख देता येत नाही.',
	'adoption.error.linkHttps':
		'प्रत्येक लिंक पूर्ण https पत्ता असावी, उदा. https://example.gov.in/report, प्रत्येक ओळीत एक.',
	'adoption.error.tooManyLinks': 'जास्तीत जास्त 20 लिंक द्या.',
	'adoption.error.number': 'संख्या लिहा, उदा. 120 किंवा 2.5.',
	'adoption.error.tooManyFigures': 'जास्तीत जास्त 50 आकडे द्या.',
	'adoption.error.reasonRequired': 'शहराने ही पद्धत का सोडून दिली ते सांगा.',
	'adoption.error.practiceRequired': 'तुमचे शहर ज्या पद्धतीचा अवलंब करत आहे ती निवडा.',
	'adoption.error.practiceUnknown': 'या नावाची एकही प्रकाशित पद्धत नाही.',
	'adoption.error.alreadyRecorded':
		'तुमच्या शहराने या पद्धतीच्या अवलंबाची नोंद आधीच केली आहे. त्याऐवजी पुढचा टप्पा त्या नोंदीच्या पृष्ठावर जोडा.',
	'adoption.error.mentorshipUnknown': 'तुमच्या शहराची अशी मेंटरशिप निवडा ज्यात तुमचे शहर मेंटी आहे.',
	'adoption.error.slugInvalid': 'फक्त इंग्रजी लहान अक्षरे, अंक आणि हायफन वापरा, उदा. petrol-pumps.',
	'adoption.error.targetPositive': 'लक्ष्यांक शून्यापेक्षा मोठी संख्या असावी, किंवा तो रिकामा ठेवा.',
	'adoption.error.valueNonNegative': 'गाठलेली संख्या लिहा, शून्य किंवा अधिक.',
	'adoption.error.nodalRequired':
		'तुमच्या शहराचा एखादा अधिकारी निवडा, किंवा नोडल अधिकाऱ्याचे नाव आणि पदनाम लिहा.',
	'adoption.error.nodalEither': 'तुमच्या शहराचा अधिकारी निवडा किंवा नाव आणि पदनाम लिहा, दोन्ही नाही.',
	'adoption.error.nodalUnknown': 'नोडल अधिकारी तुमच्या शहराचा सक्रिय अधिकारी असणे आवश्यक आहे.',
	'adoption.error.categoryExists': 'या अवलंबात या नावाची श्रेणी आधीच आहे.',
	'adoption.error.categoryUnknown': 'ही श्रेणी या अवलंबाचा भाग नाही.',
	'adoption.error.forbidden': 'तुम्हाला हा बदल करण्याची परवानगी नाही.',
	'adoption.error.stale':
		'तुम्ही हे पृष्ठ उघडल्यानंतर कोणीतरी या अवलंबात बदल जतन केला आहे. पृष्ठावर आता तो बदल दिसत आहे; तुमचा मजकूर फॉर्ममध्ये तसाच आहे, तो तपासून पुन्हा जतन करा.',
	'adoption.error.notAClaim': 'फक्त अंमलबजावणी किंवा विस्तार टप्प्याच्या नोंदीची पडताळणी होते.',
	'adoption.error.alreadyVerified': 'या टप्प्याची पडताळणी आधीच झाली आहे.',

	'adoption.kicker': 'पद्धतीचा अवलंब',
	'adoption.claimed': 'दावा केलेला, पडताळणी बाकी',
	'adoption.verifiedByOn': '{name} यांनी {date} रोजी पडताळणी केली',
	'adoption.verifiedOn': '{date} रोजी पडताळणी झाली',
	'adoption.demoNote':
		'स्थानिक चाचणी प्रणालीतील डेमो डेटा, प्लॅटफॉर्म कसा चालतो हे दाखवण्यासाठी तयार केलेला: कोणत्याही शहराने तो नोंदवलेला नाही.',
	'adoption.practice': 'पद्धत',
	'adoption.practiceFrom': '{city} शहराची पद्धत',
	'adoption.originPractice': 'शहराची स्वतःची पद्धत (मूळ शहर)',
	'adoption.mentorship': 'मेंटरशिप',
	'adoption.mentorshipPair': '{mentor} शहराचे {mentee} शहराला मार्गदर्शन',
	'adoption.since': 'या टप्प्यावर केव्हापासून',
	'adoption.evidence': 'पुरावा',
	'adoption.evidencePublicNow': 'सार्वजनिक: हा अवलंब कोणीही वाचू शकतो.',
	'adoption.evidencePublicLater':
		'सार्वजनिक म्हणून चिन्हांकित: अंमलबजावणी किंवा विस्तार टप्पा गाठल्यावर तो सार्वजनिक होईल.',
	'adoption.evidencePrivate': 'फक्त शहर, त्याचे मेंटर आणि मिशनचे प्रशासक यांच्यासाठी खासगी.',

	'adoption.form.stage': 'टप्पा',
	'adoption.form.stageHint':
		'कोणताही टप्पा: एखादा टप्पा वगळता येतो, किंवा आधीच्या टप्प्यावर परत जाता येते (प्रायोगिक अंमलबजावणी थांबवून पुन्हा सुरू करणे). प्रत्येक पायरीची नोंद ठेवली जाते.',
	'adoption.form.on': 'या टप्प्याची तारीख',
	'adoption.form.text': 'पुरावा',
	'adoption.form.textHint':
		'काय केले आणि त्यातून काय निष्पन्न झाले. मार्कडाउन वापरता येते: **ठळक**, याद्या, [लिंक](https://…).',
	'adoption.form.links': 'पुराव्याच्या लिंक',
	'adoption.form.linksHint': 'पूर्ण https पत्ते, प्रत्येक ओळीत एक (जास्तीत जास्त 20).',
	'adoption.form.figures': 'आकडेवारी',
	'adoption.form.figuresHint':
		'प्रगती दाखवणारे आकडे, उदा. “जोडलेले कॅमेरे: 120 कॅमेरे”. ज्या ओळींची गरज नाही त्या रिकाम्या ठेवा.',
	'adoption.form.figureRow': 'आकडा {n}',
	'adoption.form.figureLabel': 'काय',
	'adoption.form.figureValue': 'मूल्य',
	'adoption.form.figureUnit': 'एकक',
	'adoption.form.reason': 'कारण (सोडून दिल्यास)',
	'adoption.form.reasonHint': 'शहराने पद्धत सोडून दिल्यास आवश्यक: कारण सांगा.',

	'adoption.timeline.heading': 'घटनाक्रम',
	'adoption.timeline.current': 'सध्याचा टप्पा',
	'adoption.timeline.stepOf': '{count} पैकी पायरी {n}',
	'adoption.timeline.reason': 'कारण:',
	'adoption.timeline.links': 'लिंक',
	'adoption.timeline.figures': 'नोंदवलेली आकडेवारी',
	'adoption.timeline.recordedBy': '{name} यांनी नोंद केली',

	'adoption.verify.button': 'पडताळणी करा',
	'adoption.verify.hint':
		'पुरावा तपासल्यानंतर पडताळणी करा: त्यानंतर हा दावा तुमच्या नावासह आणि तारखेसह कार्यक्रमाच्या आकडेवारीत गणला जाईल.',
	'adoption.verify.saved': 'पडताळणी झाली. हा दावा आता कार्यक्रमाच्या आकडेवारीत गणला जातो.',

	'adoption.step.heading': 'पुढील टप्प्याची नोंद करा',
	'adoption.step.intro':
		'बदलाची तारीख आणि त्याचा पुरावा द्या. अंमलबजावणी किंवा विस्तार टप्प्याची नोंद, जोडलेल्या मेंटरशिपचे मेंटर किंवा प्रशासक तिची पडताळणी करेपर्यंत दावा म्हणूनच दिसते.',
	'adoption.step.button': 'या टप्प्याची नोंद करा',
	'adoption.step.saved': 'टप्प्याची नोंद झाली.',

	'adoption.progress.heading': 'लक्ष्यांक आणि प्रगती',
	'adoption.progress.noCategories': 'अद्याप एकही श्रेणी नाही.',
	'adoption.progress.caption': 'श्रेणीनिहाय प्रगती',
	'adoption.progress.category': 'श्रेणी',
	'adoption.progress.nodal': 'नोडल अधिकारी',
	'adoption.progress.noNodal': 'नाव दिलेले नाही',
	'adoption.progress.target': 'लक्ष्यांक',
	'adoption.progress.noTarget': 'लक्ष्यांक नाही',
	'adoption.progress.unit': 'एकक',
	'adoption.progress.latest': 'नवीनतम',
	'adoption.progress.share': 'लक्ष्यांकपूर्ती',
	'adoption.progress.lastUpdate': 'शेवटचे अद्यतन',
	'adoption.progress.none': 'अद्याप अद्यतन नाही',
	'adoption.progress.trend': 'बदल',
	'adoption.progress.trendSince': '{date} पासून {change}',
	'adoption.progress.percent': '{value} टक्के',
	'adoption.progress.total': 'एकूण',
	'adoption.progress.totalSum':
		'एकूणमध्ये लक्ष्यांक असलेल्या श्रेणींचे नवीनतम आकडे जोडले जातात आणि त्यांची तुलना त्या श्रेणींच्या लक्ष्यांकांच्या बेरजेशी केली जाते.',
	'adoption.progress.totalMean':
		'श्रेणींची मोजणी वेगवेगळ्या एककांत होते, म्हणून एकूण म्हणजे त्यांच्या लक्ष्यांकपूर्तीची सरासरी.',
	'adoption.progress.outOfTotal': 'लक्ष्यांक नसल्याने एकूणमध्ये समाविष्ट नाहीत: {names}.',
	'adoption.progress.add': 'प्रगतीची नोंद करा',
	'adoption.progress.on': 'तारीख',
	'adoption.progress.value': 'गाठलेली संख्या',
	'adoption.progress.valueHint':
		'त्या दिवसापर्यंत गाठलेली एकूण संख्या (वाढ नव्हे): उदा. आतापर्यंत 120 कॅमेरे जोडले असल्यास 120.',
	'adoption.progress.note': 'टीप (ऐच्छिक)',
	'adoption.progress.addButton': 'प्रगतीची नोंद करा',
	'adoption.progress.saved': 'प्रगतीची नोंद झाली.',

	'adoption.chart.titleShare': 'कालानुसार लक्ष्यांकपूर्ती',
	'adoption.chart.descShare':
		'लक्ष्यांक असलेल्या प्रत्येक श्रेणीसाठी एक रेषा आणि एकूणसाठी एक जाड गडद रेषा, अद्यतनाच्या तारखेनुसार लक्ष्यांकाच्या टक्केवारीत. खालील तक्त्यात हेच आकडे आहेत.',
	'adoption.chart.titleCount': 'कालानुसार गाठलेली संख्या',
	'adoption.chart.descCount':
		'प्रत्येक श्रेणीसाठी एक रेषा, अद्यतनाच्या तारखेनुसार गाठलेली संख्या. खालील तक्त्यात हेच आकडे आहेत.',

	'adoption.category.add': 'श्रेणी जोडा',
	'adoption.category.intro':
		'कामाचा असा भाग ज्याची स्वतंत्र मोजणी आणि स्वतंत्र नोडल अधिकारी आहे, उदा. पेट्रोल पंपांवरील कॅमेरे.',
	'adoption.category.name': 'नाव',
	'adoption.category.target': 'लक्ष्यांक (ऐच्छिक)',
	'adoption.category.targetHint': 'गाठायची संख्या. अद्याप लक्ष्यांक नसल्यास रिकामे ठेवा.',
	'adoption.category.unit': 'एकक',
	'adoption.category.unitHint': 'काय मोजले जाते, उदा. कॅमेरे.',
	'adoption.category.nodal': 'नोडल अधिकारी',
	'adoption.category.nodalHint':
		'तुमच्या शहराचा एखादा अधिकारी निवडा, किंवा खाते नसलेल्या अधिकाऱ्याचे नाव आणि पदनाम लिहा.',
	'adoption.category.nodalUser': 'तुमच्या शहराचा अधिकारी',
	'adoption.category.nodalNamed': '— खाली नाव लिहिलेले —',
	'adoption.category.nodalName': 'अधिकाऱ्याचे नाव',
	'adoption.category.nodalDesignation': 'पदनाम',
	'adoption.category.addButton': 'श्रेणी जोडा',
	'adoption.category.saved': 'श्रेणी जोडली.',

	'adoption.publish.heading': 'सार्वजनिक पुरावा',
	'adoption.publish.explain':
		'तुमच्या संमतीने, अंमलबजावणी किंवा विस्तार टप्प्यावरील अवलंब त्याचा पुरावा, आकडेवारी आणि प्रगती यांसह सार्वजनिक होतो (टिप्पण्या मात्र कधीच नाहीत). त्याआधीच्या टप्प्यांवर तो सार्वजनिक म्हणून चिन्हांकित असला तरी खासगीच राहतो.',
	'adoption.publish.isPublic': 'शहराने हा पुरावा सार्वजनिक केला आहे.',
	'adoption.publish.isPrivate': 'हा पुरावा खासगी आहे.',
	'adoption.publish.makePublic': 'पुरावा सार्वजनिक करा',
	'adoption.publish.makePrivate': 'पुरावा खासगी करा',
	'adoption.publish.saved': 'जतन झाले.',

	'adoption.comments.heading': 'टिप्पण्या',
	'adoption.comments.private': 'या टिप्पण्या फक्त शहर, त्याच्या मेंटरशिपचे मेंटर आणि प्रशासक वाचू शकतात.',
	'adoption.comments.none': 'अद्याप टिप्पणी नाही.',
	'adoption.comments.by': '{name}, {time} रोजी',
	'adoption.comments.someone': 'एक माजी अधिकारी',
	'adoption.comments.add': 'टिप्पणी जोडा',
	'adoption.comments.body': 'टिप्पणी',
	'adoption.comments.hint': 'मार्कडाउन वापरता येते: **ठळक**, याद्या, [लिंक](https://…).',
	'adoption.comments.button': 'टिप्पणी पाठवा',
	'adoption.comments.saved': 'तुमची टिप्पणी जोडली गेली.',

	'adoptions.list.title': 'पद्धतींचा अवलंब',
	'adoptions.list.intro':
		'कोणत्या शहराने कोणत्या पद्धतीचा अवलंब केला आणि ते कुठपर्यंत पोहोचले, तारखेनिशी पुराव्यासह. सार्वजनिक पुरावा असलेले अंमलबजावणी किंवा विस्तार टप्प्यावरील अवलंब सर्वांना दिसतात; अधिकाऱ्यांना त्यांच्या स्वतःच्या शहराचे आणि त्यांचे शहर मेंटर असलेल्या मेंटरशिपमधील अवलंबही दिसतात.',
	'adoptions.list.new': 'अवलंबाची नोंद करा',
	'adoptions.list.filters': 'अवलंब फिल्टर करा',
	'adoptions.list.count': { one: '{count} अवलंब', other: '{count} अवलंब' },
	'adoptions.list.empty': 'जुळणारा एकही अवलंब नाही.',
	'adoptions.list.caption': 'पद्धतींचा अवलंब, टप्प्यात अलीकडे बदल झालेले आधी',
	'adoptions.table.city': 'शहर',
	'adoptions.table.practice': 'पद्धत',
	'adoptions.table.stage': 'टप्पा',
	'adoptions.table.since': 'केव्हापासून',
	'adoptions.table.open': 'तपशील',
	'adoptions.table.openLink': 'उघडा',
	'adoptions.origin': 'मूळ शहर',
	'adoptions.ownPractice': 'स्वतःची पद्धत',
	'adoptions.demo': 'डेमो',
	'adoptions.practiceHidden': 'आता प्रकाशित नसलेली पद्धत',
	'adoptions.record': 'अवलंबाची नोंद करा',
	'adoptions.ownAdoption': 'तुमच्या शहराने केलेला या पद्धतीचा अवलंब',
	'adoptions.practice.heading': {
		one: '{count} शहराने अवलंब केला',
		other: '{count} शहरांनी अवलंब केला'
	},
	'adoptions.practice.none': 'अद्याप एकाही शहराने या पद्धतीच्या अवलंबाची नोंद केलेली नाही.',
	'adoptions.city.heading': 'या शहराने अवलंबलेल्या पद्धती',
	'adoptions.city.none': 'दाखवण्यासाठी एकही अवलंब नाही.',
	'adoptions.mentorship.heading': 'या मेंटरशिपमधून अवलंबलेल्या पद्धती',
	'adoptions.mentorship.none': 'या मेंटरशिपमधून अद्याप एकाही अवलंबाची नोंद झालेली नाही.',

	'adoptions.new.title': 'अवलंबाची नोंद करा',
	'adoptions.new.intro':
		'{city} शहर एका पद्धतीचा अवलंब करत आहे: ती निवडा, शहर कुठपर्यंत पोहोचले आहे ते सांगा आणि पुरावा द्या. पुढचा प्रत्येक टप्पा अवलंबाच्या पृष्ठावर जोडला जातो.',
	'adoptions.new.noCity': 'शहराच्या अवलंबाची नोंद फक्त त्या शहराचे अधिकारी करतात.',
	'adoptions.new.practice': 'पद्धत',
	'adoptions.new.practiceHint': 'प्रकाशित केस स्टडी, प्लेबुक किंवा करार.',
	'adoptions.new.choosePractice': '— पद्धत निवडा —',
	'adoptions.new.mentorship': 'मेंटरशिप (ऐच्छिक)',
	'adoptions.new.mentorshipHint':
		'ज्या मेंटरशिपमधून हा अवलंब झाला ती, असल्यास: मग तिचे मेंटर टिप्पणी आणि पडताळणी करू शकतात.',
	'adoptions.new.noMentorship': 'कोणतीही नाही',
	'adoptions.new.mentorshipOption': '{city} शहराचे मार्गदर्शन',
	'adoptions.new.public': 'पुरावा सार्वजनिक करा',
	'adoptions.new.publicHint':
		'अंमलबजावणी किंवा विस्तार टप्पा गाठल्यावरच पुरावा सार्वजनिक होतो; तोपर्यंत हा अवलंब तुमचे शहर, त्याचे मेंटर आणि प्रशासक यांच्यापुरता खासगी राहतो.',
	'adoptions.new.button': 'अवलंबाची नोंद करा',
	'adoptions.new.recorded': 'तुमच्या शहराने या पद्धतीच्या अवलंबाची नोंद आधीच केली आहे.',
	'adoptions.new.recordedLink': 'तुमच्या शहराची अवलंब नोंद उघडा'
};
