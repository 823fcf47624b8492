import type { Catalogue } from '../../message';
import type { sitePages as en } from '../en/site-pages';

export const sitePages: Catalogue<typeof en> = {
	'sitePage.missing': 'આવું કોઈ પાનું નથી.',
	'sitePage.untranslated': 'આ પાનું હજી {language}માં લખાયું નથી. તે અંગ્રેજીમાં બતાવ્યું છે.',
	'sitePage.updated': 'છેલ્લો ફેરફાર: {date}',
	'sitePage.noOwner': 'સિટીસેતુની આ નકલ તેને ચલાવતી સંસ્થાનું નામ જણાવતી નથી.',
	'sitePage.link.help': 'મદદ',
	'sitePage.link.contact': 'સંપર્ક કરો',
	'sitePage.link.accessibility': 'સુલભતા નિવેદન',
	'sitePage.link.screen-reader': 'સ્ક્રીન રીડરથી ઉપયોગ',
	'sitePage.link.privacy': 'ગોપનીયતા નીતિ',
	'sitePage.link.terms': 'ઉપયોગની શરતો',
	'sitePage.link.copyright': 'કૉપિરાઇટ નીતિ',
	'sitePage.link.hyperlinking': 'હાઇપરલિંક નીતિ',
	'sitePage.link.archival': 'સામગ્રી સંગ્રહ નીતિ',
	'footer.about': 'આ સાઇટ વિશે',

	'a11yChecks.none': 'હજી સુધી કોઈ સ્વયંસંચાલિત તપાસ નોંધાઈ નથી.',
	'a11yChecks.summary': {
		one: 'axe {version}એ {date}ના રોજ {count} પાનું તપાસ્યું.',
		other: 'axe {version}એ {date}ના રોજ {count} પાનાં તપાસ્યાં.'
	},
	'a11yChecks.allPass': 'કોઈ પાનાએ તપાસેલા નિયમોમાંથી એક પણ નિયમ તોડ્યો નથી.',
	'a11yChecks.someFail': {
		one: '{count} પાનાએ ઓછામાં ઓછો એક નિયમ તોડ્યો.',
		other: '{count} પાનાંએ ઓછામાં ઓછો એક નિયમ તોડ્યો.'
	},
	'a11yChecks.caption': 'પાનાવાર સ્વયંસંચાલિત સુલભતા તપાસ',
	'a11yChecks.page': 'પાનું',
	'a11yChecks.passes': 'પાળેલા નિયમો',
	'a11yChecks.violations': 'તૂટેલા નિયમો',
	'a11yChecks.incomplete': 'વ્યક્તિએ તપાસવા માટે બાકી',
	'a11yChecks.rules': 'તપાસેલા નિયમ-સમૂહો: {tags}.',

	'sitemap.title': 'સાઇટમેપ',
	'sitemap.intro': 'સિટીસેતુના બધા વિભાગો, અને સાઇટ વિશેનાં પાનાં.',
	'sitemap.sections': 'વિભાગો',
	'sitemap.about': 'આ સાઇટ વિશે',
	'sitemap.display': 'અક્ષરનું કદ અને કૉન્ટ્રાસ્ટ',
	'sitemap.machine': 'સર્ચ એન્જિન માટે, દરેક પાના અને તેના છેલ્લા ફેરફારની યાદી:',

	'admin.sitePages.title': 'સાઇટનાં પાનાં',
	'admin.sitePages.intro':
		'મદદ, નીતિઓ અને સંપર્કનું પાનું, દરેક ભાષામાં. આ તૈનાતીના પોતાના નિયમો મુજબ તેમાં ફેરફાર કરો; દરેક આવૃત્તિ સાચવી રખાય છે. જે પાનું કોઈ ભાષામાં લખાયું નથી તે અંગ્રેજીમાં દેખાય છે.',
	'admin.sitePages.caption': 'ભાષાવાર સાઇટનાં પાનાં',
	'admin.sitePages.page': 'પાનું',
	'admin.sitePages.edit': 'ફેરફાર કરો',
	'admin.sitePages.write': 'લખો',
	'admin.sitePages.default': 'મૂળ લખાણ',
	'admin.sitePages.edited': 'અહીં બદલાયેલું',
	'admin.sitePages.version': 'આવૃત્તિ {version}',
	'admin.sitePages.notWritten': 'આ ભાષામાં લખાયું નથી: વાચકોને અંગ્રેજી પાનું દેખાય છે.',
	'admin.sitePages.editTitle': '{page} ({language})',
	'admin.sitePages.back': 'સાઇટનાં બધાં પાનાં',
	'admin.sitePages.saved': 'આવૃત્તિ {version} તરીકે સાચવ્યું.',
	'admin.sitePages.view': 'પાનું જુઓ',
	'admin.sitePages.conflict':
		'તમે ફેરફાર કરતા હતા ત્યારે બીજા કોઈએ આ પાનું સાચવ્યું (હવે આવૃત્તિ {version}). તમારું લખાણ નીચે સલામત છે. તેને પાના સાથે સરખાવો, પછી તેમની આવૃત્તિની જગ્યાએ તમારી રાખવા ફરી સાચવો.',
	'admin.sitePages.fromEnglish': 'આ પાનું હજી આ ભાષામાં લખાયું નથી. અનુવાદ માટે નીચે અંગ્રેજી લખાણ ભર્યું છે.',
	'admin.sitePages.fromVersion': 'આવૃત્તિ {version}નું લખાણ નીચે ભર્યું છે. તેને ફરી હાલનું લખાણ બનાવવા સાચવો.',
	'admin.sitePages.pageTitle': 'શીર્ષક',
	'admin.sitePages.markdown': 'લખાણ, માર્કડાઉનમાં',
	'admin.sitePages.markdownHint':
		'વધુમાં વધુ {max} અક્ષર. ## થી શીર્ષક, **ઘાટા અક્ષર**, [લખાણ](/સરનામું) થી લિંક બને છે. અલગ લીટી પર {{owner}} સાઇટ ચલાવતી સંસ્થા બતાવે છે, અને {{axe-results}} સુલભતાની તાજેતરની તપાસ.',
	'admin.sitePages.note': 'તમે શું બદલ્યું (વૈકલ્પિક, આવૃત્તિ સાથે રખાય છે)',
	'admin.sitePages.save': 'સાચવો',
	'admin.sitePages.preview': 'પૂર્વદર્શન',
	'admin.sitePages.previewHeading': 'પૂર્વદર્શન (સાચવ્યું નથી)',
	'admin.sitePages.block': 'અહીં સાઇટ ભરશે: {name}',
	'admin.sitePages.history': 'આવૃત્તિઓ',
	'admin.sitePages.noHistory': 'હજી કોઈ આવૃત્તિ નથી.',
	'admin.sitePages.release': 'રિલીઝનું મૂળ લખાણ',
	'admin.sitePages.unknown': 'હવે કાઢી નખાયેલું ખાતું',
	'admin.sitePages.load': 'આવૃત્તિ {version} સંપાદકમાં લાવો'
};
