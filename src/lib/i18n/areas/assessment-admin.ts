// Strings of the assessment admin area (rounds and score imports), English and Hindi side by
// side. The problems of an uploaded file are keyed by the codes of score-file.ts.
import { area } from './area';

export const assessmentAdmin = area(
	{
		'assessmentAdmin.nav': 'Assessment rounds',
		'assessmentAdmin.title': 'Assessment rounds and imports',
		'assessmentAdmin.intro':
			'Each framework’s rounds, whether the public may see them, and their scores. Open a round to import its scores from a CSV or Excel file.',
		'assessmentAdmin.none':
			'No framework yet. Frameworks are data: they are added with an import, not here.',
		'assessmentAdmin.roundsCaption': 'Rounds of {framework}',
		'assessmentAdmin.noRounds': 'No round yet.',
		'assessmentAdmin.col.round': 'Round',
		'assessmentAdmin.col.year': 'Year',
		'assessmentAdmin.col.body': 'Assessed by',
		'assessmentAdmin.col.visibility': 'Who may see it',
		'assessmentAdmin.col.scores': 'Scores',
		'assessmentAdmin.col.lastImport': 'Last import',
		'assessmentAdmin.public': 'Public',
		'assessmentAdmin.private': 'Admins only',
		'assessmentAdmin.makePublic': 'Make {round} public',
		'assessmentAdmin.makePrivate': 'Make {round} private',
		'assessmentAdmin.madePublic': '{round} is now public.',
		'assessmentAdmin.madePrivate': '{round} is now for admins only.',
		'assessmentAdmin.lastImport': '{when} by {who}',
		'assessmentAdmin.never': 'None yet',
		'assessmentAdmin.someone': 'a former user',
		'assessmentAdmin.gone': 'This round is no longer there.',
		'assessmentAdmin.newRound': 'New round of {framework}',
		'assessmentAdmin.round.name': 'Name (English)',
		'assessmentAdmin.round.nameHint': 'For example: IMAF 2.0',
		'assessmentAdmin.round.nameHi': 'Name in Hindi (optional)',
		'assessmentAdmin.round.slug': 'Slug (optional)',
		'assessmentAdmin.round.slugHint':
			'Part of the round’s address. Left empty, it is made from the name: IMAF 2.0 becomes imaf-2-0.',
		'assessmentAdmin.round.year': 'Year',
		'assessmentAdmin.round.body': 'Assessing body',
		'assessmentAdmin.round.bodyHint': 'For example: Quality Council of India',
		'assessmentAdmin.round.resultsOn': 'Results announced on (optional)',
		'assessmentAdmin.round.public': 'Public: everyone may see the round and its scores',
		'assessmentAdmin.round.create': 'Create the round',
		'assessmentAdmin.round.created': 'Round {round} created.',
		'assessmentAdmin.round.slugInvalid':
			'Use lower-case letters and digits joined by single hyphens, such as imaf-2-0.',
		'assessmentAdmin.round.slugNeeded':
			'Give a slug: the name has no Latin letters or digits to make one from.',
		'assessmentAdmin.round.duplicate': 'This framework already has a round with the slug {slug}.',
		'assessmentAdmin.round.yearRange': 'Enter a year from 2015 to 2100.',
		'assessmentAdmin.round.dateInvalid': 'Enter a date such as 2024-06-27.',
		'assessmentAdmin.back': 'All assessment rounds',
		'assessmentAdmin.details': 'About the round',
		'assessmentAdmin.scoreCount': {
			one: '{count} value stored.',
			other: '{count} values stored.'
		},
		'assessmentAdmin.export': 'Download the round’s scores (CSV)',
		'assessmentAdmin.exportHint':
			'The same three columns as an import, so the file can be edited and imported again. Sample values are included; imported again unchanged, they stay marked as sample.',
		'assessmentAdmin.import.heading': 'Import scores',
		'assessmentAdmin.import.intro':
			'A CSV (UTF-8) or Excel (.xlsx) file with a header row and the columns city, parameter and value, in any order: the city’s slug (such as bilaspur), the parameter’s slug, and the value on the parameter’s scale. At most {rows} rows and {size} KB.',
		'assessmentAdmin.import.replaces':
			'The file replaces the round’s values: values it leaves out are removed, equal values stay as they are. Every row is checked first; if any has a problem, nothing is imported.',
		'assessmentAdmin.import.file': 'CSV or Excel file',
		'assessmentAdmin.import.fileHint':
			'For example: city,parameter,value then bilaspur,team-management,95',
		'assessmentAdmin.import.submit': 'Check and import',
		'assessmentAdmin.import.importing': 'Checking and importing…',
		'assessmentAdmin.import.missing': 'Choose a file.',
		'assessmentAdmin.import.kind':
			'Choose a .csv or .xlsx file. An older Excel file (.xls) can be saved as .xlsx in Excel.',
		'assessmentAdmin.import.parameters': 'The parameters of {framework}',
		'assessmentAdmin.import.parametersHint':
			'Their slugs and scales, for the parameter and value columns.',
		'assessmentAdmin.import.col.slug': 'Slug',
		'assessmentAdmin.import.col.name': 'Name',
		'assessmentAdmin.import.col.scale': 'Scale',
		'assessmentAdmin.scale.percentage': '0 to 100, up to two decimals',
		'assessmentAdmin.scale.level': 'level 1 to 5',
		'assessmentAdmin.scale.stars': '0 to 5 stars',
		'assessmentAdmin.report.heading': 'Problems in {file}',
		'assessmentAdmin.report.nothing': 'Nothing was imported.',
		'assessmentAdmin.report.count': {
			one: 'The file has {count} problem. Correct it and upload the file again.',
			other: 'The file has {count} problems. Correct them and upload the file again.'
		},
		'assessmentAdmin.report.shown':
			'The first {shown} are listed here; the report has all {count}.',
		'assessmentAdmin.report.caption': 'Problems by row and column',
		'assessmentAdmin.report.download': 'Download the whole report (CSV)',
		'assessmentAdmin.report.col.row': 'Row',
		'assessmentAdmin.report.col.column': 'Column',
		'assessmentAdmin.report.col.message': 'Problem',
		'assessmentAdmin.report.wholeFile': 'the file',
		'assessmentAdmin.report.wholeRow': 'the row',
		'assessmentAdmin.done.heading': 'Imported {file}',
		'assessmentAdmin.done.counts': '{imported} imported, {unchanged} unchanged, {removed} removed.',
		'assessmentAdmin.done.same': 'The file holds the round’s values as they are: nothing changed.',
		'assessmentAdmin.history.heading': 'Import history',
		'assessmentAdmin.history.none': 'No import yet.',
		'assessmentAdmin.history.entry': '{file} ({kind}), {when}, by {who}',
		'assessmentAdmin.history.caption': 'Changes made by {file}, {when}',
		'assessmentAdmin.history.more': 'The first {shown} of {count} changes are shown.',
		'assessmentAdmin.history.col.city': 'City',
		'assessmentAdmin.history.col.parameter': 'Parameter',
		'assessmentAdmin.history.col.old': 'Before',
		'assessmentAdmin.history.col.new': 'After',
		'assessmentAdmin.history.empty': 'none',
		'assessmentAdmin.problem.empty': 'The file has no rows under a header row.',
		'assessmentAdmin.problem.tooLarge':
			'The file is larger than {size} KB. Split it, or save it as .xlsx, which is smaller.',
		'assessmentAdmin.problem.tooManyRows': 'The file has more than {rows} rows.',
		'assessmentAdmin.problem.notUtf8':
			'The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, or as .xlsx.',
		'assessmentAdmin.problem.malformedCsv':
			'The file is not valid CSV from here on: check the quotation marks on this row.',
		'assessmentAdmin.problem.unreadableXlsx':
			'The file cannot be read as an Excel workbook (.xlsx). Save it again from Excel.',
		'assessmentAdmin.problem.missingColumn': 'The header row has no column of this name.',
		'assessmentAdmin.problem.unknownColumn':
			'“{name}” is not a column of the format: only city, parameter and value are imported. Remove the column.',
		'assessmentAdmin.problem.repeatedColumn': 'The header row has the column {name} twice.',
		'assessmentAdmin.problem.unnamedColumn':
			'Column {number} has values but no name in the header row.',
		'assessmentAdmin.problem.extraCells': 'The row has cells beyond the header’s columns.',
		'assessmentAdmin.problem.cityMissing': 'The city is missing.',
		'assessmentAdmin.problem.cityUnknown': '“{value}” is not a city slug.',
		'assessmentAdmin.problem.cityUnknownSuggest':
			'“{value}” is not a city slug. Did you mean {suggestion}?',
		'assessmentAdmin.problem.parameterMissing': 'The parameter is missing.',
		'assessmentAdmin.problem.parameterUnknown': '“{value}” is not a parameter of this framework.',
		'assessmentAdmin.problem.parameterUnknownSuggest':
			'“{value}” is not a parameter slug. Did you mean {suggestion}?',
		'assessmentAdmin.problem.valueMissing': 'The value is missing.',
		'assessmentAdmin.problem.valueNotNumber':
			'“{value}” is not a number. Write it with digits and a decimal point, such as 85.5.',
		'assessmentAdmin.problem.valueRangePercentage':
			'{value} is not a percentage from 0 to 100 with at most two decimals.',
		'assessmentAdmin.problem.valueRangeLevel':
			'{value} is not a level: a whole number from 1 to 5.',
		'assessmentAdmin.problem.valueRangeStars':
			'{value} is not a star rating: a whole number from 0 to 5.',
		'assessmentAdmin.problem.duplicate': 'The same city and parameter are already on row {first}.'
	},
	{
		'assessmentAdmin.nav': 'आकलन के दौर',
		'assessmentAdmin.title': 'आकलन के दौर और आयात',
		'assessmentAdmin.intro':
			'हर ढाँचे के दौर, जनता उन्हें देख सकती है या नहीं, और उनके अंक। किसी दौर के अंक CSV या Excel फ़ाइल से आयात करने के लिए उस दौर को खोलें।',
		'assessmentAdmin.none': 'अभी कोई ढाँचा नहीं है। ढाँचे डेटा हैं: वे आयात से जोड़े जाते हैं, यहाँ से नहीं।',
		'assessmentAdmin.roundsCaption': '{framework} के दौर',
		'assessmentAdmin.noRounds': 'अभी कोई दौर नहीं है।',
		'assessmentAdmin.col.round': 'दौर',
		'assessmentAdmin.col.year': 'वर्ष',
		'assessmentAdmin.col.body': 'आकलनकर्ता',
		'assessmentAdmin.col.visibility': 'कौन देख सकता है',
		'assessmentAdmin.col.scores': 'अंक',
		'assessmentAdmin.col.lastImport': 'पिछला आयात',
		'assessmentAdmin.public': 'सार्वजनिक',
		'assessmentAdmin.private': 'केवल एडमिन',
		'assessmentAdmin.makePublic': '{round} को सार्वजनिक करें',
		'assessmentAdmin.makePrivate': '{round} को निजी करें',
		'assessmentAdmin.madePublic': '{round} अब सार्वजनिक है।',
		'assessmentAdmin.madePrivate': '{round} अब केवल एडमिन देख सकते हैं।',
		'assessmentAdmin.lastImport': '{when}, {who} द्वारा',
		'assessmentAdmin.never': 'अभी कोई नहीं',
		'assessmentAdmin.someone': 'एक पूर्व उपयोगकर्ता',
		'assessmentAdmin.gone': 'यह दौर अब मौजूद नहीं है।',
		'assessmentAdmin.newRound': '{framework} का नया दौर',
		'assessmentAdmin.round.name': 'नाम (अंग्रेज़ी में)',
		'assessmentAdmin.round.nameHint': 'उदाहरण: IMAF 2.0',
		'assessmentAdmin.round.nameHi': 'हिन्दी में नाम (वैकल्पिक)',
		'assessmentAdmin.round.slug': 'स्लग (वैकल्पिक)',
		'assessmentAdmin.round.slugHint':
			'दौर के पते का हिस्सा। खाली छोड़ने पर यह नाम से बनता है: IMAF 2.0 से imaf-2-0।',
		'assessmentAdmin.round.year': 'वर्ष',
		'assessmentAdmin.round.body': 'आकलन करने वाली संस्था',
		'assessmentAdmin.round.bodyHint': 'उदाहरण: भारतीय गुणवत्ता परिषद (Quality Council of India)',
		'assessmentAdmin.round.resultsOn': 'परिणाम घोषित होने की तारीख़ (वैकल्पिक)',
		'assessmentAdmin.round.public': 'सार्वजनिक: दौर और उसके अंक सभी देख सकते हैं',
		'assessmentAdmin.round.create': 'दौर बनाएँ',
		'assessmentAdmin.round.created': 'दौर {round} बन गया।',
		'assessmentAdmin.round.slugInvalid':
			'अंग्रेज़ी के छोटे अक्षर और अंक लिखें, बीच में एक-एक हाइफ़न, जैसे imaf-2-0।',
		'assessmentAdmin.round.slugNeeded': 'स्लग लिखें: नाम में ऐसे लैटिन अक्षर या अंक नहीं हैं जिनसे स्लग बन सके।',
		'assessmentAdmin.round.duplicate': 'इस ढाँचे में {slug} स्लग वाला दौर पहले से है।',
		'assessmentAdmin.round.yearRange': '2015 से 2100 के बीच का वर्ष लिखें।',
		'assessmentAdmin.round.dateInvalid': '2024-06-27 जैसी तारीख़ लिखें।',
		'assessmentAdmin.back': 'आकलन के सभी दौर',
		'assessmentAdmin.details': 'दौर के बारे में',
		'assessmentAdmin.scoreCount': {
			one: '{count} मान दर्ज है।',
			other: '{count} मान दर्ज हैं।'
		},
		'assessmentAdmin.export': 'दौर के अंक डाउनलोड करें (CSV)',
		'assessmentAdmin.exportHint':
			'आयात वाले ही तीन कॉलम, ताकि फ़ाइल बदलकर फिर से आयात की जा सके। नमूना मान भी शामिल हैं; बिना बदले फिर आयात करने पर वे नमूना ही रहते हैं।',
		'assessmentAdmin.import.heading': 'अंक आयात करें',
		'assessmentAdmin.import.intro':
			'CSV (UTF-8) या Excel (.xlsx) फ़ाइल, जिसकी पहली पंक्ति में शीर्षक हों और कॉलम city, parameter और value हों, किसी भी क्रम में: शहर का स्लग (जैसे bilaspur), मानदंड का स्लग, और मानदंड के पैमाने पर मान। अधिकतम {rows} पंक्तियाँ और {size} KB।',
		'assessmentAdmin.import.replaces':
			'फ़ाइल दौर के मानों की जगह लेती है: जो मान फ़ाइल में नहीं हैं वे हटते हैं, बराबर मान जैसे के तैसे रहते हैं। पहले हर पंक्ति जाँची जाती है; किसी में भी समस्या हो तो कुछ भी आयात नहीं होता।',
		'assessmentAdmin.import.file': 'CSV या Excel फ़ाइल',
		'assessmentAdmin.import.fileHint':
			'उदाहरण: city,parameter,value फिर bilaspur,team-management,95',
		'assessmentAdmin.import.submit': 'जाँचें और आयात करें',
		'assessmentAdmin.import.importing': 'जाँच और आयात हो रहा है…',
		'assessmentAdmin.import.missing': 'कोई फ़ाइल चुनें।',
		'assessmentAdmin.import.kind':
			'.csv या .xlsx फ़ाइल चुनें। पुरानी Excel फ़ाइल (.xls) को Excel में .xlsx के रूप में सहेजा जा सकता है।',
		'assessmentAdmin.import.parameters': '{framework} के मानदंड',
		'assessmentAdmin.import.parametersHint': 'parameter और value कॉलम के लिए उनके स्लग और पैमाने।',
		'assessmentAdmin.import.col.slug': 'स्लग',
		'assessmentAdmin.import.col.name': 'नाम',
		'assessmentAdmin.import.col.scale': 'पैमाना',
		'assessmentAdmin.scale.percentage': '0 से 100, दशमलव के बाद अधिकतम दो अंक',
		'assessmentAdmin.scale.level': 'स्तर 1 से 5',
		'assessmentAdmin.scale.stars': '0 से 5 सितारे',
		'assessmentAdmin.report.heading': '{file} में समस्याएँ',
		'assessmentAdmin.report.nothing': 'कुछ भी आयात नहीं हुआ।',
		'assessmentAdmin.report.count': {
			one: 'फ़ाइल में {count} समस्या है। उसे ठीक करके फ़ाइल फिर से अपलोड करें।',
			other: 'फ़ाइल में {count} समस्याएँ हैं। उन्हें ठीक करके फ़ाइल फिर से अपलोड करें।'
		},
		'assessmentAdmin.report.shown': 'यहाँ पहली {shown} दिखाई गई हैं; रिपोर्ट में सभी {count} हैं।',
		'assessmentAdmin.report.caption': 'पंक्ति और कॉलम के अनुसार समस्याएँ',
		'assessmentAdmin.report.download': 'पूरी रिपोर्ट डाउनलोड करें (CSV)',
		'assessmentAdmin.report.col.row': 'पंक्ति',
		'assessmentAdmin.report.col.column': 'कॉलम',
		'assessmentAdmin.report.col.message': 'समस्या',
		'assessmentAdmin.report.wholeFile': 'पूरी फ़ाइल',
		'assessmentAdmin.report.wholeRow': 'पूरी पंक्ति',
		'assessmentAdmin.done.heading': '{file} आयात हुई',
		'assessmentAdmin.done.counts': '{imported} आयात हुए, {unchanged} अपरिवर्तित, {removed} हटाए गए।',
		'assessmentAdmin.done.same': 'फ़ाइल में दौर के मान जैसे के तैसे हैं: कुछ नहीं बदला।',
		'assessmentAdmin.history.heading': 'आयात का इतिहास',
		'assessmentAdmin.history.none': 'अभी कोई आयात नहीं हुआ।',
		'assessmentAdmin.history.entry': '{file} ({kind}), {when}, {who} द्वारा',
		'assessmentAdmin.history.caption': '{file} से हुए बदलाव, {when}',
		'assessmentAdmin.history.more': '{count} में से पहले {shown} बदलाव दिखाए गए हैं।',
		'assessmentAdmin.history.col.city': 'शहर',
		'assessmentAdmin.history.col.parameter': 'मानदंड',
		'assessmentAdmin.history.col.old': 'पहले',
		'assessmentAdmin.history.col.new': 'बाद में',
		'assessmentAdmin.history.empty': 'कोई नहीं',
		'assessmentAdmin.problem.empty': 'फ़ाइल में शीर्षक पंक्ति के नीचे कोई पंक्ति नहीं है।',
		'assessmentAdmin.problem.tooLarge':
			'फ़ाइल {size} KB से बड़ी है। इसे बाँटें, या .xlsx के रूप में सहेजें, जो छोटी होती है।',
		'assessmentAdmin.problem.tooManyRows': 'फ़ाइल में {rows} से अधिक पंक्तियाँ हैं।',
		'assessmentAdmin.problem.notUtf8':
			'फ़ाइल UTF-8 पाठ नहीं है। अपनी स्प्रेडशीट में इसे “CSV UTF-8” या .xlsx के रूप में सहेजें।',
		'assessmentAdmin.problem.malformedCsv':
			'यहाँ से फ़ाइल सही CSV नहीं है: इस पंक्ति के उद्धरण चिह्न (") जाँचें।',
		'assessmentAdmin.problem.unreadableXlsx':
			'फ़ाइल Excel वर्कबुक (.xlsx) के रूप में पढ़ी नहीं जा सकी। इसे Excel से फिर से सहेजें।',
		'assessmentAdmin.problem.missingColumn': 'शीर्षक पंक्ति में इस नाम का कॉलम नहीं है।',
		'assessmentAdmin.problem.unknownColumn':
			'“{name}” इस प्रारूप का कॉलम नहीं है: केवल city, parameter और value आयात होते हैं। यह कॉलम हटा दें।',
		'assessmentAdmin.problem.repeatedColumn': 'शीर्षक पंक्ति में {name} कॉलम दो बार है।',
		'assessmentAdmin.problem.unnamedColumn':
			'कॉलम {number} में मान हैं, पर शीर्षक पंक्ति में उसका नाम नहीं है।',
		'assessmentAdmin.problem.extraCells': 'इस पंक्ति में शीर्षक के कॉलमों से आगे भी कोष्ठक भरे हैं।',
		'assessmentAdmin.problem.cityMissing': 'शहर नहीं लिखा है।',
		'assessmentAdmin.problem.cityUnknown': '“{value}” किसी शहर का स्लग नहीं है।',
		'assessmentAdmin.problem.cityUnknownSuggest':
			'“{value}” किसी शहर का स्लग नहीं है। क्या आपका मतलब {suggestion} है?',
		'assessmentAdmin.problem.parameterMissing': 'मानदंड नहीं लिखा है।',
		'assessmentAdmin.problem.parameterUnknown': '“{value}” इस ढाँचे का मानदंड नहीं है।',
		'assessmentAdmin.problem.parameterUnknownSuggest':
			'“{value}” किसी मानदंड का स्लग नहीं है। क्या आपका मतलब {suggestion} है?',
		'assessmentAdmin.problem.valueMissing': 'मान नहीं लिखा है।',
		'assessmentAdmin.problem.valueNotNumber':
			'“{value}” संख्या नहीं है। इसे अंकों और दशमलव बिंदु से लिखें, जैसे 85.5।',
		'assessmentAdmin.problem.valueRangePercentage':
			'{value} 0 से 100 के बीच, दशमलव के बाद अधिकतम दो अंकों वाला प्रतिशत नहीं है।',
		'assessmentAdmin.problem.valueRangeLevel': '{value} स्तर नहीं है: 1 से 5 तक की पूर्ण संख्या लिखें।',
		'assessmentAdmin.problem.valueRangeStars':
			'{value} सितारा रेटिंग नहीं है: 0 से 5 तक की पूर्ण संख्या लिखें।',
		'assessmentAdmin.problem.duplicate': 'यही शहर और मानदंड पंक्ति {first} में पहले से है।'
	}
);
