import type { Catalogue } from '../../message';
import type { sitePages as en } from '../en/site-pages';

export const sitePages: Catalogue<typeof en> = {
	'sitePage.missing': 'असे कोणतेही पान नाही.',
	'sitePage.untranslated': 'हे पान अजून {language} मध्ये लिहिलेले नाही. ते इंग्रजीत दाखवले आहे.',
	'sitePage.updated': 'शेवटचा बदल: {date}',
	'sitePage.noOwner': 'सिटीसेतुची ही प्रत ती चालवणाऱ्या संस्थेचे नाव सांगत नाही.',
	'sitePage.link.help': 'मदत',
	'sitePage.link.contact': 'संपर्क साधा',
	'sitePage.link.accessibility': 'सुलभता निवेदन',
	'sitePage.link.screen-reader': 'स्क्रीन रीडरने वापर',
	'sitePage.link.privacy': 'गोपनीयता धोरण',
	'sitePage.link.terms': 'वापराच्या अटी',
	'sitePage.link.copyright': 'कॉपीराइट धोरण',
	'sitePage.link.hyperlinking': 'हायपरलिंक धोरण',
	'sitePage.link.archival': 'मजकूर संग्रह धोरण',
	'footer.about': 'या साइटविषयी',

	'a11yChecks.none': 'अजून कोणतीही स्वयंचलित तपासणी नोंदवलेली नाही.',
	'a11yChecks.summary': {
		one: 'axe {version} ने {date} रोजी {count} पान तपासले.',
		other: 'axe {version} ने {date} रोजी {count} पाने तपासली.'
	},
	'a11yChecks.allPass': 'कोणत्याही पानाने तपासलेल्या नियमांपैकी एकही नियम मोडला नाही.',
	'a11yChecks.someFail': {
		one: '{count} पानाने किमान एक नियम मोडला.',
		other: '{count} पानांनी किमान एक नियम मोडला.'
	},
	'a11yChecks.caption': 'पानानुसार स्वयंचलित सुलभता तपासणी',
	'a11yChecks.page': 'पान',
	'a11yChecks.passes': 'पाळलेले नियम',
	'a11yChecks.violations': 'मोडलेले नियम',
	'a11yChecks.incomplete': 'व्यक्तीने तपासण्यासाठी राखलेले',
	'a11yChecks.rules': 'तपासलेले नियम-संच: {tags}.',

	'sitemap.title': 'साइटमॅप',
	'sitemap.intro': 'सिटीसेतुचे सर्व विभाग, आणि साइटविषयीची पाने.',
	'sitemap.sections': 'विभाग',
	'sitemap.about': 'या साइटविषयी',
	'sitemap.display': 'अक्षरांचा आकार आणि कॉन्ट्रास्ट',
	'sitemap.machine': 'सर्च इंजिनसाठी, प्रत्येक पान आणि त्याच्या शेवटच्या बदलाची यादी:',

	'admin.sitePages.title': 'साइटची पाने',
	'admin.sitePages.intro':
		'मदत, धोरणे आणि संपर्काचे पान, प्रत्येक भाषेत. या तैनातीच्या स्वतःच्या नियमांनुसार ती बदला; प्रत्येक आवृत्ती जपली जाते. जे पान एखाद्या भाषेत लिहिलेले नाही ते इंग्रजीत दिसते.',
	'admin.sitePages.caption': 'भाषानुसार साइटची पाने',
	'admin.sitePages.page': 'पान',
	'admin.sitePages.edit': 'बदला',
	'admin.sitePages.write': 'लिहा',
	'admin.sitePages.default': 'मूळ मजकूर',
	'admin.sitePages.edited': 'येथे बदललेले',
	'admin.sitePages.version': 'आवृत्ती {version}',
	'admin.sitePages.notWritten': 'या भाषेत लिहिलेले नाही: वाचकांना इंग्रजी पान दिसते.',
	'admin.sitePages.editTitle': '{page} ({language})',
	'admin.sitePages.back': 'साइटची सर्व पाने',
	'admin.sitePages.saved': 'आवृत्ती {version} म्हणून जतन केले.',
	'admin.sitePages.view': 'पान पाहा',
	'admin.sitePages.conflict':
		'तुम्ही बदल करत असताना दुसऱ्या कोणीतरी हे पान जतन केले (आता आवृत्ती {version}). तुमचा मजकूर खाली सुरक्षित आहे. तो पानाशी ताडून पाहा, मग त्यांच्या आवृत्तीऐवजी तुमची ठेवण्यासाठी पुन्हा जतन करा.',
	'admin.sitePages.fromEnglish':
		'हे पान अजून या भाषेत लिहिलेले नाही. भाषांतरासाठी खाली इंग्रजी मजकूर भरला आहे.',
	'admin.sitePages.fromVersion':
		'आवृत्ती {version} चा मजकूर खाली भरला आहे. तो पुन्हा सध्याचा मजकूर करण्यासाठी जतन करा.',
	'admin.sitePages.pageTitle': 'शीर्षक',
	'admin.sitePages.markdown': 'मजकूर, मार्कडाउनमध्ये',
	'admin.sitePages.markdownHint':
		'जास्तीत जास्त {max} अक्षरे. ## ने शीर्षक, **ठळक अक्षरे**, [मजकूर](/पत्ता) ने दुवा बनतो. स्वतंत्र ओळीवर {{owner}} साइट चालवणारी संस्था दाखवते, आणि {{axe-results}} सुलभतेची ताजी तपासणी.',
	'admin.sitePages.note': 'तुम्ही काय बदलले (ऐच्छिक, आवृत्तीसोबत ठेवले जाते)',
	'admin.sitePages.save': 'जतन करा',
	'admin.sitePages.preview': 'पूर्वावलोकन',
	'admin.sitePages.previewHeading': 'पूर्वावलोकन (जतन केलेले नाही)',
	'admin.sitePages.block': 'येथे साइट भरेल: {name}',
	'admin.sitePages.history': 'आवृत्त्या',
	'admin.sitePages.noHistory': 'अजून कोणतीही आवृत्ती नाही.',
	'admin.sitePages.release': 'रिलीजचा मूळ मजकूर',
	'admin.sitePages.unknown': 'आता काढून टाकलेले खाते',
	'admin.sitePages.load': 'आवृत्ती {version} संपादकात आणा'
};
