import type { Catalogue } from '../../message';
import type { reach as en } from '../en/reach';

export const reach: Catalogue<typeof en> = {
	'reach.nav': 'પહોંચ',
	'reach.title': 'કાર્યક્રમની પહોંચ',
	'reach.intro':
		'100 સ્માર્ટ શહેરોમાં મેન્ટરશિપ અને પદ્ધતિઓની આપ-લે ક્યાં સુધી પહોંચી છે: કયું શહેર કયા શહેરનું માર્ગદર્શન કરે છે, બેઠકો યોજાય છે કે નહીં, પદ્ધતિઓ અપનાવાય છે કે નહીં, અને માર્ગદર્શન મેળવનાર શહેરોમાં સુધારો થાય છે કે નહીં.',
	'reach.admin.nav': 'પહોંચની વિગતો',
	'reach.admin.title': 'કાર્યક્રમની પહોંચ: મિશન માટે વિગતો',
	'reach.admin.intro':
		'જાહેર આંકડા, સાથે દરેક શહેરની બેઠકો, કાર્ય-મુદ્દાઓ અને અપનાવેલી પદ્ધતિઓ (ખાનગી પણ) તથા જવાબની રાહ જોતી વિનંતીઓ.',
	'reach.admin.link': 'મિશન સ્ટાફ માટે વિગતો',
	'reach.public.link': 'જાહેર પૃષ્ઠ',

	'reach.filters': 'ફિલ્ટર',
	'reach.filter.programme': 'કાર્યક્રમ',
	'reach.filter.anyProgramme': 'બધા કાર્યક્રમો',
	'reach.filter.zone': 'ક્ષેત્રીય પરિષદ',
	'reach.filter.state': 'રાજ્ય અથવા કેન્દ્રશાસિત પ્રદેશ',
	'reach.filter.any': 'બધાં',
	'reach.filter.from': 'ક્યારથી',
	'reach.filter.to': 'ક્યાં સુધી',
	'reach.filter.apply': 'બતાવો',
	'reach.filter.clear': 'ફિલ્ટર દૂર કરો',
	'reach.filter.hint': 'તારીખો ન આપો તો આજ સુધીના બાર મહિના.',
	'reach.invalid': 'આ ફિલ્ટર વાપરી શકાયું નહીં, તેથી છોડી દેવાયું: {field} “{value}”.',
	'reach.period':
		'{from}થી {to} સુધી, તેની તરત પહેલાંના એટલા જ લાંબા સમયગાળા ({previousFrom}થી {previousTo}) સાથે સરખામણીમાં.',
	'reach.demo':
		'ડેમો ડેટા: આ આંકડામાં સ્થાનિક સ્ટૅકની {mentorships} ડેમો મેન્ટરશિપ અને {adoptions} ડેમો અપનાવેલી પદ્ધતિઓ સામેલ છે. તે ડેશબોર્ડ કેવી રીતે કામ કરે છે તે બતાવે છે; તે મિશનના આંકડા નથી.',

	'reach.headline.heading': 'મુખ્ય આંકડા',
	'reach.figure.citiesEngaged': 'જોડાયેલાં શહેરો',
	'reach.figure.citiesOf': '{total}માંથી {count}',
	'reach.figure.roles': 'મેન્ટર તરીકે {mentor} · મેન્ટી તરીકે {mentee}',
	'reach.figure.active': 'ચાલુ મેન્ટરશિપ',
	'reach.figure.completed': 'પૂર્ણ થયેલી મેન્ટરશિપ',
	'reach.figure.requested': 'મેન્ટરશિપ માટે થયેલી વિનંતીઓ',
	'reach.figure.sessions': 'યોજાયેલી બેઠકો',
	'reach.figure.onTime': 'સમયસર બંધ થયેલા કાર્ય-મુદ્દાઓ',
	'reach.figure.practices': 'પ્રકાશિત પદ્ધતિઓ',
	'reach.figure.adoptions': 'સમયગાળાના અંતે તબક્કાવાર અપનાવેલી પદ્ધતિઓ',
	'reach.figure.noAdoptions': 'કોઈ અપનાવેલી પદ્ધતિ નોંધાઈ નથી.',
	'reach.change.up': '▲ અગાઉના સમયગાળા કરતાં {count} વધુ ({previous})',
	'reach.change.down': '▼ અગાઉના સમયગાળા કરતાં {count} ઓછા ({previous})',
	'reach.change.same': 'અગાઉના સમયગાળા જેટલું જ',

	'reach.map.heading': 'કોણ કોનું માર્ગદર્શન કરે છે',
	'reach.charts.heading': 'બેઠકો, પદ્ધતિઓ અને અપનાવેલી પદ્ધતિઓ',
	'reach.sessions.heading': 'દર મહિને યોજાયેલી બેઠકો, માધ્યમ મુજબ',
	'reach.sessions.empty': 'આ સમયગાળામાં કોઈ બેઠક યોજાઈ નથી.',
	'reach.practices.heading': 'દર મહિને પ્રકાશિત પદ્ધતિઓ, ભાષા મુજબ',
	'reach.practices.empty': 'આ સમયગાળામાં કોઈ પદ્ધતિ પ્રકાશિત થઈ નથી.',
	'reach.funnel.heading': 'પદ્ધતિ અપનાવવાના તબક્કા',
	'reach.funnel.note':
		'સમયગાળાના અંત સુધીમાં કેટલી અપનાવેલી પદ્ધતિઓ દરેક તબક્કે પહોંચી હતી. “અમલમાં” કે “વ્યાપક અમલ”નો દાવો કોઈ મેન્ટર કે એડમિન ચકાસે પછી જ ગણાય છે: {unverified} દાવા ચકાસણીની રાહ જુએ છે. {dropped} અપનાવેલી પદ્ધતિઓ પડતી મુકાઈ.',
	'reach.funnel.empty': 'કોઈ અપનાવેલી પદ્ધતિ નોંધાઈ નથી.',
	'reach.median.heading': 'શહેરોને કેટલી રાહ જોવી પડે છે',
	'reach.median.note':
		'વિનંતીથી તેની સ્વીકૃતિ સુધીના દિવસોનો મધ્યસ્થ (આ સમયગાળામાં સ્વીકારાયેલી વિનંતીઓ: {accepted}), અને સ્વીકૃતિથી પહેલી યોજાયેલી બેઠક સુધીના દિવસોનો મધ્યસ્થ (આ સમયગાળામાં યોજાયેલી પહેલી બેઠકો: {first}).',
	'reach.median.empty': 'આ સમયગાળામાં ન તો કોઈ વિનંતી સ્વીકારાઈ, ન તો કોઈ પહેલી બેઠક યોજાઈ.',
	'reach.items.heading': 'આ સમયગાળામાં નિયત તારીખવાળા કાર્ય-મુદ્દાઓ',
	'reach.items.note':
		'બાકી મુદ્દાઓની નિયત તારીખ હજુ આવી નથી; મુદત વીતી ગયેલા મુદ્દાઓ નિયત તારીખ પછી પણ બાકી છે; પડતા મુકાયેલા મુદ્દાઓ ગણાતા નથી.',
	'reach.items.empty': 'આ સમયગાળામાં કોઈ કાર્ય-મુદ્દાની નિયત તારીખ આવી નથી.',

	'reach.assessment.heading': 'શું માર્ગદર્શન મેળવનાર શહેરોમાં સુધારો થાય છે?',
	'reach.assessment.summary':
		'{from}થી {to} સુધીમાં {framework}ના એકંદર ગુણ (100ના માપ પર)માં સરેરાશ ફેરફાર: માર્ગદર્શન મેળવનાર શહેરો {mentored} ({mentoredCount} શહેરો), અન્ય શહેરો {others} ({othersCount} શહેરો).',
	'reach.assessment.mentoredDefinition':
		'બે રાઉન્ડ વચ્ચે ચાલેલી કોઈ મેન્ટરશિપમાં જે શહેર મેન્ટી હોય તે શહેર માર્ગદર્શન મેળવનાર ગણાય છે. અહીં સમયગાળાનું ફિલ્ટર લાગુ પડતું નથી: સમય બે રાઉન્ડ નક્કી કરે છે.',
	'reach.assessment.caution':
		'સાવધાન: આ ફક્ત સંબંધ બતાવે છે, કારણ નહીં. માર્ગદર્શન માટે પસંદ થયેલાં શહેરો બીજાં શહેરોથી ઘણી રીતે જુદાં હોઈ શકે, અને જૂથો નાનાં છે.',
	'reach.assessment.sample': 'સરખાવેલાં મૂલ્યોમાંથી {count} સ્થાનિક સ્ટૅકનાં નમૂનારૂપ મૂલ્યો છે, પ્રકાશિત ગુણ નથી.',
	'reach.assessment.none':
		'હજુ કોઈ મૂલ્યાંકન માળખાના બે રાઉન્ડનાં પરિણામ નથી, તેથી સરખામણી કરવા જેવું કશું નથી.',
	'reach.assessment.noRounds': '{framework}ના હજુ બે રાઉન્ડનાં પરિણામ નથી.',
	'reach.assessment.noValue': 'કોઈ શહેર નહીં',

	'reach.gaps.heading': 'જ્યાં કાર્યક્રમ પહોંચ્યો નથી',
	'reach.gaps.states':
		'સ્માર્ટ શહેરો હોવા છતાં એક પણ શહેર ન જોડાયું હોય તેવાં રાજ્યો અને કેન્દ્રશાસિત પ્રદેશો ({count})',
	'reach.gaps.statesNone': 'દર્શાવેલા દરેક રાજ્ય અને કેન્દ્રશાસિત પ્રદેશમાં કોઈ શહેર જોડાયેલું છે.',
	'reach.gaps.zones': 'એક પણ શહેર ન જોડાયું હોય તેવી ક્ષેત્રીય પરિષદો ({count})',
	'reach.gaps.zonesNone': 'દર્શાવેલી દરેક ક્ષેત્રીય પરિષદમાં કોઈ શહેર જોડાયેલું છે.',
	'reach.gaps.mentors': 'ખાલી ક્ષમતા ધરાવતા મેન્ટર ({count})',
	'reach.gaps.mentorsNone': 'દર્શાવેલા કોઈ જાહેર મેન્ટર પાસે ખાલી જગ્યા નથી.',
	'reach.gaps.mentorPlaces': '{capacity}માંથી {free} જગ્યા ખાલી',
	'reach.gaps.waitingHeading': 'જવાબની રાહ જોતી વિનંતીઓ',
	'reach.gaps.waiting': '{count} વિનંતીઓ જવાબની રાહ જુએ છે; સૌથી જૂની વિનંતી {days} દિવસથી રાહ જુએ છે.',
	'reach.gaps.waitingNone': 'કોઈ વિનંતી જવાબની રાહ જોતી નથી.',

	'reach.export.heading': 'ડાઉનલોડ અને પ્રિન્ટ',
	'reach.export.report': 'આખો રિપોર્ટ Excel (.xlsx) તરીકે',
	'reach.print.hint':
		'PDF નકલ રાખવા માટે આ પૃષ્ઠ પ્રિન્ટ કરો અને “Save as PDF” (PDF તરીકે સાચવો) પસંદ કરો. પ્રિન્ટ થયેલો રિપોર્ટ A4 કદમાં સમાય છે અને તેમાં ફિલ્ટર અને તારીખ હોય છે.',
	'reach.print.generated': '{date}ના રોજ તૈયાર કર્યો.',
	'reach.print.filters': 'ફિલ્ટર: {filters}.',
	'reach.print.allOfIndia': 'બધા કાર્યક્રમો, સમગ્ર ભારત',

	'reach.detail.heading': 'શહેરવાર',
	'reach.detail.waiting': 'રાહ જોતી વિનંતીઓ, સૌથી જૂની પહેલાં'
};
