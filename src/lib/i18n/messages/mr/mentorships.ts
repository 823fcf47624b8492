import type { Catalogue } from '../../message';
import type { mentorships as en } from '../en/mentorships';

export const mentorships: Catalogue<typeof en> = {
	'mentorships.list.title': 'मेंटरशिप',
	'mentorships.list.intro':
		'मिशनच्या प्रत्येक कार्यक्रमात कोणते शहर कोणत्या शहराला मार्गदर्शन करते. अधिकाऱ्यांना त्यांच्या शहराच्या विनंत्या, प्रस्ताव आणि उत्तरेही दिसतात.',
	'mentorships.list.adminTitle': 'सर्व मेंटरशिप',
	'mentorships.list.adminIntro':
		'प्रत्येक विनंती, प्रस्ताव आणि जोडी. मेंटर शहर आणि मेंटी शहर यांना एकत्र आणण्यासाठी जोडीचा प्रस्ताव द्या.',
	'mentorships.list.new': 'मेंटरसाठी विनंती करा',
	'mentorships.list.propose': 'जोडीचा प्रस्ताव द्या',
	'mentorships.list.filters': 'मेंटरशिप फिल्टर करा',
	'mentorships.list.filter.status': 'स्थिती',
	'mentorships.list.filter.city': 'शहर',
	'mentorships.list.filter.programme': 'कार्यक्रम',
	'mentorships.list.count': {
		one: '{count} मेंटरशिप',
		other: '{count} मेंटरशिप'
	},
	'mentorships.list.empty': 'जुळणारी एकही मेंटरशिप नाही.',
	'mentorships.list.caption': 'मेंटरशिप, नवीनतम आधी',
	'mentorships.list.pairing': 'जोडी',
	'mentorships.list.pairingText': '{mentor} शहराचे {mentee} शहराला मार्गदर्शन',
	'mentorships.list.requestText': '{mentee} शहराची {mentor} शहराकडे विनंती',
	'mentorships.list.mentor': 'प्रमुख मेंटर',
	'mentorships.list.topics': 'विषय',
	'mentorships.list.status': 'स्थिती',
	'mentorships.list.dates': 'तारखा',
	'mentorships.list.since': '{date} पासून',
	'mentorships.list.from': '{date} पासून सुरू',
	'mentorships.list.range': '{from} ते {to}',
	'mentorships.list.open': 'उघडा',
	'mentorships.list.answer': 'विनंतीला उत्तर द्या',
	'mentorships.list.source': 'स्रोत',
	'mentorships.list.status.requested': 'विनंती केलेली',
	'mentorships.list.status.proposed': 'प्रस्तावित',
	'mentorships.list.status.active': 'सक्रिय',
	'mentorships.list.status.declined': 'नाकारलेली',
	'mentorships.list.status.expired': 'मुदत संपलेली',
	'mentorships.list.status.paused': 'स्थगित',
	'mentorships.list.status.completed': 'पूर्ण',
	'mentorships.list.status.withdrawn': 'मागे घेतलेली',
	'mentorships.list.openRequests': 'तुमच्या शहराच्या प्रलंबित विनंत्या',
	'mentorships.list.openRequestsIntro':
		'या विनंत्यांना अद्याप उत्तर मिळालेले नाही. तुमच्या शहराला ज्यांची आता गरज नाही त्या मागे घ्या.',
	'mentorships.list.openRequestsAccepted': {
		one: '{mentor} शहराने तुमच्या शहराची विनंती स्वीकारली. आणखी {count} विनंती अद्याप प्रलंबित आहे: तुमच्या शहराला तिची गरज नसल्यास ती मागे घ्या.',
		other:
			'{mentor} शहराने तुमच्या शहराची विनंती स्वीकारली. आणखी {count} विनंत्या अद्याप प्रलंबित आहेत: तुमच्या शहराला ज्यांची गरज नाही त्या मागे घ्या.'
	},
	'mentorships.list.openRequestTo': '{city} शहराकडे केलेली विनंती',
	'mentorships.list.withdrawn': 'विनंती मागे घेतली.',

	'mentorship.request.title': 'मेंटरसाठी विनंती करा',
	'mentorship.request.intro':
		'तुमच्या शहराला कशाची गरज आहे ते लिहा आणि विषय निवडा. सिटीसेतु सर्वांत योग्य मेंटर सुचवते आणि त्याची कारणेही सांगते; त्यांपैकी एकाची निवड करून विनंती पाठवा. मेंटर 10 दिवसांत उत्तर देतात, अन्यथा विनंतीची मुदत संपते.',
	'mentorship.request.proposeTitle': 'जोडीचा प्रस्ताव द्या',
	'mentorship.request.proposeIntro':
		'मेंटी शहर आणि विषय निवडा, आणि एखाद्या शहराला दिसतात त्याच क्रमवार शिफारसी पाहा. तुम्ही निवडलेल्या मेंटरना ही जोडी स्वीकारण्याची विनंती केली जाईल.',
	'mentorship.request.menteeCity': 'मेंटी शहर',
	'mentorship.request.chooseCity': 'शहर निवडा',
	'mentorship.request.need': 'तुमच्या शहराला कोणत्या बाबतीत मदत हवी आहे',
	'mentorship.request.needHint':
		'मार्कडाउनमध्ये, 20 ते 8,000 अक्षरे: तुमच्याकडे काय आहे, तुम्हाला काय साध्य करायचे आहे, आणि त्यात कोणते अडथळे आहेत. हे फक्त तुमचे शहर, मेंटरचे शहर आणि मिशन वाचू शकतात.',
	'mentorship.request.topics': 'विषय',
	'mentorship.request.topicsHint': 'किमान एक क्षेत्र किंवा आयसीसीसी घटक.',
	'mentorship.request.sectors': 'क्षेत्रे',
	'mentorship.request.components': 'आयसीसीसी घटक',
	'mentorship.request.suggest': 'शिफारसी दाखवा',
	'mentorship.request.suggestions': 'सुचवलेले मेंटर',
	'mentorship.request.suggestionsIntro':
		'सर्वांत योग्य आधी. प्रत्येक कारणासोबत एकूण गुणांमधील त्याचा वाटा दाखवला आहे; ज्या मेंटरकडे जागा उपलब्ध नाही ते शेवटी आहेत.',
	'mentorship.request.noSuggestions': 'सध्या एकही मेंटर उपलब्ध नाही.',
	'mentorship.request.score': '100 पैकी {score} गुण',
	'mentorship.request.reasons': 'का',
	'mentorship.request.shareOfScore': 'गुणांपैकी {percent}',
	'mentorship.request.choose': '{name} यांना विनंती करा',
	'mentorship.request.chosen': 'निवडलेले मेंटर',
	'mentorship.request.preselected': 'तुम्ही मेंटर निर्देशिकेतून {name} ({city}) यांची निवड केली.',
	'mentorship.request.send': 'विनंती पाठवा',
	'mentorship.request.propose': 'जोडीचा प्रस्ताव पाठवा',
	'mentorship.request.sent': 'तुमची विनंती {name} यांना पाठवली आहे.',
	'mentorship.request.needTooShort': 'गरज किमान 20 अक्षरांत लिहा.',
	'mentorship.request.needTooLong': 'गरज 8,000 अक्षरांपेक्षा कमी ठेवा.',
	'mentorship.request.topicsRequired': 'किमान एक क्षेत्र किंवा आयसीसीसी घटक निवडा.',
	'mentorship.request.mentorRequired': 'एक मेंटर निवडा.',
	'mentorship.request.unknownCity': 'यादीतून शहर निवडा.',
	'mentorship.request.unknownTopic': 'यादीतून विषय निवडा.',
	'mentorship.request.mentorUnavailable':
		'हे मेंटर ही विनंती स्वीकारू शकत नाहीत: ते आता सक्रिय मेंटर नाहीत, किंवा ते त्याच शहरात काम करतात.',
	'mentorship.request.noProgramme': 'सध्या एकही मेंटरशिप कार्यक्रम सुरू नाही.',
	'mentorship.request.alreadyOpen':
		'तुमच्या शहराची या मेंटरच्या शहराकडे आधीच एक प्रलंबित विनंती आहे, किंवा त्या शहरासोबत मेंटरशिप सुरू आहे.',
	'mentorship.request.noCity': 'फक्त एखाद्या शहराचे अधिकारीच मेंटरसाठी विनंती करू शकतात.',
	'mentorship.request.forbidden': 'तुम्ही या शहरासाठी मेंटरची विनंती करू शकत नाही.',
	'mentorship.request.withdraw': 'विनंती मागे घ्या',
	'mentorship.request.withdrawTo': '{city} शहराकडे केलेली विनंती मागे घ्या',
	'mentorship.request.withdrawTitle': 'विनंती मागे घ्या',
	'mentorship.request.withdrawIntro':
		'तुमच्या शहराने {city} शहराकडे केलेली विनंती मागे घ्यायची आहे का? त्यानंतर मेंटरना तिला उत्तर देण्याची गरज राहणार नाही.',
	'mentorship.request.withdrawNote': 'कारण (ऐच्छिक)',
	'mentorship.request.notOpen': 'ही विनंती आता प्रलंबित नाही. सध्याची स्थिती: {status}.',
	'mentorship.request.withdrawForbidden': 'विनंती करणारे शहर किंवा प्रशासकच ती मागे घेऊ शकतात.',
	'mentorship.request.mail.subject': '{mentee} शहराकडून मेंटरशिपसाठी विनंती',
	'mentorship.request.mail.body':
		'{mentorCity} शहराचे मेंटर म्हणून {mentee} शहराने तुमच्याकडे या विषयांत मदत मागितली आहे: {topics}.\nविनंती वाचा आणि उत्तर द्या: {link}\n10 दिवसांत उत्तर न मिळालेल्या विनंतीची मुदत संपते.',
	'mentorship.request.mail.proposalSubject': '{mentee} शहराच्या मेंटरशिपचा प्रस्ताव',
	'mentorship.request.mail.proposalBody':
		'स्मार्ट सिटी मिशनचा प्रस्ताव आहे की तुम्ही {mentorCity} शहराचे मेंटर म्हणून {mentee} शहराला या विषयांत मार्गदर्शन करावे: {topics}.\nप्रस्ताव वाचा आणि उत्तर द्या: {link}',

	'mentorship.decision.title': 'विनंतीला उत्तर द्या',
	'mentorship.decision.intro': '{mentee} शहराने {mentorCity} शहराकडे मार्गदर्शन मागितले आहे.',
	'mentorship.decision.proposedIntro':
		'मिशनचा प्रस्ताव आहे की {mentorCity} शहराने {mentee} शहराला मार्गदर्शन करावे.',
	'mentorship.decision.request': 'विनंती',
	'mentorship.decision.need': 'गरज',
	'mentorship.decision.topics': 'विषय',
	'mentorship.decision.asked': 'विनंती केली',
	'mentorship.decision.askedBy': '{name} यांनी {date} रोजी विनंती केली',
	'mentorship.decision.askedOn': '{date} रोजी विनंती केली',
	'mentorship.decision.mentor': 'ज्यांना विनंती केली ते मेंटर',
	'mentorship.decision.legend': 'तुमचे उत्तर',
	'mentorship.decision.accept': 'स्वीकारा',
	'mentorship.decision.decline': 'नाकारा',
	'mentorship.decision.reason': 'कारण',
	'mentorship.decision.reasonHint':
		'नाकारताना आवश्यक; विनंती करणारे शहर ते वाचते. स्वीकारताना स्वागताचे दोन शब्द लिहा.',
	'mentorship.decision.send': 'उत्तर पाठवा',
	'mentorship.decision.choose': 'स्वीकारा किंवा नाकारा यांपैकी एक निवडा.',
	'mentorship.decision.reasonRequired': 'नाकारण्याचे कारण द्या.',
	'mentorship.decision.full': {
		one: 'तुम्ही आधीच {count} मेंटी शहराचे नेतृत्व करत आहात, ही तुमची क्षमता आहे. आणखी विनंती स्वीकारण्यापूर्वी एखादी मेंटरशिप पूर्ण करा किंवा हस्तांतरित करा, किंवा तुमच्या मेंटर प्रोफाइलमध्ये क्षमता वाढवा.',
		other:
			'तुम्ही आधीच {count} मेंटी शहरांचे नेतृत्व करत आहात, ही तुमची क्षमता आहे. आणखी विनंती स्वीकारण्यापूर्वी एखादी मेंटरशिप पूर्ण करा किंवा हस्तांतरित करा, किंवा तुमच्या मेंटर प्रोफाइलमध्ये क्षमता वाढवा.'
	},
	'mentorship.decision.fullFor': {
		one: 'हे मेंटर आधीच {count} मेंटी शहराचे नेतृत्व करत आहेत, ही त्यांची क्षमता आहे.',
		other: 'हे मेंटर आधीच {count} मेंटी शहरांचे नेतृत्व करत आहेत, ही त्यांची क्षमता आहे.'
	},
	'mentorship.decision.notOpen': 'ही विनंती आता प्रलंबित नाही. सध्याची स्थिती: {status}.',
	'mentorship.decision.forbidden': 'या विनंतीला फक्त {city} शहराचे मेंटर किंवा प्रशासक उत्तर देऊ शकतात.',
	'mentorship.decision.accepted': 'तुम्ही विनंती स्वीकारली: मेंटरशिप सक्रिय झाली आहे.',
	'mentorship.decision.declined': 'तुम्ही विनंती नाकारली.',
	'mentorship.decision.mail.acceptedSubject': '{mentorCity} शहराने तुमची विनंती स्वीकारली',
	'mentorship.decision.mail.acceptedBody':
		'{mentorCity} शहराने या विषयांतील मार्गदर्शनासाठी तुमच्या शहराने केलेली विनंती स्वीकारली आहे: {topics}.\n{reason}\nमेंटरशिप: {link}',
	'mentorship.decision.mail.declinedSubject': '{mentorCity} शहराने तुमची विनंती नाकारली',
	'mentorship.decision.mail.declinedBody':
		'{mentorCity} शहराने या विषयांतील मार्गदर्शनासाठी तुमच्या शहराने केलेली विनंती नाकारली आहे: {topics}.\nकारण: {reason}\nदुसऱ्या मेंटरकडे विनंती करा: {newLink}',
	'mentorship.decision.mail.openRequests': {
		one: 'तुमच्या शहराची आणखी {count} विनंती प्रलंबित आहे, जी तुम्ही आता मागे घेऊ शकता:\n{others}\nएका क्लिकवर मागे घ्या: {listLink}',
		other:
			'तुमच्या शहराच्या आणखी {count} विनंत्या प्रलंबित आहेत, ज्या तुम्ही आता मागे घेऊ शकता:\n{others}\nएका क्लिकवर मागे घ्या: {listLink}'
	},

	'mentorship.status.moveRequired': 'काय करायचे ते निवडा.',
	'mentorship.status.notAllowed': 'हा बदल सध्या करता येणार नाही.'
};
