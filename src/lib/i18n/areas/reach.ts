// Strings of the programme reach dashboard (/programme, /programme/reach), English and Hindi side
// by side. The map's strings are in reach-map.ts; the charts', tables' and exports' in
// reach-charts.ts.
import { area } from './area';

export const reach = area(
	{
		'reach.nav': 'Reach',
		'reach.title': 'Programme reach',
		'reach.intro':
			'How far mentorship and practice-sharing reach across the 100 smart cities: which cities mentor which, whether sessions happen, whether practices are taken up, and whether mentored cities improve.',
		'reach.admin.nav': 'Reach detail',
		'reach.admin.title': 'Programme reach: detail for the Mission',
		'reach.admin.intro':
			'The public figures, with each city’s sessions, action items and adoptions (private ones too) and the requests that wait for an answer.',
		'reach.admin.link': 'Detail for Mission staff',
		'reach.public.link': 'The public page',

		'reach.filters': 'Filters',
		'reach.filter.programme': 'Programme',
		'reach.filter.anyProgramme': 'All programmes',
		'reach.filter.zone': 'Zonal council',
		'reach.filter.state': 'State or union territory',
		'reach.filter.any': 'All',
		'reach.filter.from': 'From',
		'reach.filter.to': 'To',
		'reach.filter.apply': 'Show',
		'reach.filter.clear': 'Clear filters',
		'reach.filter.hint': 'Without dates, the twelve months up to today.',
		'reach.invalid': 'This filter could not be used and was left out: {field} “{value}”.',
		'reach.period':
			'From {from} to {to}, compared with the period of the same length just before it ({previousFrom} to {previousTo}).',
		'reach.demo':
			'Demo data: these figures include {mentorships} demo mentorships and {adoptions} demo adoptions of the local stack. They show how the dashboard works and are not the Mission’s figures.',

		'reach.headline.heading': 'Headline figures',
		'reach.figure.citiesEngaged': 'Cities engaged',
		'reach.figure.citiesOf': '{count} of {total}',
		'reach.figure.roles': 'as mentor {mentor} · as mentee {mentee}',
		'reach.figure.active': 'Mentorships running',
		'reach.figure.completed': 'Mentorships completed',
		'reach.figure.requested': 'Mentorship requests made',
		'reach.figure.sessions': 'Sessions held',
		'reach.figure.onTime': 'Action items closed on time',
		'reach.figure.practices': 'Practices published',
		'reach.figure.adoptions': 'Adoptions by stage at the period’s end',
		'reach.figure.noAdoptions': 'No adoption recorded.',
		'reach.change.up': '▲ {count} more than the previous period ({previous})',
		'reach.change.down': '▼ {count} fewer than the previous period ({previous})',
		'reach.change.same': 'The same as the previous period',

		'reach.map.heading': 'Who mentors whom',
		'reach.charts.heading': 'Sessions, practices and adoptions',
		'reach.sessions.heading': 'Sessions held per month, by mode',
		'reach.sessions.empty': 'No session was held in this period.',
		'reach.practices.heading': 'Practices published per month, by language',
		'reach.practices.empty': 'No practice was published in this period.',
		'reach.funnel.heading': 'Adoption funnel',
		'reach.funnel.note':
			'How many adoptions had reached each stage by the end of the period. A claim of implemented or scaled counts once a mentor or an admin has verified it: {unverified} claims wait for verification. {dropped} adoptions were dropped.',
		'reach.funnel.empty': 'No adoption recorded.',
		'reach.median.heading': 'How long cities wait',
		'reach.median.note':
			'Median days from a request to its acceptance ({accepted} accepted in the period), and from acceptance to the first session held ({first} first sessions in the period).',
		'reach.median.empty': 'No request was accepted and no first session held in this period.',
		'reach.items.heading': 'Action items due in the period',
		'reach.items.note':
			'Open items are not yet due; overdue items are open past their due date; dropped items are left out.',
		'reach.items.empty': 'No action item fell due in this period.',

		'reach.assessment.heading': 'Do mentored cities improve?',
		'reach.assessment.summary':
			'Average change in the overall {framework} score (on a scale of 100) from {from} to {to}: mentored cities {mentored} ({mentoredCount} cities), other cities {others} ({othersCount} cities).',
		'reach.assessment.mentoredDefinition':
			'A city counts as mentored when it was the mentee of a mentorship that ran between the two rounds. The period filter does not apply here: the two rounds set the time.',
		'reach.assessment.caution':
			'Caution: this shows an association, not a cause. Cities chosen for mentoring may differ from the others in many ways, and the groups are small.',
		'reach.assessment.sample':
			'{count} of the values compared are sample values of the local stack, not published scores.',
		'reach.assessment.none':
			'No assessment framework has two rounds with results yet, so there is nothing to compare.',
		'reach.assessment.noRounds': '{framework} does not have two rounds with results yet.',
		'reach.assessment.noValue': 'no city',

		'reach.gaps.heading': 'Where the programme does not reach',
		'reach.gaps.states':
			'States and union territories with smart cities but none engaged ({count})',
		'reach.gaps.statesNone': 'Every state and union territory in view has an engaged city.',
		'reach.gaps.zones': 'Zonal councils with no engaged city ({count})',
		'reach.gaps.zonesNone': 'Every zonal council in view has an engaged city.',
		'reach.gaps.mentors': 'Mentors with free capacity ({count})',
		'reach.gaps.mentorsNone': 'No public mentor in view has a free place.',
		'reach.gaps.mentorPlaces': '{free} of {capacity} places free',
		'reach.gaps.waitingHeading': 'Requests waiting for an answer',
		'reach.gaps.waiting': '{count} requests wait for an answer; the oldest has waited {days} days.',
		'reach.gaps.waitingNone': 'No request waits for an answer.',

		'reach.export.heading': 'Export and print',
		'reach.export.report': 'The whole report as Excel (.xlsx)',
		'reach.print.hint':
			'To keep a copy as a PDF, print this page and choose “Save as PDF”. The printed report fits A4 and carries the filters and the date.',
		'reach.print.generated': 'Generated on {date}.',
		'reach.print.filters': 'Filters: {filters}.',
		'reach.print.allOfIndia': 'all programmes, all of India',

		'reach.detail.heading': 'By city',
		'reach.detail.waiting': 'Requests waiting, longest first'
	},
	{
		'reach.nav': 'पहुँच',
		'reach.title': 'कार्यक्रम की पहुँच',
		'reach.intro':
			'100 स्मार्ट शहरों में मार्गदर्शन और कार्यप्रणालियों का आदान-प्रदान कहाँ तक पहुँचा: कौन-सा शहर किसका मार्गदर्शन करता है, सत्र हो रहे हैं या नहीं, कार्यप्रणालियाँ अपनाई जा रही हैं या नहीं, और मार्गदर्शित शहरों में सुधार हुआ या नहीं।',
		'reach.admin.nav': 'पहुँच का ब्योरा',
		'reach.admin.title': 'कार्यक्रम की पहुँच: मिशन के लिए ब्योरा',
		'reach.admin.intro':
			'सार्वजनिक आँकड़े, साथ में हर शहर के सत्र, कार्य-बिंदु और अंगीकरण (निजी भी) तथा वे अनुरोध जो उत्तर की प्रतीक्षा में हैं।',
		'reach.admin.link': 'मिशन कर्मियों के लिए ब्योरा',
		'reach.public.link': 'सार्वजनिक पृष्ठ',

		'reach.filters': 'फ़िल्टर',
		'reach.filter.programme': 'कार्यक्रम',
		'reach.filter.anyProgramme': 'सभी कार्यक्रम',
		'reach.filter.zone': 'क्षेत्रीय परिषद',
		'reach.filter.state': 'राज्य या केंद्रशासित प्रदेश',
		'reach.filter.any': 'सभी',
		'reach.filter.from': 'से',
		'reach.filter.to': 'तक',
		'reach.filter.apply': 'दिखाएँ',
		'reach.filter.clear': 'फ़िल्टर हटाएँ',
		'reach.filter.hint': 'तिथियों के बिना, आज तक के बारह महीने।',
		'reach.invalid': 'यह फ़िल्टर उपयोग नहीं हो सका और छोड़ दिया गया: {field} “{value}”।',
		'reach.period':
			'{from} से {to} तक, ठीक इससे पहले की उतनी ही लंबी अवधि ({previousFrom} से {previousTo}) की तुलना में।',
		'reach.demo':
			'डेमो डेटा: इन आँकड़ों में स्थानीय स्टैक के {mentorships} डेमो मार्गदर्शन और {adoptions} डेमो अंगीकरण शामिल हैं। ये डैशबोर्ड का काम दिखाते हैं; ये मिशन के आँकड़े नहीं हैं।',

		'reach.headline.heading': 'मुख्य आँकड़े',
		'reach.figure.citiesEngaged': 'जुड़े हुए शहर',
		'reach.figure.citiesOf': '{total} में से {count}',
		'reach.figure.roles': 'मार्गदर्शक {mentor} · मार्गदर्शित {mentee}',
		'reach.figure.active': 'चल रहे मार्गदर्शन',
		'reach.figure.completed': 'पूरे हुए मार्गदर्शन',
		'reach.figure.requested': 'मार्गदर्शन के अनुरोध',
		'reach.figure.sessions': 'हुए सत्र',
		'reach.figure.onTime': 'समय पर पूरे हुए कार्य-बिंदु',
		'reach.figure.practices': 'प्रकाशित कार्यप्रणालियाँ',
		'reach.figure.adoptions': 'अवधि के अंत में चरण के अनुसार अंगीकरण',
		'reach.figure.noAdoptions': 'कोई अंगीकरण दर्ज नहीं।',
		'reach.change.up': '▲ पिछली अवधि से {count} अधिक ({previous})',
		'reach.change.down': '▼ पिछली अवधि से {count} कम ({previous})',
		'reach.change.same': 'पिछली अवधि के बराबर',

		'reach.map.heading': 'कौन किसका मार्गदर्शन करता है',
		'reach.charts.heading': 'सत्र, कार्यप्रणालियाँ और अंगीकरण',
		'reach.sessions.heading': 'हर महीने हुए सत्र, माध्यम के अनुसार',
		'reach.sessions.empty': 'इस अवधि में कोई सत्र नहीं हुआ।',
		'reach.practices.heading': 'हर महीने प्रकाशित कार्यप्रणालियाँ, भाषा के अनुसार',
		'reach.practices.empty': 'इस अवधि में कोई कार्यप्रणाली प्रकाशित नहीं हुई।',
		'reach.funnel.heading': 'अंगीकरण की सीढ़ी',
		'reach.funnel.note':
			'अवधि के अंत तक कितने अंगीकरण हर चरण तक पहुँचे। लागू या विस्तारित होने का दावा तभी गिना जाता है जब किसी मार्गदर्शक या एडमिन ने उसकी पुष्टि की हो: {unverified} दावे पुष्टि की प्रतीक्षा में हैं। {dropped} अंगीकरण छोड़ दिए गए।',
		'reach.funnel.empty': 'कोई अंगीकरण दर्ज नहीं।',
		'reach.median.heading': 'शहरों को कितनी प्रतीक्षा करनी पड़ती है',
		'reach.median.note':
			'अनुरोध से स्वीकृति तक के दिनों की माध्यिका (इस अवधि में {accepted} स्वीकृत), और स्वीकृति से पहले सत्र तक (इस अवधि में {first} पहले सत्र)।',
		'reach.median.empty': 'इस अवधि में न कोई अनुरोध स्वीकृत हुआ, न कोई पहला सत्र हुआ।',
		'reach.items.heading': 'इस अवधि में देय कार्य-बिंदु',
		'reach.items.note':
			'खुले बिंदुओं की तिथि अभी नहीं आई; विलंबित बिंदु अपनी तिथि के बाद भी खुले हैं; छोड़े गए बिंदु नहीं गिने जाते।',
		'reach.items.empty': 'इस अवधि में कोई कार्य-बिंदु देय नहीं था।',

		'reach.assessment.heading': 'क्या मार्गदर्शित शहरों में सुधार होता है?',
		'reach.assessment.summary':
			'{from} से {to} तक {framework} के कुल अंक (100 के पैमाने पर) में औसत बदलाव: मार्गदर्शित शहर {mentored} ({mentoredCount} शहर), अन्य शहर {others} ({othersCount} शहर)।',
		'reach.assessment.mentoredDefinition':
			'कोई शहर मार्गदर्शित गिना जाता है जब वह दोनों दौरों के बीच चले किसी मार्गदर्शन में मार्गदर्शित शहर रहा हो। यहाँ अवधि का फ़िल्टर लागू नहीं होता: समय दोनों दौर तय करते हैं।',
		'reach.assessment.caution':
			'सावधानी: यह केवल संबंध दिखाता है, कारण नहीं। मार्गदर्शन के लिए चुने गए शहर कई तरह से दूसरों से अलग हो सकते हैं, और समूह छोटे हैं।',
		'reach.assessment.sample': 'तुलना के {count} मान स्थानीय स्टैक के नमूना मान हैं, प्रकाशित अंक नहीं।',
		'reach.assessment.none': 'अभी किसी आकलन ढाँचे के दो दौरों के परिणाम नहीं हैं, इसलिए तुलना नहीं हो सकती।',
		'reach.assessment.noRounds': '{framework} के अभी दो दौरों के परिणाम नहीं हैं।',
		'reach.assessment.noValue': 'कोई शहर नहीं',

		'reach.gaps.heading': 'जहाँ कार्यक्रम नहीं पहुँचा',
		'reach.gaps.states': 'वे राज्य और केंद्रशासित प्रदेश जिनमें स्मार्ट शहर हैं पर कोई जुड़ा नहीं ({count})',
		'reach.gaps.statesNone': 'दिखाए गए हर राज्य और केंद्रशासित प्रदेश में कोई शहर जुड़ा है।',
		'reach.gaps.zones': 'वे क्षेत्रीय परिषदें जिनका कोई शहर नहीं जुड़ा ({count})',
		'reach.gaps.zonesNone': 'दिखाई गई हर क्षेत्रीय परिषद में कोई शहर जुड़ा है।',
		'reach.gaps.mentors': 'खाली क्षमता वाले मार्गदर्शक ({count})',
		'reach.gaps.mentorsNone': 'दिखाए गए किसी सार्वजनिक मार्गदर्शक के पास खाली स्थान नहीं है।',
		'reach.gaps.mentorPlaces': '{capacity} में से {free} स्थान खाली',
		'reach.gaps.waitingHeading': 'उत्तर की प्रतीक्षा में अनुरोध',
		'reach.gaps.waiting': '{count} अनुरोध उत्तर की प्रतीक्षा में हैं; सबसे पुराना {days} दिन से प्रतीक्षा में है।',
		'reach.gaps.waitingNone': 'कोई अनुरोध उत्तर की प्रतीक्षा में नहीं है।',

		'reach.export.heading': 'निर्यात और प्रिंट',
		'reach.export.report': 'पूरी रिपोर्ट Excel (.xlsx) में',
		'reach.print.hint':
			'PDF प्रति रखने के लिए यह पृष्ठ प्रिंट करें और “Save as PDF” चुनें। प्रिंट की गई रिपोर्ट A4 पर आती है और उसमें फ़िल्टर और तिथि रहती है।',
		'reach.print.generated': '{date} को बनाई गई।',
		'reach.print.filters': 'फ़िल्टर: {filters}।',
		'reach.print.allOfIndia': 'सभी कार्यक्रम, पूरा भारत',

		'reach.detail.heading': 'शहर के अनुसार',
		'reach.detail.waiting': 'प्रतीक्षा में अनुरोध, सबसे पुराने पहले'
	}
);
