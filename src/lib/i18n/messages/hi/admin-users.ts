import type { Catalogue } from '../../message';
import type { adminUsers as en } from '../en/admin-users';

export const adminUsers: Catalogue<typeof en> = {
	'admin.users.find.label': 'खाते खोजें',
	'admin.users.find.q': 'नाम या ईमेल',
	'admin.users.find.role': 'भूमिका',
	'admin.users.find.city': 'शहर',
	'admin.users.find.status': 'स्थिति',
	'admin.users.find.anyRole': 'कोई भी भूमिका',
	'admin.users.find.anyCity': 'कोई भी शहर',
	'admin.users.find.anyStatus': 'कोई भी स्थिति',
	'admin.users.find.submit': 'खोजें',
	'admin.users.find.clear': 'फ़िल्टर हटाएँ',
	'admin.users.find.count': {
		one: '{count} अधिकारी मिला।',
		other: '{count} अधिकारी मिले।'
	},
	'admin.users.find.none': 'इन फ़िल्टरों से कोई अधिकारी नहीं मिला।',
	'admin.users.find.invalid': 'ये फ़िल्टर लागू नहीं हो सके: {names}।',
	'admin.users.find.caption': 'खाते, पृष्ठ {page} / {pages}',
	'admin.users.col.name': 'नाम',
	'admin.users.col.email': 'ईमेल',
	'admin.users.col.role': 'भूमिका',
	'admin.users.col.city': 'शहर',
	'admin.users.col.status': 'स्थिति',
	'admin.users.col.lastSignIn': 'पिछला साइन-इन',
	'admin.users.col.manage': 'प्रबंधन',
	'admin.users.noCity': 'कोई शहर नहीं',
	'admin.users.openShown': '{count} खुले निमंत्रणों में से सबसे नए {shown}।',
	'admin.users.bulk.link': 'CSV फ़ाइल से कई अधिकारियों को आमंत्रित करें',
	'admin.users.bulk.title': 'CSV फ़ाइल से अधिकारियों को आमंत्रित करें',
	'admin.users.bulk.back': 'उपयोगकर्ता और निमंत्रण पर लौटें',
	'admin.users.bulk.intro':
		'फ़ाइल की पहली पंक्ति में email, role और city कॉलम होने चाहिए। role में mission_admin, mentor या city_member लिखें; city में शहर का स्लग लिखें, जैसा शहर के पते में होता है, जैसे rajkot या sagar। मिशन एडमिन के लिए शहर ज़रूरी नहीं है। अधिकतम {rows} पंक्तियाँ और {size} KB, CSV UTF-8 में सहेजी हुई।',
	'admin.users.bulk.twoSteps':
		'पहले फ़ाइल की हर पंक्ति जाँची जाती है और कुछ भी नहीं भेजा जाता। फिर आप पुष्टि करते हैं, और केवल बिना समस्या वाली पंक्तियों को निमंत्रण जाता है। जिस पते का पहले से खाता है या जिसका निमंत्रण खुला है, उसे दोबारा निमंत्रण नहीं जाता।',
	'admin.users.bulk.upload': 'फ़ाइल अपलोड करें',
	'admin.users.bulk.file': 'CSV फ़ाइल',
	'admin.users.bulk.fileHint': 'उदाहरण: email,role,city फिर officer@rajkot.gov.in,mentor,rajkot',
	'admin.users.bulk.check': 'फ़ाइल जाँचें',
	'admin.users.bulk.checking': 'फ़ाइल जाँची जा रही है…',
	'admin.users.bulk.file.missing': 'कोई CSV फ़ाइल चुनें।',
	'admin.users.bulk.file.empty': 'फ़ाइल में शीर्ष पंक्ति के नीचे कोई अधिकारी नहीं है।',
	'admin.users.bulk.file.tooLarge': 'फ़ाइल {size} KB से बड़ी है। इसे छोटी फ़ाइलों में बाँटकर हर एक अपलोड करें।',
	'admin.users.bulk.file.tooManyRows':
		'फ़ाइल में {rows} से अधिक पंक्तियाँ हैं। इसे अधिकतम {rows} पंक्तियों वाली फ़ाइलों में बाँटें।',
	'admin.users.bulk.file.notUtf8':
		'फ़ाइल UTF-8 टेक्स्ट नहीं है। अपनी स्प्रेडशीट में इसे “CSV UTF-8” के रूप में सहेजकर फिर अपलोड करें।',
	'admin.users.bulk.file.unterminated':
		'फ़ाइल में एक उद्धरण चिह्न (") कभी बंद नहीं होता। फ़ाइल को स्प्रेडशीट में जाँचें।',
	'admin.users.bulk.file.columns': 'शीर्ष पंक्ति में ये कॉलम नहीं हैं: {columns}।',
	'admin.users.bulk.report': 'फ़ाइल की जाँच',
	'admin.users.bulk.ready': {
		one: '{count} पंक्ति निमंत्रण के लिए तैयार है।',
		other: '{count} पंक्तियाँ निमंत्रण के लिए तैयार हैं।'
	},
	'admin.users.bulk.withProblems': {
		one: '{count} पंक्ति में समस्या है, उसे निमंत्रण नहीं जाएगा।',
		other: '{count} पंक्तियों में समस्या है, उन्हें निमंत्रण नहीं जाएगा।'
	},
	'admin.users.bulk.nothingSent': 'अभी कुछ भी नहीं भेजा गया है।',
	'admin.users.bulk.problemsCaption': 'समस्या वाली पंक्तियाँ',
	'admin.users.bulk.readyCaption': 'निमंत्रण के लिए तैयार पंक्तियाँ',
	'admin.users.bulk.col.row': 'पंक्ति',
	'admin.users.bulk.col.problems': 'समस्याएँ',
	'admin.users.bulk.col.link': 'निमंत्रण लिंक',
	'admin.users.bulk.problem.email': 'ईमेल पता सही नहीं है',
	'admin.users.bulk.problem.role': 'अज्ञात भूमिका: mission_admin, mentor या city_member लिखें',
	'admin.users.bulk.problem.city': 'इस स्लग का कोई शहर नहीं है',
	'admin.users.bulk.problem.cityMissing': 'मेंटर और शहर सदस्यों के लिए शहर ज़रूरी है',
	'admin.users.bulk.problem.duplicate': 'पंक्ति {row} का ही पता दोबारा है',
	'admin.users.bulk.problem.account': 'इस पते का खाता पहले से सक्रिय है',
	'admin.users.bulk.problem.deactivated':
		'इस पते का खाता निष्क्रिय है: नया निमंत्रण भेजने के बजाय उसे फिर सक्रिय करें',
	'admin.users.bulk.problem.pending': 'पहले से आमंत्रित: निमंत्रण अभी खुला है',
	'admin.users.bulk.confirm': {
		one: '{count} निमंत्रण भेजें',
		other: '{count} निमंत्रण भेजें'
	},
	'admin.users.bulk.sending': 'निमंत्रण भेजे जा रहे हैं…',
	'admin.users.bulk.noneReady': 'किसी भी पंक्ति को निमंत्रण नहीं भेजा जा सकता। फ़ाइल ठीक करके फिर जाँचें।',
	'admin.users.bulk.another': 'दूसरी फ़ाइल जाँचें',
	'admin.users.bulk.summary': 'भेजे गए निमंत्रण',
	'admin.users.bulk.invited': {
		one: '{count} अधिकारी को निमंत्रण भेजा गया।',
		other: '{count} अधिकारियों को निमंत्रण भेजा गया।'
	},
	'admin.users.bulk.skipped': {
		one: '{count} पंक्ति छोड़ी गई।',
		other: '{count} पंक्तियाँ छोड़ी गईं।'
	},
	'admin.users.bulk.repeated':
		'इस फ़ाइल की पुष्टि पहले ही हो चुकी थी: दोबारा कुछ नहीं भेजा गया। तब जो भेजा गया था, वह यह है।',
	'admin.users.bulk.mailed': 'हर अधिकारी को निमंत्रण ईमेल से मिलेगा।',
	'admin.users.bulk.handOver':
		'कोई मेल सर्वर सेट नहीं है: हर अधिकारी को उसका लिंक स्वयं दें। ये लिंक केवल इसी बार दिखाए जाते हैं।',
	'admin.users.bulk.invitedCaption': 'आमंत्रित अधिकारी',
	'admin.users.bulk.skippedCaption': 'छोड़ी गई पंक्तियाँ',
	'admin.users.bulk.missing': 'फ़ाइल की यह जाँच नहीं मिली। फ़ाइल फिर से अपलोड करें।',
	'admin.users.bulk.expired': 'यह जाँच एक दिन से अधिक पुरानी है। फ़ाइल फिर से अपलोड करें।'
};
