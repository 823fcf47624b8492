import type { Catalogue } from '../../message';
import type { adoptions as en } from '../en/adoptions';

export const adoptions: Catalogue<typeof en> = {
	'adoption.stage.exploring': 'વિચારણા હેઠળ',
	'adoption.stage.planning': 'આયોજન',
	'adoption.stage.piloting': 'પાયલટ',
	'adoption.stage.implemented': 'અમલમાં',
	'adoption.stage.scaled': 'વ્યાપક અમલ',
	'adoption.stage.dropped': 'પડતી મુકાઈ',

	'adoption.error.stageRequired': 'તબક્કો પસંદ કરો.',
	'adoption.error.dateInvalid': 'માન્ય તારીખ દાખલ કરો, જેમ કે 2026-03-15.',
	'adoption.error.dateFuture': 'તારીખ ભવિષ્યની ન હોઈ શકે.',
	'adoption.error.dateEarly': 'તારીખ મિશનની શરૂઆત (25 જૂન 2015) પહેલાંની ન હોઈ શકે.',
	'adoption.error.linkHttps':
		'દરેક લિંક પૂરા https સરનામા તરીકે આપો, જેમ કે https://example.gov.in/report, દરેક લીટીમાં એક.',
	'adoption.error.tooManyLinks': 'વધુમાં વધુ 20 લિંક આપો.',
	'adoption.error.number': 'સંખ્યા દાખલ કરો, જેમ કે 120 અથવા 2.5.',
	'adoption.error.tooManyFigures': 'વધુમાં વધુ 50 આંકડા આપો.',
	'adoption.error.reasonRequired': 'શહેરે આ પદ્ધતિ શા માટે પડતી મૂકી તે જણાવો.',
	'adoption.error.practiceRequired': 'તમારું શહેર જે પદ્ધતિ અપનાવી રહ્યું છે તે પસંદ કરો.',
	'adoption.error.practiceUnknown': 'આ નામની કોઈ પ્રકાશિત પદ્ધતિ નથી.',
	'adoption.error.alreadyRecorded':
		'તમારા શહેરે આ પદ્ધતિ પહેલેથી નોંધેલી છે. તેના બદલે આગળનો તબક્કો તેના પૃષ્ઠ પર ઉમેરો.',
	'adoption.error.mentorshipUnknown': 'તમારા શહેરની એવી મેન્ટરશિપ પસંદ કરો જેમાં તમારું શહેર મેન્ટી હોય.',
	'adoption.error.slugInvalid': 'ફક્ત અંગ્રેજીના નાના અક્ષરો, અંકો અને હાઇફન વાપરો, જેમ કે petrol-pumps.',
	'adoption.error.targetPositive': 'લક્ષ્યાંક શૂન્યથી મોટી સંખ્યા હોવો જોઈએ, અથવા તેને ખાલી છોડો.',
	'adoption.error.valueNonNegative': 'અત્યાર સુધી પહોંચેલી સંખ્યા દાખલ કરો, શૂન્ય કે તેથી વધુ.',
	'adoption.error.nodalRequired':
		'તમારા શહેરના કોઈ અધિકારીને પસંદ કરો, અથવા નોડલ અધિકારીનું નામ અને હોદ્દો લખો.',
	'adoption.error.nodalEither': 'તમારા શહેરના અધિકારીને પસંદ કરો અથવા નામ અને હોદ્દો લખો, બંને નહીં.',
	'adoption.error.nodalUnknown': 'નોડલ અધિકારી તમારા શહેરના સક્રિય અધિકારી હોવા જોઈએ.',
	'adoption.error.categoryExists': 'આ અપનાવેલી પદ્ધતિમાં આ નામની શ્રેણી પહેલેથી છે.',
	'adoption.error.categoryUnknown': 'આ શ્રેણી આ અપનાવેલી પદ્ધતિનો ભાગ નથી.',
	'adoption.error.forbidden': 'તમે આ ફેરફાર કરી શકતા નથી.',
	'adoption.error.stale':
		'તમે પૃષ્ઠ ખોલ્યું ત્યાર પછી કોઈએ આ અપનાવેલી પદ્ધતિમાં ફેરફાર સાચવ્યો છે. પૃષ્ઠ હવે તે ફેરફાર બતાવે છે; તમારું લખાણ ફોર્મમાં જ છે, તેથી તેને તપાસીને ફરીથી સાચવો.',
	'adoption.error.notAClaim': 'ફક્ત “અમલમાં” કે “વ્યાપક અમલ” તબક્કાના પગલાની જ ચકાસણી થાય છે.',
	'adoption.error.alreadyVerified': 'આ પગલાની ચકાસણી થઈ ચૂકી છે.',

	'adoption.kicker': 'અપનાવેલી પદ્ધતિ',
	'adoption.claimed': 'દાવો કરાયો છે, હજુ ચકાસાયો નથી',
	'adoption.verifiedByOn': '{name} દ્વારા {date}ના રોજ ચકાસાયું',
	'adoption.verifiedOn': '{date}ના રોજ ચકાસાયું',
	'adoption.demoNote':
		'સ્થાનિક સ્ટૅકનો ડેમો ડેટા, પ્લેટફોર્મ કેવી રીતે કામ કરે છે તે બતાવવા બનાવેલો: કોઈ શહેરે તેની જાણ કરી નથી.',
	'adoption.practice': 'પદ્ધતિ',
	'adoption.practiceFrom': '{city}ની પદ્ધતિ',
	'adoption.originPractice': 'શહેરની પોતાની પદ્ધતિ (મૂળ શહેર)',
	'adoption.mentorship': 'મેન્ટરશિપ',
	'adoption.mentorshipPair': '{mentor} દ્વારા {mentee}નું માર્ગદર્શન',
	'adoption.since': 'આ તબક્કે ક્યારથી',
	'adoption.evidence': 'પુરાવા',
	'adoption.evidencePublicNow': 'જાહેર: આ અપનાવેલી પદ્ધતિ કોઈ પણ વાંચી શકે છે.',
	'adoption.evidencePublicLater':
		'જાહેર તરીકે ચિહ્નિત: તબક્કો “અમલમાં” કે “વ્યાપક અમલ” થાય ત્યારે તે જાહેર થશે.',
	'adoption.evidencePrivate': 'ખાનગી: ફક્ત શહેર, તેના મેન્ટર અને મિશનના એડમિન જોઈ શકે છે.',

	'adoption.form.stage': 'તબક્કો',
	'adoption.form.stageHint':
		'કોઈ પણ તબક્કો: કોઈ તબક્કો છોડી શકાય છે, અથવા અગાઉના તબક્કે પાછા જઈ શકાય છે (પાયલટ પડતો મૂકીને ફરી શરૂ કર્યો હોય). દરેક પગલું સચવાય છે.',
	'adoption.form.on': 'આ તબક્કાની તારીખ',
	'adoption.form.text': 'પુરાવા',
	'adoption.form.textHint':
		'શું કરવામાં આવ્યું અને તેનું શું પરિણામ આવ્યું. Markdown વાપરી શકાય છે: **ઘાટા અક્ષર**, યાદીઓ, [લિંક](https://…).',
	'adoption.form.links': 'પુરાવાની લિંક',
	'adoption.form.linksHint': 'પૂરાં https સરનામાં, દરેક લીટીમાં એક (વધુમાં વધુ 20).',
	'adoption.form.figures': 'આંકડા',
	'adoption.form.figuresHint':
		'પ્રગતિ દર્શાવતા આંકડા, જેમ કે “જોડાયેલા કૅમેરા: 120 કૅમેરા”. જે લીટીઓની જરૂર ન હોય તે ખાલી છોડો.',
	'adoption.form.figureRow': 'આંકડો {n}',
	'adoption.form.figureLabel': 'શું',
	'adoption.form.figureValue': 'મૂલ્ય',
	'adoption.form.figureUnit': 'એકમ',
	'adoption.form.reason': 'કારણ (પડતી મૂકી હોય ત્યારે)',
	'adoption.form.reasonHint': 'શહેર પદ્ધતિ પડતી મૂકે ત્યારે જરૂરી: કારણ જણાવો.',

	'adoption.timeline.heading': 'સમયરેખા',
	'adoption.timeline.current': 'હાલનો તબક્કો',
	'adoption.timeline.stepOf': '{count}માંથી પગલું {n}',
	'adoption.timeline.reason': 'કારણ:',
	'adoption.timeline.links': 'લિંક',
	'adoption.timeline.figures': 'જણાવેલા આંકડા',
	'adoption.timeline.recordedBy': '{name} દ્વારા નોંધાયું',

	'adoption.verify.button': 'ચકાસો',
	'adoption.verify.hint':
		'પુરાવા તપાસ્યા પછી ચકાસો: ત્યાર બાદ આ દાવો તમારા નામ અને તારીખ સાથે કાર્યક્રમના આંકડામાં ગણાશે.',
	'adoption.verify.saved': 'ચકાસાયું. આ દાવો હવે કાર્યક્રમના આંકડામાં ગણાય છે.',

	'adoption.step.heading': 'આગળનો તબક્કો નોંધો',
	'adoption.step.intro':
		'ફેરફારની તારીખ અને તેના પુરાવા આપો. “અમલમાં” કે “વ્યાપક અમલ”નો દાવો, જોડાયેલી મેન્ટરશિપના કોઈ મેન્ટર કે એડમિન તેને ચકાસે નહીં ત્યાં સુધી, દાવા તરીકે જ દેખાય છે.',
	'adoption.step.button': 'આ તબક્કો નોંધો',
	'adoption.step.saved': 'તબક્કો નોંધાઈ ગયો.',

	'adoption.progress.heading': 'લક્ષ્યાંક અને પ્રગતિ',
	'adoption.progress.noCategories': 'હજુ કોઈ શ્રેણી નથી.',
	'adoption.progress.caption': 'શ્રેણીવાર પ્રગતિ',
	'adoption.progress.category': 'શ્રેણી',
	'adoption.progress.nodal': 'નોડલ અધિકારી',
	'adoption.progress.noNodal': 'નામ આપ્યું નથી',
	'adoption.progress.target': 'લક્ષ્યાંક',
	'adoption.progress.noTarget': 'લક્ષ્યાંક નથી',
	'adoption.progress.unit': 'એકમ',
	'adoption.progress.latest': 'તાજેતરનો આંકડો',
	'adoption.progress.share': 'લક્ષ્યાંકનો હિસ્સો',
	'adoption.progress.lastUpdate': 'છેલ્લું અપડેટ',
	'adoption.progress.none': 'હજુ કોઈ અપડેટ નથી',
	'adoption.progress.trend': 'ફેરફાર',
	'adoption.progress.trendSince': '{date}થી {change}',
	'adoption.progress.percent': '{value} ટકા',
	'adoption.progress.total': 'કુલ',
	'adoption.progress.totalSum':
		'કુલમાં લક્ષ્યાંક ધરાવતી શ્રેણીઓના તાજેતરના આંકડાનો સરવાળો કરીને તેને તેમના લક્ષ્યાંકોના સરવાળા સાથે સરખાવવામાં આવે છે.',
	'adoption.progress.totalMean':
		'શ્રેણીઓ જુદા જુદા એકમોમાં ગણાય છે, તેથી કુલ એ તેમના લક્ષ્યાંક-હિસ્સાની સરેરાશ છે.',
	'adoption.progress.outOfTotal': 'લક્ષ્યાંક વિનાની, તેથી કુલમાં સામેલ નથી: {names}.',
	'adoption.progress.add': 'પ્રગતિ નોંધો',
	'adoption.progress.on': 'તારીખ',
	'adoption.progress.value': 'પહોંચેલી સંખ્યા',
	'adoption.progress.valueHint':
		'તે દિવસ સુધીની કુલ સંખ્યા (વધારો નહીં): ઉદાહરણ તરીકે, અત્યાર સુધીમાં 120 કૅમેરા જોડાયા હોય તો 120.',
	'adoption.progress.note': 'નોંધ (વૈકલ્પિક)',
	'adoption.progress.addButton': 'પ્રગતિ નોંધો',
	'adoption.progress.saved': 'પ્રગતિ નોંધાઈ ગઈ.',

	'adoption.chart.titleShare': 'સમય સાથે લક્ષ્યાંકનો પૂર્ણ થયેલો હિસ્સો',
	'adoption.chart.descShare':
		'લક્ષ્યાંક ધરાવતી દરેક શ્રેણી માટે એક રેખા, અને કુલ માટે એક જાડી ઘેરી રેખા, અપડેટની તારીખ મુજબ લક્ષ્યાંકના ટકામાં. નીચેના કોષ્ટકમાં આ જ આંકડા છે.',
	'adoption.chart.titleCount': 'સમય સાથે પહોંચેલી સંખ્યા',
	'adoption.chart.descCount':
		'દરેક શ્રેણી માટે એક રેખા, અપડેટની તારીખ મુજબ પહોંચેલી સંખ્યા. નીચેના કોષ્ટકમાં આ જ આંકડા છે.',

	'adoption.category.add': 'શ્રેણી ઉમેરો',
	'adoption.category.intro':
		'કામનો એક ભાગ, જેની પોતાની ગણતરી અને નોડલ અધિકારી હોય, જેમ કે પેટ્રોલ પંપના કૅમેરા.',
	'adoption.category.name': 'નામ',
	'adoption.category.target': 'લક્ષ્યાંક (વૈકલ્પિક)',
	'adoption.category.targetHint': 'પહોંચવાની સંખ્યા. હજુ કોઈ લક્ષ્યાંક ન હોય તો ખાલી છોડો.',
	'adoption.category.unit': 'એકમ',
	'adoption.category.unitHint': 'શું ગણાય છે, જેમ કે કૅમેરા.',
	'adoption.category.nodal': 'નોડલ અધિકારી',
	'adoption.category.nodalHint':
		'તમારા શહેરના કોઈ અધિકારીને પસંદ કરો, અથવા ખાતું ન ધરાવતા અધિકારીનું નામ અને હોદ્દો લખો.',
	'adoption.category.nodalUser': 'તમારા શહેરના અધિકારી',
	'adoption.category.nodalNamed': '— નીચે લખેલું નામ —',
	'adoption.category.nodalName': 'અધિકારીનું નામ',
	'adoption.category.nodalDesignation': 'હોદ્દો',
	'adoption.category.addButton': 'શ્રેણી ઉમેરો',
	'adoption.category.saved': 'શ્રેણી ઉમેરવામાં આવી.',

	'adoption.publish.heading': 'જાહેર પુરાવા',
	'adoption.publish.explain':
		'તમારી સંમતિથી, “અમલમાં” કે “વ્યાપક અમલ” તબક્કે પહોંચેલી અપનાવેલી પદ્ધતિ તેના પુરાવા, આંકડા અને પ્રગતિ સાથે જાહેર થાય છે (તેની ટિપ્પણીઓ ક્યારેય નહીં). તે પહેલાંના તબક્કાઓમાં તે જાહેર તરીકે ચિહ્નિત હોય તો પણ ખાનગી રહે છે.',
	'adoption.publish.isPublic': 'શહેરે આ પુરાવા જાહેર કર્યા છે.',
	'adoption.publish.isPrivate': 'પુરાવા ખાનગી છે.',
	'adoption.publish.makePublic': 'પુરાવા જાહેર કરો',
	'adoption.publish.makePrivate': 'પુરાવા ખાનગી કરો',
	'adoption.publish.saved': 'સાચવવામાં આવ્યું.',

	'adoption.comments.heading': 'ટિપ્પણીઓ',
	'adoption.comments.private': 'આ ફક્ત શહેર, તેની મેન્ટરશિપના મેન્ટર અને એડમિન જ વાંચે છે.',
	'adoption.comments.none': 'હજુ કોઈ ટિપ્પણી નથી.',
	'adoption.comments.by': '{name} દ્વારા, {time}',
	'adoption.comments.someone': 'એક ભૂતપૂર્વ અધિકારી',
	'adoption.comments.add': 'ટિપ્પણી ઉમેરો',
	'adoption.comments.body': 'ટિપ્પણી',
	'adoption.comments.hint': 'Markdown વાપરી શકાય છે: **ઘાટા અક્ષર**, યાદીઓ, [લિંક](https://…).',
	'adoption.comments.button': 'ટિપ્પણી મોકલો',
	'adoption.comments.saved': 'તમારી ટિપ્પણી ઉમેરાઈ ગઈ.',

	'adoptions.list.title': 'અપનાવેલી પદ્ધતિઓ',
	'adoptions.list.intro':
		'કયા શહેરે કઈ પદ્ધતિ અપનાવી અને તેમાં તે ક્યાં સુધી પહોંચ્યું, તારીખ સાથેના પુરાવા સહિત. જાહેર પુરાવા સાથે “અમલમાં” કે “વ્યાપક અમલ” તબક્કે પહોંચેલી અપનાવેલી પદ્ધતિઓ સૌ જોઈ શકે છે; અધિકારીઓ પોતાના શહેરની, અને પોતાનું શહેર જે મેન્ટરશિપમાં મેન્ટર છે તેની અપનાવેલી પદ્ધતિઓ પણ જુએ છે.',
	'adoptions.list.new': 'અપનાવેલી પદ્ધતિ નોંધો',
	'adoptions.list.filters': 'અપનાવેલી પદ્ધતિઓ ફિલ્ટર કરો',
	'adoptions.list.count': { one: '{count} અપનાવેલી પદ્ધતિ', other: '{count} અપનાવેલી પદ્ધતિઓ' },
	'adoptions.list.empty': 'કોઈ અપનાવેલી પદ્ધતિ મેળ ખાતી નથી.',
	'adoptions.list.caption': 'અપનાવેલી પદ્ધતિઓ, છેલ્લે તબક્કો બદલાયો હોય તે પહેલાં',
	'adoptions.table.city': 'શહેર',
	'adoptions.table.practice': 'પદ્ધતિ',
	'adoptions.table.stage': 'તબક્કો',
	'adoptions.table.since': 'ક્યારથી',
	'adoptions.table.open': 'વિગતો',
	'adoptions.table.openLink': 'ખોલો',
	'adoptions.origin': 'મૂળ શહેર',
	'adoptions.ownPractice': 'તેની પોતાની પદ્ધતિ',
	'adoptions.demo': 'ડેમો',
	'adoptions.practiceHidden': 'હવે પ્રકાશિત ન હોય તેવી પદ્ધતિ',
	'adoptions.record': 'અપનાવેલી પદ્ધતિ નોંધો',
	'adoptions.ownAdoption': 'આ પદ્ધતિ અંગે તમારા શહેરની નોંધ',
	'adoptions.practice.heading': {
		one: '{count} શહેરે અપનાવી',
		other: '{count} શહેરોએ અપનાવી'
	},
	'adoptions.practice.none': 'હજુ સુધી કોઈ શહેરે આ પદ્ધતિ અપનાવ્યાની નોંધ કરી નથી.',
	'adoptions.city.heading': 'આ શહેરે અપનાવેલી પદ્ધતિઓ',
	'adoptions.city.none': 'બતાવવા માટે કોઈ અપનાવેલી પદ્ધતિ નથી.',
	'adoptions.mentorship.heading': 'આ મેન્ટરશિપના પરિણામે અપનાવાયેલી પદ્ધતિઓ',
	'adoptions.mentorship.none': 'આ મેન્ટરશિપ દ્વારા હજુ કોઈ અપનાવેલી પદ્ધતિ નોંધાઈ નથી.',

	'adoptions.new.title': 'અપનાવેલી પદ્ધતિ નોંધો',
	'adoptions.new.intro':
		'{city} એક પદ્ધતિ અપનાવે છે: તેને પસંદ કરો, શહેર ક્યાં સુધી પહોંચ્યું છે તે જણાવો અને પુરાવા આપો. પછીનો દરેક તબક્કો તે અપનાવેલી પદ્ધતિના પૃષ્ઠ પર ઉમેરવામાં આવે છે.',
	'adoptions.new.noCity': 'શહેરની અપનાવેલી પદ્ધતિઓ ફક્ત તે શહેરના અધિકારીઓ જ નોંધે છે.',
	'adoptions.new.practice': 'પદ્ધતિ',
	'adoptions.new.practiceHint': 'પ્રકાશિત કેસ સ્ટડી, પ્લેબુક અથવા સમજૂતી કરાર.',
	'adoptions.new.choosePractice': '— પદ્ધતિ પસંદ કરો —',
	'adoptions.new.mentorship': 'મેન્ટરશિપ (વૈકલ્પિક)',
	'adoptions.new.mentorshipHint':
		'જે મેન્ટરશિપથી આ શક્ય બન્યું, જો હોય તો: ત્યારે તેના મેન્ટર ટિપ્પણી અને ચકાસણી કરી શકે છે.',
	'adoptions.new.noMentorship': 'કોઈ નહીં',
	'adoptions.new.mentorshipOption': 'મેન્ટર શહેર: {city}',
	'adoptions.new.public': 'પુરાવા જાહેર કરો',
	'adoptions.new.publicHint':
		'તબક્કો “અમલમાં” કે “વ્યાપક અમલ” થાય ત્યારે જ તે જાહેર થાય છે; ત્યાં સુધી અપનાવેલી પદ્ધતિ તમારા શહેર, તેના મેન્ટર અને એડમિન પૂરતી ખાનગી રહે છે.',
	'adoptions.new.button': 'અપનાવેલી પદ્ધતિ નોંધો',
	'adoptions.new.recorded': 'તમારા શહેરે આ પદ્ધતિ પહેલેથી નોંધેલી છે.',
	'adoptions.new.recordedLink': 'તમારા શહેરની અપનાવેલી પદ્ધતિ ખોલો'
};
