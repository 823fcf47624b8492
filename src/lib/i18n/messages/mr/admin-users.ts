import type { Catalogue } from '../../message';
import type { adminUsers as en } from '../en/admin-users';

export const adminUsers: Catalogue<typeof en> = {
	'admin.users.find.label': 'खाती शोधा',
	'admin.users.find.q': 'नाव किंवा ईमेल',
	'admin.users.find.role': 'भूमिका',
	'admin.users.find.city': 'शहर',
	'admin.users.find.status': 'स्थिती',
	'admin.users.find.anyRole': 'कोणतीही भूमिका',
	'admin.users.find.anyCity': 'कोणतेही शहर',
	'admin.users.find.anyStatus': 'कोणतीही स्थिती',
	'admin.users.find.submit': 'शोधा',
	'admin.users.find.clear': 'फिल्टर काढा',
	'admin.users.find.count': {
		one: '{count} अधिकारी सापडला.',
		other: '{count} अधिकारी सापडले.'
	},
	'admin.users.find.none': 'या फिल्टरशी जुळणारा एकही अधिकारी नाही.',
	'admin.users.find.invalid': 'हे फिल्टर वापरता आले नाहीत: {names}.',
	'admin.users.find.caption': 'खाती, {pages} पैकी पृष्ठ {page}',
	'admin.users.col.name': 'नाव',
	'admin.users.col.email': 'ईमेल',
	'admin.users.col.role': 'भूमिका',
	'admin.users.col.city': 'शहर',
	'admin.users.col.status': 'स्थिती',
	'admin.users.col.lastSignIn': 'अखेरचे साइन इन',
	'admin.users.col.manage': 'व्यवस्थापन',
	'admin.users.noCity': 'शहर नाही',
	'admin.users.openShown': '{count} प्रलंबित निमंत्रणांपैकी सर्वांत नवीन {shown}.',
	'admin.users.bulk.link': 'CSV फाइलमधून अनेक अधिकाऱ्यांना निमंत्रित करा',
	'admin.users.bulk.title': 'CSV फाइलमधून अधिकाऱ्यांना निमंत्रित करा',
	'admin.users.bulk.back': 'वापरकर्ते आणि निमंत्रणे या पृष्ठावर परत जा',
	'admin.users.bulk.intro':
		'फाइलच्या पहिल्या (शीर्ष) ओळीत email, role आणि city हे स्तंभ असणे आवश्यक आहे. role मध्ये mission_admin, mentor किंवा city_member लिहा; city मध्ये शहराच्या पत्त्यात असतो तसा त्याचा स्लग लिहा, उदा. rajkot किंवा sagar. मिशन प्रशासकांसाठी शहराची गरज नाही. जास्तीत जास्त {rows} ओळी आणि {size} KB, CSV UTF-8 स्वरूपात जतन केलेली फाइल.',
	'admin.users.bulk.twoSteps':
		'आधी फाइलची प्रत्येक ओळ तपासली जाते आणि काहीही पाठवले जात नाही. त्यानंतर तुम्ही पुष्टी करता, आणि फक्त अडचण नसलेल्या ओळींनाच निमंत्रण जाते. ज्या पत्त्याचे आधीच खाते आहे किंवा ज्याचे निमंत्रण प्रलंबित आहे, त्याला कधीही दुसऱ्यांदा निमंत्रण जात नाही.',
	'admin.users.bulk.upload': 'फाइल अपलोड करा',
	'admin.users.bulk.file': 'CSV फाइल',
	'admin.users.bulk.fileHint':
		'उदा.: email,role,city आणि त्याखाली officer@rajkot.gov.in,mentor,rajkot',
	'admin.users.bulk.check': 'फाइल तपासा',
	'admin.users.bulk.checking': 'फाइल तपासली जात आहे…',
	'admin.users.bulk.file.missing': 'CSV फाइल निवडा.',
	'admin.users.bulk.file.empty': 'फाइलमध्ये शीर्ष ओळीखाली एकही अधिकारी नाही.',
	'admin.users.bulk.file.tooLarge':
		'फाइल {size} KB पेक्षा मोठी आहे. ती लहान फाइलमध्ये विभागून प्रत्येक फाइल अपलोड करा.',
	'admin.users.bulk.file.tooManyRows':
		'फाइलमध्ये {rows} पेक्षा जास्त ओळी आहेत. ती जास्तीत जास्त {rows} ओळींच्या फाइलमध्ये विभागा.',
	'admin.users.bulk.file.notUtf8':
		'फाइल UTF-8 मजकूर नाही. तुमच्या स्प्रेडशीटमध्ये ती “CSV UTF-8” म्हणून जतन करा आणि पुन्हा अपलोड करा.',
	'admin.users.bulk.file.unterminated':
		'फाइलमधील एक अवतरण चिन्ह (") कुठेच बंद होत नाही. फाइल स्प्रेडशीटमध्ये उघडून तपासा.',
	'admin.users.bulk.file.columns': 'शीर्ष ओळीत हे स्तंभ नाहीत: {columns}.',
	'admin.users.bulk.report': 'फाइलची तपासणी',
	'admin.users.bulk.ready': {
		one: '{count} ओळ निमंत्रणासाठी तयार आहे.',
		other: '{count} ओळी निमंत्रणासाठी तयार आहेत.'
	},
	'admin.users.bulk.withProblems': {
		one: '{count} ओळीत अडचणी आहेत, तिला निमंत्रण पाठवले जाणार नाही.',
		other: '{count} ओळींमध्ये अडचणी आहेत, त्यांना निमंत्रण पाठवले जाणार नाही.'
	},
	'admin.users.bulk.nothingSent': 'अद्याप काहीही पाठवलेले नाही.',
	'admin.users.bulk.problemsCaption': 'अडचणी असलेल्या ओळी',
	'admin.users.bulk.readyCaption': 'निमंत्रणासाठी तयार ओळी',
	'admin.users.bulk.col.row': 'ओळ',
	'admin.users.bulk.col.problems': 'अडचणी',
	'admin.users.bulk.col.link': 'निमंत्रण लिंक',
	'admin.users.bulk.problem.email': 'वैध ईमेल पत्ता नाही',
	'admin.users.bulk.problem.role': 'अज्ञात भूमिका: mission_admin, mentor किंवा city_member वापरा',
	'admin.users.bulk.problem.city': 'या स्लगचे कोणतेही शहर नाही',
	'admin.users.bulk.problem.cityMissing': 'मेंटर आणि शहर सदस्यांसाठी शहर आवश्यक आहे',
	'admin.users.bulk.problem.duplicate': 'ओळ {row} मधील पत्ता पुन्हा आला आहे',
	'admin.users.bulk.problem.account': 'या पत्त्याचे सक्रिय खाते आधीच आहे',
	'admin.users.bulk.problem.deactivated':
		'या पत्त्याचे खाते निष्क्रिय आहे: नवीन निमंत्रणाऐवजी ते पुन्हा सक्रिय करा',
	'admin.users.bulk.problem.pending': 'आधीच निमंत्रित: निमंत्रण अद्याप प्रलंबित आहे',
	'admin.users.bulk.confirm': {
		one: '{count} निमंत्रण पाठवा',
		other: '{count} निमंत्रणे पाठवा'
	},
	'admin.users.bulk.sending': 'निमंत्रणे पाठवली जात आहेत…',
	'admin.users.bulk.noneReady': 'एकाही ओळीला निमंत्रण पाठवता येत नाही. फाइल दुरुस्त करून पुन्हा तपासा.',
	'admin.users.bulk.another': 'दुसरी फाइल तपासा',
	'admin.users.bulk.summary': 'पाठवलेली निमंत्रणे',
	'admin.users.bulk.invited': {
		one: '{count} अधिकाऱ्याला निमंत्रण पाठवले.',
		other: '{count} अधिकाऱ्यांना निमंत्रण पाठवले.'
	},
	'admin.users.bulk.skipped': {
		one: '{count} ओळ वगळली.',
		other: '{count} ओळी वगळल्या.'
	},
	'admin.users.bulk.repeated':
		'या फाइलची आधीच पुष्टी झाली होती: पुन्हा काहीही पाठवलेले नाही. तेव्हा जे पाठवले होते ते हे आहे.',
	'admin.users.bulk.mailed': 'प्रत्येक अधिकाऱ्याला निमंत्रण ईमेलने मिळेल.',
	'admin.users.bulk.handOver':
		'मेल सर्व्हर सेट केलेला नाही: प्रत्येक अधिकाऱ्याला त्यांची लिंक तुम्ही स्वतः द्या. या लिंक फक्त या एकाच वेळी दाखवल्या जातात.',
	'admin.users.bulk.invitedCaption': 'निमंत्रित अधिकारी',
	'admin.users.bulk.skippedCaption': 'वगळलेल्या ओळी',
	'admin.users.bulk.missing': 'फाइलची ही तपासणी सापडली नाही. फाइल पुन्हा अपलोड करा.',
	'admin.users.bulk.expired': 'ही तपासणी एका दिवसापेक्षा जुनी आहे. फाइल पुन्हा अपलोड करा.'
};
