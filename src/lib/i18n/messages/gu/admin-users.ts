import type { Catalogue } from '../../message';
import type { adminUsers as en } from '../en/admin-users';

export const adminUsers: Catalogue<typeof en> = {
	'admin.users.find.label': 'ખાતાં શોધો',
	'admin.users.find.q': 'નામ અથવા ઈમેલ',
	'admin.users.find.role': 'ભૂમિકા',
	'admin.users.find.city': 'શહેર',
	'admin.users.find.status': 'સ્થિતિ',
	'admin.users.find.anyRole': 'કોઈ પણ ભૂમિકા',
	'admin.users.find.anyCity': 'કોઈ પણ શહેર',
	'admin.users.find.anyStatus': 'કોઈ પણ સ્થિતિ',
	'admin.users.find.submit': 'શોધો',
	'admin.users.find.clear': 'ફિલ્ટર દૂર કરો',
	'admin.users.find.count': {
		one: '{count} અધિકારી મળ્યા.',
		other: '{count} અધિકારીઓ મળ્યા.'
	},
	'admin.users.find.none': 'આ ફિલ્ટર સાથે મેળ ખાતા કોઈ અધિકારી નથી.',
	'admin.users.find.invalid': 'આ ફિલ્ટર લાગુ કરી શકાયા નહીં: {names}.',
	'admin.users.find.caption': 'ખાતાં, પૃષ્ઠ {page} / {pages}',
	'admin.users.col.name': 'નામ',
	'admin.users.col.email': 'ઈમેલ',
	'admin.users.col.role': 'ભૂમિકા',
	'admin.users.col.city': 'શહેર',
	'admin.users.col.status': 'સ્થિતિ',
	'admin.users.col.lastSignIn': 'છેલ્લું સાઇન ઇન',
	'admin.users.col.manage': 'વ્યવસ્થાપન',
	'admin.users.noCity': 'કોઈ શહેર નહીં',
	'admin.users.openShown': '{count} બાકી આમંત્રણોમાંથી સૌથી નવાં {shown}.',
	'admin.users.bulk.link': 'CSV ફાઇલમાંથી ઘણા અધિકારીઓને આમંત્રણ મોકલો',
	'admin.users.bulk.title': 'CSV ફાઇલમાંથી અધિકારીઓને આમંત્રણ મોકલો',
	'admin.users.bulk.back': 'વપરાશકર્તાઓ અને આમંત્રણો પર પાછા જાઓ',
	'admin.users.bulk.intro':
		'ફાઇલની પહેલી (હેડર) પંક્તિમાં email, role અને city કૉલમ હોવી જોઈએ. role માં mission_admin, mentor અથવા city_member લખો; city માં શહેરનો સ્લગ લખો, જેવો શહેરના સરનામામાં હોય છે, જેમ કે rajkot અથવા sagar. મિશન એડમિન માટે શહેર જરૂરી નથી. વધુમાં વધુ {rows} પંક્તિ અને {size} KB, CSV UTF-8 તરીકે સાચવેલી.',
	'admin.users.bulk.twoSteps':
		'પહેલાં ફાઇલની દરેક પંક્તિ તપાસવામાં આવે છે અને કંઈ મોકલવામાં આવતું નથી. પછી તમે પુષ્ટિ કરો છો, અને ફક્ત સમસ્યા વિનાની પંક્તિઓને જ આમંત્રણ મોકલાય છે. જે સરનામાનું ખાતું પહેલેથી હોય અથવા જેનું આમંત્રણ બાકી હોય, તેને ક્યારેય બીજી વાર આમંત્રણ મોકલાતું નથી.',
	'admin.users.bulk.upload': 'ફાઇલ અપલોડ કરો',
	'admin.users.bulk.file': 'CSV ફાઇલ',
	'admin.users.bulk.fileHint': 'ઉદાહરણ: email,role,city પછી officer@rajkot.gov.in,mentor,rajkot',
	'admin.users.bulk.check': 'ફાઇલ તપાસો',
	'admin.users.bulk.checking': 'ફાઇલ તપાસાઈ રહી છે…',
	'admin.users.bulk.file.missing': 'CSV ફાઇલ પસંદ કરો.',
	'admin.users.bulk.file.empty': 'ફાઇલમાં હેડર પંક્તિની નીચે કોઈ અધિકારી નથી.',
	'admin.users.bulk.file.tooLarge':
		'ફાઇલ {size} KB કરતાં મોટી છે. તેને નાની ફાઇલોમાં વહેંચીને દરેક અપલોડ કરો.',
	'admin.users.bulk.file.tooManyRows':
		'ફાઇલમાં {rows} કરતાં વધુ પંક્તિઓ છે. તેને વધુમાં વધુ {rows} પંક્તિઓવાળી ફાઇલોમાં વહેંચો.',
	'admin.users.bulk.file.notUtf8':
		'ફાઇલ UTF-8 ટેક્સ્ટ નથી. તમારી સ્પ્રેડશીટમાં તેને “CSV UTF-8” તરીકે સાચવીને ફરી અપલોડ કરો.',
	'admin.users.bulk.file.unterminated':
		'ફાઇલમાં એક અવતરણ ચિહ્ન (") ક્યારેય બંધ થતું નથી. ફાઇલ સ્પ્રેડશીટમાં તપાસો.',
	'admin.users.bulk.file.columns': 'હેડર પંક્તિમાં આ કૉલમ નથી: {columns}.',
	'admin.users.bulk.report': 'ફાઇલની તપાસ',
	'admin.users.bulk.ready': {
		one: '{count} પંક્તિ આમંત્રણ માટે તૈયાર છે.',
		other: '{count} પંક્તિઓ આમંત્રણ માટે તૈયાર છે.'
	},
	'admin.users.bulk.withProblems': {
		one: '{count} પંક્તિમાં સમસ્યા છે, તેને આમંત્રણ નહીં મોકલાય.',
		other: '{count} પંક્તિઓમાં સમસ્યા છે, તેમને આમંત્રણ નહીં મોકલાય.'
	},
	'admin.users.bulk.nothingSent': 'હજુ કંઈ મોકલવામાં આવ્યું નથી.',
	'admin.users.bulk.problemsCaption': 'સમસ્યાવાળી પંક્તિઓ',
	'admin.users.bulk.readyCaption': 'આમંત્રણ માટે તૈયાર પંક્તિઓ',
	'admin.users.bulk.col.row': 'પંક્તિ',
	'admin.users.bulk.col.problems': 'સમસ્યાઓ',
	'admin.users.bulk.col.link': 'આમંત્રણ લિંક',
	'admin.users.bulk.problem.email': 'માન્ય ઈમેલ સરનામું નથી',
	'admin.users.bulk.problem.role': 'અજાણી ભૂમિકા: mission_admin, mentor અથવા city_member લખો',
	'admin.users.bulk.problem.city': 'આ સ્લગવાળું કોઈ શહેર નથી',
	'admin.users.bulk.problem.cityMissing': 'મેન્ટર અને શહેર સભ્યો માટે શહેર જરૂરી છે',
	'admin.users.bulk.problem.duplicate': 'પંક્તિ {row}નું સરનામું ફરીથી આવ્યું છે',
	'admin.users.bulk.problem.account': 'આ સરનામાનું સક્રિય ખાતું પહેલેથી છે',
	'admin.users.bulk.problem.deactivated':
		'આ સરનામાનું ખાતું નિષ્ક્રિય છે: નવું આમંત્રણ મોકલવાને બદલે તેને ફરી સક્રિય કરો',
	'admin.users.bulk.problem.pending': 'પહેલેથી આમંત્રિત: આમંત્રણ હજુ બાકી છે',
	'admin.users.bulk.confirm': {
		one: '{count} આમંત્રણ મોકલો',
		other: '{count} આમંત્રણો મોકલો'
	},
	'admin.users.bulk.sending': 'આમંત્રણો મોકલાઈ રહ્યાં છે…',
	'admin.users.bulk.noneReady': 'કોઈ પણ પંક્તિને આમંત્રણ મોકલી શકાય તેમ નથી. ફાઇલ સુધારીને ફરી તપાસો.',
	'admin.users.bulk.another': 'બીજી ફાઇલ તપાસો',
	'admin.users.bulk.summary': 'મોકલેલાં આમંત્રણો',
	'admin.users.bulk.invited': {
		one: '{count} અધિકારીને આમંત્રણ મોકલાયું.',
		other: '{count} અધિકારીઓને આમંત્રણ મોકલાયું.'
	},
	'admin.users.bulk.skipped': {
		one: '{count} પંક્તિ છોડી દેવાઈ.',
		other: '{count} પંક્તિઓ છોડી દેવાઈ.'
	},
	'admin.users.bulk.repeated':
		'આ ફાઇલની પુષ્ટિ પહેલેથી થઈ ગઈ હતી: ફરી કંઈ મોકલવામાં આવ્યું નથી. ત્યારે જે મોકલાયું હતું તે આ છે.',
	'admin.users.bulk.mailed': 'દરેક અધિકારીને આમંત્રણ ઈમેલથી મળશે.',
	'admin.users.bulk.handOver':
		'કોઈ મેલ સર્વર ગોઠવાયેલ નથી: દરેક અધિકારીને તેમની લિંક જાતે આપો. આ લિંક ફક્ત આ એક વાર જ બતાવવામાં આવે છે.',
	'admin.users.bulk.invitedCaption': 'આમંત્રિત અધિકારીઓ',
	'admin.users.bulk.skippedCaption': 'છોડી દેવાયેલી પંક્તિઓ',
	'admin.users.bulk.missing': 'ફાઇલની આ તપાસ મળી નથી. ફાઇલ ફરી અપલોડ કરો.',
	'admin.users.bulk.expired': 'આ તપાસ એક દિવસથી વધુ જૂની છે. ફાઇલ ફરી અપલોડ કરો.'
};
