import type { Catalogue } from '../../message';
import type { feedback as en } from '../en/feedback';

export const feedback: Catalogue<typeof en> = {
	'footer.feedback': 'अभिप्राय',

	'feedback.title': 'अभिप्राय पाठवा',
	'feedback.intro':
		'काय चांगले चालते, काय चालत नाही किंवा काय उणे आहे ते आम्हाला सांगा. त्यासाठी खात्याची गरज नाही. आम्ही प्रत्येक संदेश वाचतो; उत्तर हवे असल्यास तुमचा ईमेल लिहा.',
	'feedback.category': 'तुमचा संदेश कशाबद्दल आहे?',
	'feedback.category.suggestion': 'एक सूचना',
	'feedback.category.problem': 'काहीतरी चालत नाही',
	'feedback.category.content': 'मजकुरातील चूक',
	'feedback.category.accessibility': 'मला वापरता न येणारे काहीतरी (सुलभता)',
	'feedback.category.other': 'इतर काही',
	'feedback.message': 'तुमचा संदेश',
	'feedback.messageHint': 'जास्तीत जास्त 5,000 अक्षरे. कृपया पासवर्ड किंवा इतर गोपनीय माहिती लिहू नका.',
	'feedback.page': 'संबंधित पान (ऐच्छिक)',
	'feedback.pageHint':
		'ब्राउझरमधून पत्ता कॉपी करा, जसे https://… किंवा या साइटवरील मार्ग, जसे /practices/….',
	'feedback.name': 'तुमचे नाव (ऐच्छिक)',
	'feedback.email': 'तुमचा ईमेल (ऐच्छिक)',
	'feedback.emailHint': 'फक्त उत्तर हवे असल्यास. त्याचा इतर कशासाठीही वापर होत नाही.',
	'feedback.honeypot': 'हे क्षेत्र रिकामे ठेवा: ते स्वयंचलित संदेश ओळखण्यासाठी आहे.',
	'feedback.submit': 'अभिप्राय पाठवा',
	'feedback.sent': 'धन्यवाद: तुमचा अभिप्राय मिळाला आहे.',
	'feedback.reference': 'तुमचा संदर्भ क्रमांक {reference} आहे.',
	'feedback.referenceHint': 'या संदेशाबद्दल आम्हाला लिहिताना हा क्रमांक नमूद करा.',
	'feedback.another': 'आणखी एक संदेश पाठवा',
	'feedback.categoryRequired': 'तुमचा संदेश कशाबद्दल आहे ते निवडा.',
	'feedback.messageRequired': 'तुमचा संदेश लिहा.',
	'feedback.messageTooLong': 'तुमचा संदेश 5,000 अक्षरांपर्यंत किंवा त्याहून कमी करा.',
	'feedback.pageInvalid':
		'http:// किंवा https:// ने सुरू होणारा वेब पत्ता, किंवा / ने सुरू होणारा या साइटवरील मार्ग लिहा.',
	'feedback.rateLimited': {
		one: 'तुमच्या जोडणीवरून थोड्या वेळात अनेक संदेश आले आहेत. कृपया {count} सेकंदानंतर पुन्हा प्रयत्न करा; तुम्ही लिहिलेले खाली जपून ठेवले आहे.',
		other:
			'तुमच्या जोडणीवरून थोड्या वेळात अनेक संदेश आले आहेत. कृपया {count} सेकंदांनंतर पुन्हा प्रयत्न करा; तुम्ही लिहिलेले खाली जपून ठेवले आहे.'
	},

	'admin.feedback.title': 'अभिप्राय',
	'admin.feedback.intro':
		'अभिप्राय पानावरून पाठवलेले संदेश, सर्वात नवे आधी. संदेशावर कार्यवाही झाल्यावर तो बंद करा.',
	'admin.feedback.filter': 'संदेश गाळा',
	'admin.feedback.status': 'स्थिती',
	'admin.feedback.any': 'खुले आणि बंद',
	'admin.feedback.status.open': 'खुला',
	'admin.feedback.status.closed': 'बंद',
	'admin.feedback.show': 'दाखवा',
	'admin.feedback.count': { one: '{count} संदेश', other: '{count} संदेश' },
	'admin.feedback.none': 'येथे कोणताही संदेश नाही.',
	'admin.feedback.invalid': 'हा फिल्टर वापरता आला नाही: {names}.',
	'admin.feedback.received': '{time} रोजी मिळाला',
	'admin.feedback.category': 'प्रकार',
	'admin.feedback.page': 'पान',
	'admin.feedback.from': 'पाठवणारे',
	'admin.feedback.anonymous': 'नाव किंवा ईमेल दिलेला नाही',
	'admin.feedback.language': 'भाषा',
	'admin.feedback.closedBy': '{time} रोजी {name} यांनी बंद केला',
	'admin.feedback.closedAt': '{time} रोजी बंद केला',
	'admin.feedback.close': 'बंद करा',
	'admin.feedback.closed': 'अभिप्राय {reference} बंद केला आहे.',
	'admin.feedback.alreadyClosed': 'हा संदेश आधीच बंद आहे, किंवा आता अस्तित्वात नाही.'
};
