// साइट के अपने पन्ने (सहायता, नीतियाँ, संपर्क), लोगों के लिए साइटमैप, सुगम्यता जाँचों की तालिका
// और इन पन्नों का एडमिन संपादक।
import type { Catalogue } from '../../message';
import type { sitePages as en } from '../en/site-pages';

export const sitePages: Catalogue<typeof en> = {
	'sitePage.missing': 'ऐसा कोई पन्ना नहीं है।',
	'sitePage.untranslated': 'यह पन्ना अभी {language} में नहीं लिखा गया है। इसे अंग्रेज़ी में दिखाया गया है।',
	'sitePage.updated': 'अंतिम बदलाव: {date}',
	'sitePage.noOwner': 'सिटीसेतु की यह प्रति उस संस्था का नाम नहीं बताती जो इसे चलाती है।',
	'sitePage.link.help': 'सहायता',
	'sitePage.link.contact': 'संपर्क करें',
	'sitePage.link.accessibility': 'सुगम्यता विवरण',
	'sitePage.link.screen-reader': 'स्क्रीन रीडर से पहुँच',
	'sitePage.link.privacy': 'गोपनीयता नीति',
	'sitePage.link.terms': 'उपयोग की शर्तें',
	'sitePage.link.copyright': 'कॉपीराइट नीति',
	'sitePage.link.hyperlinking': 'हाइपरलिंक नीति',
	'sitePage.link.archival': 'सामग्री संग्रह नीति',
	'footer.about': 'इस साइट के बारे में',

	'a11yChecks.none': 'अभी तक कोई स्वचालित जाँच दर्ज नहीं हुई है।',
	'a11yChecks.summary': {
		one: 'axe {version} ने {date} को {count} पन्ना जाँचा।',
		other: 'axe {version} ने {date} को {count} पन्ने जाँचे।'
	},
	'a11yChecks.allPass': 'किसी भी पन्ने ने जाँचे गए नियमों में से कोई नियम नहीं तोड़ा।',
	'a11yChecks.someFail': {
		one: '{count} पन्ने ने कम से कम एक नियम तोड़ा।',
		other: '{count} पन्नों ने कम से कम एक नियम तोड़ा।'
	},
	'a11yChecks.caption': 'पन्नेवार स्वचालित सुगम्यता जाँच',
	'a11yChecks.page': 'पन्ना',
	'a11yChecks.passes': 'पूरे हुए नियम',
	'a11yChecks.violations': 'टूटे नियम',
	'a11yChecks.incomplete': 'व्यक्ति द्वारा जाँच के लिए छोड़े गए',
	'a11yChecks.rules': 'जाँचे गए नियम-समूह: {tags}।',

	'sitemap.title': 'साइटमैप',
	'sitemap.intro': 'सिटीसेतु के सभी हिस्से, और साइट के बारे में पन्ने।',
	'sitemap.sections': 'हिस्से',
	'sitemap.about': 'इस साइट के बारे में',
	'sitemap.display': 'अक्षर का आकार और कंट्रास्ट',
	'sitemap.machine': 'सर्च इंजनों के लिए, हर पन्ने और उसके अंतिम बदलाव की सूची:',

	'admin.sitePages.title': 'साइट के पन्ने',
	'admin.sitePages.intro':
		'सहायता, नीतियाँ और संपर्क का पन्ना, हर भाषा में। इन्हें इस तैनाती के अपने नियमों के अनुसार बदलें; हर संस्करण रखा जाता है। जो पन्ना किसी भाषा में नहीं लिखा गया, वह अंग्रेज़ी में दिखता है।',
	'admin.sitePages.caption': 'भाषावार साइट के पन्ने',
	'admin.sitePages.page': 'पन्ना',
	'admin.sitePages.edit': 'बदलें',
	'admin.sitePages.write': 'लिखें',
	'admin.sitePages.default': 'डिफ़ॉल्ट पाठ',
	'admin.sitePages.edited': 'यहाँ बदला गया',
	'admin.sitePages.version': 'संस्करण {version}',
	'admin.sitePages.notWritten': 'इस भाषा में नहीं लिखा गया: पाठकों को अंग्रेज़ी पन्ना दिखता है।',
	'admin.sitePages.editTitle': '{page} ({language})',
	'admin.sitePages.back': 'साइट के सभी पन्ने',
	'admin.sitePages.saved': 'संस्करण {version} के रूप में सहेजा गया।',
	'admin.sitePages.view': 'पन्ना देखें',
	'admin.sitePages.conflict':
		'आपके बदलाव के दौरान किसी और ने यह पन्ना सहेजा (अब संस्करण {version})। आपका पाठ नीचे सुरक्षित है। इसे पन्ने से मिलाएँ, फिर उनके संस्करण की जगह अपना रखने के लिए दोबारा सहेजें।',
	'admin.sitePages.fromEnglish':
		'यह पन्ना इस भाषा में अभी नहीं लिखा गया है। अनुवाद के लिए नीचे अंग्रेज़ी पाठ भरा गया है।',
	'admin.sitePages.fromVersion':
		'संस्करण {version} का पाठ नीचे भरा गया है। उसे फिर से वर्तमान पाठ बनाने के लिए सहेजें।',
	'admin.sitePages.pageTitle': 'शीर्षक',
	'admin.sitePages.markdown': 'पाठ, मार्कडाउन में',
	'admin.sitePages.markdownHint':
		'अधिकतम {max} अक्षर। ## से शीर्षक, **मोटे अक्षर**, [पाठ](/पता) से लिंक बनता है। अलग पंक्ति पर {{owner}} साइट चलाने वाली संस्था दिखाता है, और {{axe-results}} सुगम्यता की नवीनतम जाँच।',
	'admin.sitePages.note': 'आपने क्या बदला (वैकल्पिक, संस्करण के साथ रखा जाता है)',
	'admin.sitePages.save': 'सहेजें',
	'admin.sitePages.preview': 'पूर्वावलोकन',
	'admin.sitePages.previewHeading': 'पूर्वावलोकन (सहेजा नहीं गया)',
	'admin.sitePages.block': 'यहाँ साइट भरेगी: {name}',
	'admin.sitePages.history': 'संस्करण',
	'admin.sitePages.noHistory': 'अभी कोई संस्करण नहीं।',
	'admin.sitePages.release': 'रिलीज़ का डिफ़ॉल्ट पाठ',
	'admin.sitePages.unknown': 'एक खाता जो अब हटा दिया गया है',
	'admin.sitePages.load': 'संस्करण {version} संपादक में लाएँ'
};
