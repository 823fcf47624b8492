import type { Catalogue } from '../../message';
import type { feedback as en } from '../en/feedback';

export const feedback: Catalogue<typeof en> = {
	'footer.feedback': 'प्रतिक्रिया',

	'feedback.title': 'प्रतिक्रिया भेजें',
	'feedback.intro':
		'हमें बताएँ कि क्या ठीक चल रहा है, क्या नहीं, या क्या कमी है। इसके लिए खाते की ज़रूरत नहीं है। हम हर संदेश पढ़ते हैं; उत्तर चाहिए तो अपना ईमेल लिख दें।',
	'feedback.category': 'आपका संदेश किस बारे में है?',
	'feedback.category.suggestion': 'एक सुझाव',
	'feedback.category.problem': 'कुछ काम नहीं कर रहा',
	'feedback.category.content': 'सामग्री में कोई ग़लती',
	'feedback.category.accessibility': 'कुछ ऐसा जिसे मैं उपयोग नहीं कर पा रहा (सुगम्यता)',
	'feedback.category.other': 'कुछ और',
	'feedback.message': 'आपका संदेश',
	'feedback.messageHint': 'अधिकतम 5,000 अक्षर। कृपया पासवर्ड या कोई अन्य गोपनीय जानकारी न लिखें।',
	'feedback.page': 'जिस पेज के बारे में है (वैकल्पिक)',
	'feedback.pageHint': 'ब्राउज़र से पता कॉपी करें, जैसे https://… या इस साइट का कोई पाथ, जैसे /practices/…।',
	'feedback.name': 'आपका नाम (वैकल्पिक)',
	'feedback.email': 'आपका ईमेल (वैकल्पिक)',
	'feedback.emailHint': 'केवल तभी, जब आप उत्तर चाहते हों। इसका कोई और उपयोग नहीं होता।',
	'feedback.honeypot': 'यह फ़ील्ड ख़ाली छोड़ दें: यह स्वचालित संदेशों को पकड़ने के लिए है।',
	'feedback.submit': 'प्रतिक्रिया भेजें',
	'feedback.sent': 'धन्यवाद: आपकी प्रतिक्रिया मिल गई है।',
	'feedback.reference': 'आपकी संदर्भ संख्या {reference} है।',
	'feedback.referenceHint': 'इस संदेश के बारे में हमें लिखें तो यह संख्या बताएँ।',
	'feedback.another': 'एक और संदेश भेजें',
	'feedback.categoryRequired': 'चुनें कि आपका संदेश किस बारे में है।',
	'feedback.messageRequired': 'अपना संदेश लिखें।',
	'feedback.messageTooLong': 'अपना संदेश 5,000 अक्षरों या उससे कम का करें।',
	'feedback.pageInvalid':
		'http:// या https:// से शुरू होने वाला वेब पता, या / से शुरू होने वाला इस साइट का पाथ लिखें।',
	'feedback.rateLimited': {
		one: 'आपके कनेक्शन से थोड़े समय में कई संदेश आए हैं। कृपया {count} सेकंड बाद फिर कोशिश करें; आपने जो लिखा है वह नीचे सुरक्षित है।',
		other:
			'आपके कनेक्शन से थोड़े समय में कई संदेश आए हैं। कृपया {count} सेकंड बाद फिर कोशिश करें; आपने जो लिखा है वह नीचे सुरक्षित है।'
	},

	'admin.feedback.title': 'प्रतिक्रियाएँ',
	'admin.feedback.intro':
		'प्रतिक्रिया पेज से भेजे गए संदेश, सबसे नए पहले। किसी संदेश पर कार्रवाई हो जाने के बाद उसे बंद करें।',
	'admin.feedback.filter': 'संदेश छाँटें',
	'admin.feedback.status': 'स्थिति',
	'admin.feedback.any': 'खुले और बंद',
	'admin.feedback.status.open': 'खुला',
	'admin.feedback.status.closed': 'बंद',
	'admin.feedback.show': 'दिखाएँ',
	'admin.feedback.count': { one: '{count} संदेश', other: '{count} संदेश' },
	'admin.feedback.none': 'यहाँ कोई संदेश नहीं है।',
	'admin.feedback.invalid': 'यह फ़िल्टर लागू नहीं हो सका: {names}।',
	'admin.feedback.received': '{time} को मिला',
	'admin.feedback.category': 'श्रेणी',
	'admin.feedback.page': 'पेज',
	'admin.feedback.from': 'भेजने वाले',
	'admin.feedback.anonymous': 'नाम या ईमेल नहीं दिया गया',
	'admin.feedback.language': 'भाषा',
	'admin.feedback.closedBy': '{time} को {name} ने बंद किया',
	'admin.feedback.closedAt': '{time} को बंद किया गया',
	'admin.feedback.close': 'बंद करें',
	'admin.feedback.closed': 'प्रतिक्रिया {reference} बंद कर दी गई है।',
	'admin.feedback.alreadyClosed': 'यह संदेश पहले से बंद है, या अब मौजूद नहीं है।'
};
