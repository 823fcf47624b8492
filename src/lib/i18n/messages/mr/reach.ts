import type { Catalogue } from '../../message';
import type { reach as en } from '../en/reach';

export const reach: Catalogue<typeof en> = {
	'reach.nav': 'पोहोच',
	'reach.title': 'कार्यक्रमाची पोहोच',
	'reach.intro':
		'100 स्मार्ट शहरांमध्ये मेंटरशिप आणि पद्धतींची देवाणघेवाण कुठपर्यंत पोहोचली आहे: कोणते शहर कोणत्या शहराला मार्गदर्शन करते, बैठका होतात का, पद्धतींचा अवलंब होतो का, आणि मार्गदर्शन मिळालेल्या शहरांमध्ये सुधारणा होते का.',
	'reach.admin.nav': 'पोहोच: तपशील',
	'reach.admin.title': 'कार्यक्रमाची पोहोच: मिशनसाठी तपशील',
	'reach.admin.intro':
		'सार्वजनिक आकडेवारी, सोबत प्रत्येक शहराच्या बैठका, कामे आणि अवलंब (खासगीसुद्धा) आणि उत्तराच्या प्रतीक्षेत असलेल्या विनंत्या.',
	'reach.admin.link': 'मिशनच्या कर्मचाऱ्यांसाठी तपशील',
	'reach.public.link': 'सार्वजनिक पृष्ठ',

	'reach.filters': 'फिल्टर',
	'reach.filter.programme': 'कार्यक्रम',
	'reach.filter.anyProgramme': 'सर्व कार्यक्रम',
	'reach.filter.zone': 'क्षेत्रीय परिषद',
	'reach.filter.state': 'राज्य किंवा केंद्रशासित प्रदेश',
	'reach.filter.any': 'सर्व',
	'reach.filter.from': 'या तारखेपासून',
	'reach.filter.to': 'या तारखेपर्यंत',
	'reach.filter.apply': 'दाखवा',
	'reach.filter.clear': 'फिल्टर काढा',
	'reach.filter.hint': 'तारखा न दिल्यास, आजपर्यंतचे बारा महिने.',
	'reach.invalid': 'हा फिल्टर वापरता आला नाही, म्हणून वगळला: {field} “{value}”.',
	'reach.period':
		'{from} ते {to}, आणि त्याच्या लगेच आधीच्या तितक्याच कालावधीशी ({previousFrom} ते {previousTo}) तुलना.',
	'reach.demo':
		'डेमो डेटा: या आकडेवारीत स्थानिक चाचणी प्रणालीतील {mentorships} डेमो मेंटरशिप आणि {adoptions} डेमो अवलंब समाविष्ट आहेत. ते डॅशबोर्ड कसा चालतो हे दाखवण्यासाठी आहेत; ही मिशनची आकडेवारी नाही.',

	'reach.headline.heading': 'ठळक आकडेवारी',
	'reach.figure.citiesEngaged': 'सहभागी शहरे',
	'reach.figure.citiesOf': '{total} पैकी {count}',
	'reach.figure.roles': 'मेंटर {mentor} · मेंटी {mentee}',
	'reach.figure.active': 'सुरू असलेल्या मेंटरशिप',
	'reach.figure.completed': 'पूर्ण झालेल्या मेंटरशिप',
	'reach.figure.requested': 'मेंटरशिपसाठी आलेल्या विनंत्या',
	'reach.figure.sessions': 'झालेल्या बैठका',
	'reach.figure.onTime': 'मुदतीत पूर्ण झालेली कामे',
	'reach.figure.practices': 'प्रकाशित पद्धती',
	'reach.figure.adoptions': 'कालावधीच्या शेवटी टप्पानिहाय अवलंब',
	'reach.figure.noAdoptions': 'एकाही अवलंबाची नोंद नाही.',
	'reach.change.up': '▲ मागील कालावधीपेक्षा {count} ने अधिक ({previous})',
	'reach.change.down': '▼ मागील कालावधीपेक्षा {count} ने कमी ({previous})',
	'reach.change.same': 'मागील कालावधीइतकेच',

	'reach.map.heading': 'कोण कोणाला मार्गदर्शन करते',
	'reach.charts.heading': 'बैठका, पद्धती आणि अवलंब',
	'reach.sessions.heading': 'दरमहा झालेल्या बैठका, स्वरूपानुसार',
	'reach.sessions.empty': 'या कालावधीत एकही बैठक झाली नाही.',
	'reach.practices.heading': 'दरमहा प्रकाशित पद्धती, भाषेनुसार',
	'reach.practices.empty': 'या कालावधीत एकही पद्धत प्रकाशित झाली नाही.',
	'reach.funnel.heading': 'अवलंबाचे टप्पे',
	'reach.funnel.note':
		'कालावधीच्या शेवटपर्यंत किती अवलंब प्रत्येक टप्प्यापर्यंत पोहोचले. अंमलबजावणी किंवा विस्तार टप्प्याचा दावा मेंटर किंवा प्रशासकाने पडताळणी केल्यानंतरच मोजला जातो: {unverified} दावे पडताळणीच्या प्रतीक्षेत आहेत. {dropped} अवलंब सोडून देण्यात आले.',
	'reach.funnel.empty': 'एकाही अवलंबाची नोंद नाही.',
	'reach.median.heading': 'शहरांना किती वाट पाहावी लागते',
	'reach.median.note':
		'विनंतीपासून ती स्वीकारली जाईपर्यंतच्या दिवसांची मध्यगा (या कालावधीत {accepted} विनंत्या स्वीकारल्या), आणि स्वीकृतीपासून पहिली बैठक होईपर्यंतच्या दिवसांची मध्यगा (या कालावधीत {first} पहिल्या बैठका).',
	'reach.median.empty': 'या कालावधीत एकही विनंती स्वीकारली गेली नाही आणि एकही पहिली बैठक झाली नाही.',
	'reach.items.heading': 'या कालावधीत मुदत असलेली कामे',
	'reach.items.note':
		'खुल्या कामांची मुदत अजून आलेली नाही; मुदत उलटलेली कामे मुदतीनंतरही खुली आहेत; वगळलेली कामे मोजलेली नाहीत.',
	'reach.items.empty': 'या कालावधीत एकाही कामाची मुदत नव्हती.',

	'reach.assessment.heading': 'मार्गदर्शन मिळालेल्या शहरांमध्ये सुधारणा होते का?',
	'reach.assessment.summary':
		'{from} ते {to} या काळात {framework} च्या एकूण गुणांमधील (100 च्या प्रमाणावर) सरासरी बदल: मार्गदर्शन मिळालेली शहरे {mentored} ({mentoredCount} शहरे), इतर शहरे {others} ({othersCount} शहरे).',
	'reach.assessment.mentoredDefinition':
		'दोन फेऱ्यांच्या दरम्यान सुरू असलेल्या एखाद्या मेंटरशिपमध्ये जे शहर मेंटी होते, ते मार्गदर्शन मिळालेले शहर मानले जाते. येथे कालावधीचा फिल्टर लागू होत नाही: काळ त्या दोन फेऱ्यांवरून ठरतो.',
	'reach.assessment.caution':
		'सावधानता: यातून केवळ परस्परसंबंध दिसतो, कार्यकारणभाव नव्हे. मेंटरशिपसाठी निवडलेली शहरे इतर शहरांपेक्षा अनेक बाबतींत वेगळी असू शकतात, आणि गट लहान आहेत.',
	'reach.assessment.sample':
		'तुलनेतील {count} मूल्ये स्थानिक चाचणी प्रणालीतील नमुना मूल्ये आहेत, प्रकाशित गुण नव्हेत.',
	'reach.assessment.none':
		'अद्याप एकाही मूल्यमापन आराखड्याच्या दोन फेऱ्यांचे निकाल उपलब्ध नाहीत, त्यामुळे तुलना करण्यासारखे काही नाही.',
	'reach.assessment.noRounds': '{framework} च्या दोन फेऱ्यांचे निकाल अद्याप उपलब्ध नाहीत.',
	'reach.assessment.noValue': 'एकही शहर नाही',

	'reach.gaps.heading': 'कार्यक्रम जिथे पोहोचलेला नाही',
	'reach.gaps.states': 'स्मार्ट शहरे असूनही एकही शहर सहभागी नसलेली राज्ये व केंद्रशासित प्रदेश ({count})',
	'reach.gaps.statesNone': 'दाखवलेल्या प्रत्येक राज्यात व केंद्रशासित प्रदेशात किमान एक सहभागी शहर आहे.',
	'reach.gaps.zones': 'एकही सहभागी शहर नसलेल्या क्षेत्रीय परिषदा ({count})',
	'reach.gaps.zonesNone': 'दाखवलेल्या प्रत्येक क्षेत्रीय परिषदेत किमान एक सहभागी शहर आहे.',
	'reach.gaps.mentors': 'जागा उपलब्ध असलेले मेंटर ({count})',
	'reach.gaps.mentorsNone': 'दाखवलेल्या एकाही सार्वजनिक मेंटरकडे जागा उपलब्ध नाही.',
	'reach.gaps.mentorPlaces': '{capacity} पैकी {free} जागा उपलब्ध',
	'reach.gaps.waitingHeading': 'उत्तराच्या प्रतीक्षेत असलेल्या विनंत्या',
	'reach.gaps.waiting':
		'{count} विनंत्या उत्तराच्या प्रतीक्षेत आहेत; सर्वात जुनी विनंती {days} दिवसांपासून प्रतीक्षेत आहे.',
	'reach.gaps.waitingNone': 'एकही विनंती उत्तराच्या प्रतीक्षेत नाही.',

	'reach.export.heading': 'निर्यात आणि प्रिंट',
	'reach.export.report': 'संपूर्ण अहवाल Excel (.xlsx) स्वरूपात',
	'reach.print.hint':
		'PDF प्रत ठेवण्यासाठी हे पृष्ठ प्रिंट करा आणि “Save as PDF” निवडा. प्रिंट केलेला अहवाल A4 आकारात बसतो आणि त्यावर फिल्टर व तारीख असते.',
	'reach.print.generated': '{date} रोजी तयार केला.',
	'reach.print.filters': 'फिल्टर: {filters}.',
	'reach.print.allOfIndia': 'सर्व कार्यक्रम, संपूर्ण भारत',

	'reach.detail.heading': 'शहरनिहाय',
	'reach.detail.waiting': 'प्रतीक्षेतील विनंत्या, सर्वात जुन्या आधी'
};
