import type { Catalogue } from '../../message';
import type { reach as en } from '../en/reach';

export const reach: Catalogue<typeof en> = {
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
};
