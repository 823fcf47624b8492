import type { Catalogue } from '../../message';
import type { assessmentAdmin as en } from '../en/assessment-admin';

export const assessmentAdmin: Catalogue<typeof en> = {
	'assessmentAdmin.nav': 'મૂલ્યાંકનના રાઉન્ડ',
	'assessmentAdmin.title': 'મૂલ્યાંકનના રાઉન્ડ અને આયાત',
	'assessmentAdmin.intro':
		'દરેક માળખાના રાઉન્ડ, જનતા તેમને જોઈ શકે કે નહીં, અને તેમના ગુણ. કોઈ રાઉન્ડના ગુણ CSV કે Excel ફાઇલમાંથી આયાત કરવા માટે તે રાઉન્ડ ખોલો.',
	'assessmentAdmin.none': 'હજુ કોઈ માળખું નથી. માળખાં ડેટા છે: તે આયાત દ્વારા ઉમેરાય છે, અહીંથી નહીં.',
	'assessmentAdmin.roundsCaption': '{framework}ના રાઉન્ડ',
	'assessmentAdmin.noRounds': 'હજુ કોઈ રાઉન્ડ નથી.',
	'assessmentAdmin.col.round': 'રાઉન્ડ',
	'assessmentAdmin.col.year': 'વર્ષ',
	'assessmentAdmin.col.body': 'મૂલ્યાંકનકર્તા',
	'assessmentAdmin.col.visibility': 'કોણ જોઈ શકે',
	'assessmentAdmin.col.scores': 'ગુણ',
	'assessmentAdmin.col.lastImport': 'છેલ્લી આયાત',
	'assessmentAdmin.public': 'જાહેર',
	'assessmentAdmin.private': 'ફક્ત એડમિન',
	'assessmentAdmin.makePublic': '{round} જાહેર કરો',
	'assessmentAdmin.makePrivate': '{round} ખાનગી કરો',
	'assessmentAdmin.madePublic': '{round} હવે જાહેર છે.',
	'assessmentAdmin.madePrivate': '{round} હવે ફક્ત એડમિન માટે છે.',
	'assessmentAdmin.lastImport': '{when}, {who} દ્વારા',
	'assessmentAdmin.never': 'હજુ કોઈ નહીં',
	'assessmentAdmin.someone': 'એક ભૂતપૂર્વ વપરાશકર્તા',
	'assessmentAdmin.gone': 'આ રાઉન્ડ હવે ઉપલબ્ધ નથી.',
	'assessmentAdmin.newRound': '{framework}નો નવો રાઉન્ડ',
	'assessmentAdmin.round.name': 'નામ (અંગ્રેજીમાં)',
	'assessmentAdmin.round.nameHint': 'ઉદાહરણ: IMAF 2.0',
	'assessmentAdmin.round.nameHi': 'હિન્દીમાં નામ (વૈકલ્પિક)',
	'assessmentAdmin.round.slug': 'સ્લગ (વૈકલ્પિક)',
	'assessmentAdmin.round.slugHint':
		'રાઉન્ડના સરનામાનો ભાગ. ખાલી છોડશો તો તે નામ પરથી બનશે: IMAF 2.0 પરથી imaf-2-0.',
	'assessmentAdmin.round.year': 'વર્ષ',
	'assessmentAdmin.round.body': 'મૂલ્યાંકન કરનાર સંસ્થા',
	'assessmentAdmin.round.bodyHint': 'ઉદાહરણ: ક્વૉલિટી કાઉન્સિલ ઑફ ઇન્ડિયા (Quality Council of India)',
	'assessmentAdmin.round.resultsOn': 'પરિણામ જાહેર થયાની તારીખ (વૈકલ્પિક)',
	'assessmentAdmin.round.public': 'જાહેર: રાઉન્ડ અને તેના ગુણ સૌ જોઈ શકે છે',
	'assessmentAdmin.round.create': 'રાઉન્ડ બનાવો',
	'assessmentAdmin.round.created': 'રાઉન્ડ {round} બનાવવામાં આવ્યો.',
	'assessmentAdmin.round.slugInvalid':
		'અંગ્રેજીના નાના અક્ષરો અને અંકો વાપરો, વચ્ચે એક-એક હાઇફન સાથે, જેમ કે imaf-2-0.',
	'assessmentAdmin.round.slugNeeded':
		'સ્લગ લખો: નામમાં એવા લેટિન અક્ષરો કે અંકો નથી જેના પરથી સ્લગ બની શકે.',
	'assessmentAdmin.round.duplicate': 'આ માળખામાં {slug} સ્લગ ધરાવતો રાઉન્ડ પહેલેથી છે.',
	'assessmentAdmin.round.yearRange': '2015થી 2100 વચ્ચેનું વર્ષ દાખલ કરો.',
	'assessmentAdmin.round.dateInvalid': '2024-06-27 જેવી તારીખ દાખલ કરો.',
	'assessmentAdmin.back': 'મૂલ્યાંકનના બધા રાઉન્ડ',
	'assessmentAdmin.details': 'રાઉન્ડ વિશે',
	'assessmentAdmin.scoreCount': {
		one: '{count} મૂલ્ય સંગ્રહિત છે.',
		other: '{count} મૂલ્યો સંગ્રહિત છે.'
	},
	'assessmentAdmin.export': 'રાઉન્ડના ગુણ ડાઉનલોડ કરો (CSV)',
	'assessmentAdmin.exportHint':
		'આયાત જેવી જ ત્રણ કૉલમ, જેથી ફાઇલમાં ફેરફાર કરીને ફરી આયાત કરી શકાય. નમૂનારૂપ મૂલ્યો પણ સામેલ છે; ફેરફાર વિના ફરી આયાત કરવાથી તે નમૂનારૂપ તરીકે જ ચિહ્નિત રહે છે.',
	'assessmentAdmin.import.heading': 'ગુણ આયાત કરો',
	'assessmentAdmin.import.intro':
		'CSV (UTF-8) અથવા Excel (.xlsx) ફાઇલ, જેની પહેલી લીટી મથાળાની હોય અને તેમાં city, parameter અને value કૉલમ હોય, કોઈ પણ ક્રમમાં: શહેરનો સ્લગ (જેમ કે bilaspur), માપદંડનો સ્લગ, અને માપદંડના માપ પર મૂલ્ય. વધુમાં વધુ {rows} લીટીઓ અને {size} KB.',
	'assessmentAdmin.import.replaces':
		'ફાઇલ રાઉન્ડનાં મૂલ્યોનું સ્થાન લે છે: ફાઇલમાં ન હોય તેવાં મૂલ્યો દૂર થાય છે, સરખાં મૂલ્યો જેમનાં તેમ રહે છે. પહેલાં દરેક લીટી તપાસવામાં આવે છે; કોઈ પણ લીટીમાં સમસ્યા હોય તો કશું આયાત થતું નથી.',
	'assessmentAdmin.import.file': 'CSV અથવા Excel ફાઇલ',
	'assessmentAdmin.import.fileHint': 'ઉદાહરણ: city,parameter,value પછી bilaspur,team-management,95',
	'assessmentAdmin.import.submit': 'તપાસો અને આયાત કરો',
	'assessmentAdmin.import.importing': 'તપાસ અને આયાત ચાલુ છે…',
	'assessmentAdmin.import.missing': 'ફાઇલ પસંદ કરો.',
	'assessmentAdmin.import.kind':
		'.csv અથવા .xlsx ફાઇલ પસંદ કરો. જૂની Excel ફાઇલ (.xls)ને Excelમાં .xlsx તરીકે સાચવી શકાય છે.',
	'assessmentAdmin.import.parameters': '{framework}ના માપદંડો',
	'assessmentAdmin.import.parametersHint': 'parameter અને value કૉલમ માટે તેમના સ્લગ અને માપ.',
	'assessmentAdmin.import.col.slug': 'સ્લગ',
	'assessmentAdmin.import.col.name': 'નામ',
	'assessmentAdmin.import.col.scale': 'માપ',
	'assessmentAdmin.scale.percentage': '0થી 100, દશાંશ પછી વધુમાં વધુ બે અંક',
	'assessmentAdmin.scale.level': 'સ્તર 1થી 5',
	'assessmentAdmin.scale.stars': '0થી 5 સ્ટાર',
	'assessmentAdmin.report.heading': '{file}માં સમસ્યાઓ',
	'assessmentAdmin.report.nothing': 'કશું આયાત થયું નથી.',
	'assessmentAdmin.report.count': {
		one: 'ફાઇલમાં {count} સમસ્યા છે. તેને સુધારીને ફાઇલ ફરી અપલોડ કરો.',
		other: 'ફાઇલમાં {count} સમસ્યાઓ છે. તેમને સુધારીને ફાઇલ ફરી અપલોડ કરો.'
	},
	'assessmentAdmin.report.shown': 'પહેલી {shown} સમસ્યાઓ અહીં બતાવી છે; રિપોર્ટમાં બધી {count} છે.',
	'assessmentAdmin.report.caption': 'લીટી અને કૉલમ મુજબ સમસ્યાઓ',
	'assessmentAdmin.report.download': 'આખો રિપોર્ટ ડાઉનલોડ કરો (CSV)',
	'assessmentAdmin.report.col.row': 'લીટી',
	'assessmentAdmin.report.col.column': 'કૉલમ',
	'assessmentAdmin.report.col.message': 'સમસ્યા',
	'assessmentAdmin.report.wholeFile': 'આખી ફાઇલ',
	'assessmentAdmin.report.wholeRow': 'આખી લીટી',
	'assessmentAdmin.done.heading': '{file} આયાત થઈ',
	'assessmentAdmin.done.counts': '{imported} આયાત થયાં, {unchanged} યથાવત્, {removed} દૂર કરાયાં.',
	'assessmentAdmin.done.same': 'ફાઇલમાં રાઉન્ડનાં મૂલ્યો જેમનાં તેમ છે: કશું બદલાયું નથી.',
	'assessmentAdmin.history.heading': 'આયાતનો ઇતિહાસ',
	'assessmentAdmin.history.none': 'હજુ કોઈ આયાત થઈ નથી.',
	'assessmentAdmin.history.entry': '{file} ({kind}), {when}, {who} દ્વારા',
	'assessmentAdmin.history.caption': '{file} દ્વારા થયેલા ફેરફારો, {when}',
	'assessmentAdmin.history.more': '{count}માંથી પહેલા {shown} ફેરફારો બતાવ્યા છે.',
	'assessmentAdmin.history.col.city': 'શહેર',
	'assessmentAdmin.history.col.parameter': 'માપદંડ',
	'assessmentAdmin.history.col.old': 'પહેલાં',
	'assessmentAdmin.history.col.new': 'પછી',
	'assessmentAdmin.history.empty': 'કોઈ નહીં',
	'assessmentAdmin.problem.empty': 'ફાઇલમાં મથાળાની લીટી નીચે કોઈ લીટી નથી.',
	'assessmentAdmin.problem.tooLarge':
		'ફાઇલ {size} KBથી મોટી છે. તેને વિભાજિત કરો, અથવા .xlsx તરીકે સાચવો, જે નાની હોય છે.',
	'assessmentAdmin.problem.tooManyRows': 'ફાઇલમાં {rows}થી વધુ લીટીઓ છે.',
	'assessmentAdmin.problem.notUtf8':
		'ફાઇલ UTF-8 લખાણ નથી. તમારી સ્પ્રેડશીટમાં તેને “CSV UTF-8” તરીકે અથવા .xlsx તરીકે સાચવો.',
	'assessmentAdmin.problem.malformedCsv':
		'અહીંથી આગળ ફાઇલ માન્ય CSV નથી: આ લીટીનાં અવતરણ ચિહ્નો (") તપાસો.',
	'assessmentAdmin.problem.unreadableXlsx':
		'ફાઇલ Excel વર્કબુક (.xlsx) તરીકે વાંચી શકાતી નથી. તેને Excelમાંથી ફરી સાચવો.',
	'assessmentAdmin.problem.missingColumn': 'મથાળાની લીટીમાં આ નામની કૉલમ નથી.',
	'assessmentAdmin.problem.unknownColumn':
		'“{name}” આ ફોર્મેટની કૉલમ નથી: ફક્ત city, parameter અને value આયાત થાય છે. આ કૉલમ દૂર કરો.',
	'assessmentAdmin.problem.repeatedColumn': 'મથાળાની લીટીમાં {name} કૉલમ બે વાર છે.',
	'assessmentAdmin.problem.unnamedColumn': 'કૉલમ {number}માં મૂલ્યો છે, પણ મથાળાની લીટીમાં તેનું નામ નથી.',
	'assessmentAdmin.problem.extraCells': 'આ લીટીમાં મથાળાની કૉલમો પછી પણ ખાનાં ભરેલાં છે.',
	'assessmentAdmin.problem.cityMissing': 'શહેર લખેલું નથી.',
	'assessmentAdmin.problem.cityUnknown': '“{value}” કોઈ શહેરનો સ્લગ નથી.',
	'assessmentAdmin.problem.cityUnknownSuggest':
		'“{value}” કોઈ શહેરનો સ્લગ નથી. શું તમે {suggestion} લખવા માગતા હતા?',
	'assessmentAdmin.problem.parameterMissing': 'માપદંડ લખેલો નથી.',
	'assessmentAdmin.problem.parameterUnknown': '“{value}” આ માળખાનો માપદંડ નથી.',
	'assessmentAdmin.problem.parameterUnknownSuggest':
		'“{value}” કોઈ માપદંડનો સ્લગ નથી. શું તમે {suggestion} લખવા માગતા હતા?',
	'assessmentAdmin.problem.valueMissing': 'મૂલ્ય લખેલું નથી.',
	'assessmentAdmin.problem.valueNotNumber':
		'“{value}” સંખ્યા નથી. તેને અંકો અને દશાંશ બિંદુ વડે લખો, જેમ કે 85.5.',
	'assessmentAdmin.problem.valueRangePercentage':
		'{value} એ 0થી 100 વચ્ચેની, દશાંશ પછી વધુમાં વધુ બે અંક ધરાવતી ટકાવારી નથી.',
	'assessmentAdmin.problem.valueRangeLevel': '{value} એ સ્તર નથી: 1થી 5 સુધીની પૂર્ણ સંખ્યા લખો.',
	'assessmentAdmin.problem.valueRangeStars': '{value} એ સ્ટાર રેટિંગ નથી: 0થી 5 સુધીની પૂર્ણ સંખ્યા લખો.',
	'assessmentAdmin.problem.duplicate': 'આ જ શહેર અને માપદંડ લીટી {first}માં પહેલેથી છે.'
};
