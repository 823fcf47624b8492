import type { Catalogue } from '../../message';
import type { assessmentAdmin as en } from '../en/assessment-admin';

export const assessmentAdmin: Catalogue<typeof en> = {
	'assessmentAdmin.nav': 'मूल्यमापन फेऱ्या',
	'assessmentAdmin.title': 'मूल्यमापन फेऱ्या आणि आयात',
	'assessmentAdmin.intro':
		'प्रत्येक आराखड्याच्या फेऱ्या, त्या सर्वांसाठी खुल्या आहेत की नाही, आणि त्यांचे गुण. एखाद्या फेरीचे गुण CSV किंवा Excel फाइलमधून आयात करण्यासाठी ती फेरी उघडा.',
	'assessmentAdmin.none':
		'अद्याप एकही आराखडा नाही. आराखडे हा डेटा आहे: ते आयातीद्वारे जोडले जातात, येथून नाही.',
	'assessmentAdmin.roundsCaption': '{framework} च्या फेऱ्या',
	'assessmentAdmin.noRounds': 'अद्याप एकही फेरी नाही.',
	'assessmentAdmin.col.round': 'फेरी',
	'assessmentAdmin.col.year': 'वर्ष',
	'assessmentAdmin.col.body': 'मूल्यमापनकर्ता',
	'assessmentAdmin.col.visibility': 'कोणाला दिसते',
	'assessmentAdmin.col.scores': 'गुण',
	'assessmentAdmin.col.lastImport': 'शेवटची आयात',
	'assessmentAdmin.public': 'सार्वजनिक',
	'assessmentAdmin.private': 'फक्त प्रशासक',
	'assessmentAdmin.makePublic': '{round} सार्वजनिक करा',
	'assessmentAdmin.makePrivate': '{round} खासगी करा',
	'assessmentAdmin.madePublic': '{round} आता सार्वजनिक आहे.',
	'assessmentAdmin.madePrivate': '{round} आता फक्त प्रशासकांसाठी आहे.',
	'assessmentAdmin.lastImport': '{when}, {who} यांनी',
	'assessmentAdmin.never': 'अद्याप नाही',
	'assessmentAdmin.someone': 'एक माजी वापरकर्ता',
	'assessmentAdmin.gone': 'ही फेरी आता अस्तित्वात नाही.',
	'assessmentAdmin.newRound': '{framework} ची नवीन फेरी',
	'assessmentAdmin.round.name': 'नाव (इंग्रजीत)',
	'assessmentAdmin.round.nameHint': 'उदा. IMAF 2.0',
	'assessmentAdmin.round.nameHi': 'हिंदीत नाव (ऐच्छिक)',
	'assessmentAdmin.round.slug': 'स्लग (ऐच्छिक)',
	'assessmentAdmin.round.slugHint':
		'फेरीच्या पत्त्याचा भाग. रिकामा ठेवल्यास तो नावावरून तयार होतो: IMAF 2.0 चे imaf-2-0 होते.',
	'assessmentAdmin.round.year': 'वर्ष',
	'assessmentAdmin.round.body': 'मूल्यमापन करणारी संस्था',
	'assessmentAdmin.round.bodyHint': 'उदा. Quality Council of India (भारतीय गुणवत्ता परिषद)',
	'assessmentAdmin.round.resultsOn': 'निकाल जाहीर झाल्याची तारीख (ऐच्छिक)',
	'assessmentAdmin.round.public': 'सार्वजनिक: फेरी आणि तिचे गुण सर्वांना दिसतील',
	'assessmentAdmin.round.create': 'फेरी तयार करा',
	'assessmentAdmin.round.created': '{round} ही फेरी तयार झाली.',
	'assessmentAdmin.round.slugInvalid':
		'इंग्रजी लहान अक्षरे आणि अंक वापरा, मध्ये एकेरी हायफन देऊन, उदा. imaf-2-0.',
	'assessmentAdmin.round.slugNeeded':
		'स्लग द्या: नावात स्लग तयार करता येईल अशी लॅटिन अक्षरे किंवा अंक नाहीत.',
	'assessmentAdmin.round.duplicate': 'या आराखड्यात {slug} हा स्लग असलेली फेरी आधीच आहे.',
	'assessmentAdmin.round.yearRange': '2015 ते 2100 मधील वर्ष लिहा.',
	'assessmentAdmin.round.dateInvalid': '2024-06-27 अशा स्वरूपात तारीख लिहा.',
	'assessmentAdmin.back': 'सर्व मूल्यमापन फेऱ्या',
	'assessmentAdmin.details': 'फेरीविषयी',
	'assessmentAdmin.scoreCount': {
		one: '{count} मूल्य नोंदवलेले आहे.',
		other: '{count} मूल्ये नोंदवलेली आहेत.'
	},
	'assessmentAdmin.export': 'फेरीचे गुण डाउनलोड करा (CSV)',
	'assessmentAdmin.exportHint':
		'आयातीसारखेच तीन स्तंभ, त्यामुळे फाइल संपादित करून पुन्हा आयात करता येते. नमुना मूल्येही समाविष्ट आहेत; न बदलता पुन्हा आयात केल्यास ती नमुना म्हणूनच चिन्हांकित राहतात.',
	'assessmentAdmin.import.heading': 'गुण आयात करा',
	'assessmentAdmin.import.intro':
		'CSV (UTF-8) किंवा Excel (.xlsx) फाइल, ज्यात शीर्ष ओळ आणि city, parameter आणि value हे स्तंभ कोणत्याही क्रमाने असतील: शहराचा स्लग (उदा. bilaspur), मापदंडाचा स्लग आणि मापदंडाच्या प्रमाणावरील मूल्य. जास्तीत जास्त {rows} ओळी आणि {size} KB.',
	'assessmentAdmin.import.replaces':
		'ही फाइल फेरीतील मूल्यांची जागा घेते: फाइलमध्ये नसलेली मूल्ये काढली जातात, समान मूल्ये आहेत तशीच राहतात. आधी प्रत्येक ओळ तपासली जाते; कोणत्याही ओळीत त्रुटी असल्यास काहीही आयात होत नाही.',
	'assessmentAdmin.import.file': 'CSV किंवा Excel फाइल',
	'assessmentAdmin.import.fileHint':
		'उदा. city,parameter,value आणि त्यानंतर bilaspur,team-management,95',
	'assessmentAdmin.import.submit': 'तपासा आणि आयात करा',
	'assessmentAdmin.import.importing': 'तपासणी आणि आयात सुरू आहे…',
	'assessmentAdmin.import.missing': 'फाइल निवडा.',
	'assessmentAdmin.import.kind':
		'.csv किंवा .xlsx फाइल निवडा. जुनी Excel फाइल (.xls) Excel मध्ये .xlsx म्हणून जतन करता येते.',
	'assessmentAdmin.import.parameters': '{framework} चे मापदंड',
	'assessmentAdmin.import.parametersHint': 'parameter आणि value स्तंभांसाठी त्यांचे स्लग आणि प्रमाण.',
	'assessmentAdmin.import.col.slug': 'स्लग',
	'assessmentAdmin.import.col.name': 'नाव',
	'assessmentAdmin.import.col.scale': 'प्रमाण',
	'assessmentAdmin.scale.percentage': '0 ते 100, दशांश चिन्हानंतर जास्तीत जास्त दोन अंक',
	'assessmentAdmin.scale.level': 'स्तर 1 ते 5',
	'assessmentAdmin.scale.stars': '0 ते 5 स्टार',
	'assessmentAdmin.report.heading': '{file} मधील त्रुटी',
	'assessmentAdmin.report.nothing': 'काहीही आयात झाले नाही.',
	'assessmentAdmin.report.count': {
		one: 'फाइलमध्ये {count} त्रुटी आहे. ती दुरुस्त करून फाइल पुन्हा अपलोड करा.',
		other: 'फाइलमध्ये {count} त्रुटी आहेत. त्या दुरुस्त करून फाइल पुन्हा अपलोड करा.'
	},
	'assessmentAdmin.report.shown': 'येथे पहिल्या {shown} त्रुटी दिल्या आहेत; अहवालात सर्व {count} आहेत.',
	'assessmentAdmin.report.caption': 'ओळ आणि स्तंभानुसार त्रुटी',
	'assessmentAdmin.report.download': 'संपूर्ण अहवाल डाउनलोड करा (CSV)',
	'assessmentAdmin.report.col.row': 'ओळ',
	'assessmentAdmin.report.col.column': 'स्तंभ',
	'assessmentAdmin.report.col.message': 'त्रुटी',
	'assessmentAdmin.report.wholeFile': 'संपूर्ण फाइल',
	'assessmentAdmin.report.wholeRow': 'संपूर्ण ओळ',
	'assessmentAdmin.done.heading': '{file} आयात झाली',
	'assessmentAdmin.done.counts':
		'{imported} आयात झाली, {unchanged} न बदलता तशीच राहिली, {removed} काढली.',
	'assessmentAdmin.done.same': 'फाइलमधील मूल्ये फेरीत आहेत तशीच आहेत: काहीही बदलले नाही.',
	'assessmentAdmin.history.heading': 'आयातीचा इतिहास',
	'assessmentAdmin.history.none': 'अद्याप एकही आयात झालेली नाही.',
	'assessmentAdmin.history.entry': '{file} ({kind}), {when}, {who} यांनी',
	'assessmentAdmin.history.caption': '{file} मुळे झालेले बदल, {when}',
	'assessmentAdmin.history.more': '{count} पैकी पहिले {shown} बदल दाखवले आहेत.',
	'assessmentAdmin.history.col.city': 'शहर',
	'assessmentAdmin.history.col.parameter': 'मापदंड',
	'assessmentAdmin.history.col.old': 'आधी',
	'assessmentAdmin.history.col.new': 'नंतर',
	'assessmentAdmin.history.empty': 'काहीही नाही',
	'assessmentAdmin.problem.empty': 'फाइलमध्ये शीर्ष ओळीखाली एकही ओळ नाही.',
	'assessmentAdmin.problem.tooLarge':
		'फाइल {size} KB पेक्षा मोठी आहे. ती विभागा, किंवा .xlsx म्हणून जतन करा; ती आकाराने लहान असते.',
	'assessmentAdmin.problem.tooManyRows': 'फाइलमध्ये {rows} पेक्षा जास्त ओळी आहेत.',
	'assessmentAdmin.problem.notUtf8':
		'फाइल UTF-8 मजकूर नाही. तुमच्या स्प्रेडशीटमध्ये ती “CSV UTF-8” किंवा .xlsx म्हणून जतन करा.',
	'assessmentAdmin.problem.malformedCsv': 'येथून पुढे फाइल वैध CSV नाही: या ओळीतील अवतरण चिन्हे तपासा.',
	'assessmentAdmin.problem.unreadableXlsx':
		'फाइल Excel वर्कबुक (.xlsx) म्हणून वाचता आली नाही. ती Excel मधून पुन्हा जतन करा.',
	'assessmentAdmin.problem.missingColumn': 'शीर्ष ओळीत या नावाचा स्तंभ नाही.',
	'assessmentAdmin.problem.unknownColumn':
		'“{name}” हा या स्वरूपातील स्तंभ नाही: फक्त city, parameter आणि value आयात होतात. हा स्तंभ काढून टाका.',
	'assessmentAdmin.problem.repeatedColumn': 'शीर्ष ओळीत {name} हा स्तंभ दोनदा आहे.',
	'assessmentAdmin.problem.unnamedColumn': 'स्तंभ {number} मध्ये मूल्ये आहेत, पण शीर्ष ओळीत त्याला नाव नाही.',
	'assessmentAdmin.problem.extraCells': 'या ओळीत शीर्ष ओळीतील स्तंभांच्या पलीकडेही सेल भरलेले आहेत.',
	'assessmentAdmin.problem.cityMissing': 'शहर दिलेले नाही.',
	'assessmentAdmin.problem.cityUnknown': '“{value}” हा शहराचा स्लग नाही.',
	'assessmentAdmin.problem.cityUnknownSuggest':
		'“{value}” हा शहराचा स्लग नाही. तुम्हाला {suggestion} म्हणायचे आहे का?',
	'assessmentAdmin.problem.parameterMissing': 'मापदंड दिलेला नाही.',
	'assessmentAdmin.problem.parameterUnknown': '“{value}” हा या आराखड्याचा मापदंड नाही.',
	'assessmentAdmin.problem.parameterUnknownSuggest':
		'“{value}” हा मापदंडाचा स्लग नाही. तुम्हाला {suggestion} म्हणायचे आहे का?',
	'assessmentAdmin.problem.valueMissing': 'मूल्य दिलेले नाही.',
	'assessmentAdmin.problem.valueNotNumber':
		'“{value}” ही संख्या नाही. ती अंक आणि दशांश चिन्ह वापरून लिहा, उदा. 85.5.',
	'assessmentAdmin.problem.valueRangePercentage':
		'{value} ही 0 ते 100 मधील, दशांश चिन्हानंतर जास्तीत जास्त दोन अंक असलेली टक्केवारी नाही.',
	'assessmentAdmin.problem.valueRangeLevel': '{value} हा स्तर नाही: स्तर 1 ते 5 मधील पूर्णांक असतो.',
	'assessmentAdmin.problem.valueRangeStars':
		'{value} हे स्टार मानांकन नाही: स्टार मानांकन 0 ते 5 मधील पूर्णांक असते.',
	'assessmentAdmin.problem.duplicate': 'हेच शहर आणि मापदंड ओळ {first} मध्ये आधीच आहेत.'
};
