import type { Catalogue } from '../../message';
import type { dashboard as en } from '../en/dashboard';

export const dashboard: Catalogue<typeof en> = {
	'dashboard.nav': 'डॅशबोर्ड',
	'dashboard.title': 'तुमचा डॅशबोर्ड',
	'dashboard.intro': 'तुमच्या मेंटरशिपमध्ये पुढे तुमच्याकडून काय अपेक्षित आहे, भारतीय प्रमाणवेळेनुसार.',
	'dashboard.requests': 'तुमच्या उत्तराच्या प्रतीक्षेतील विनंत्या',
	'dashboard.requests.introMentor':
		'तुमच्या शहराला आलेल्या विनंत्या आणि प्रस्ताव. उत्तर न मिळालेल्या विनंतीची मुदत 10 दिवसांनंतर संपते.',
	'dashboard.requests.introAdmin': 'मिशनने प्रस्तावित केलेल्या, मेंटरच्या उत्तराच्या प्रतीक्षेत असलेल्या जोड्या.',
	'dashboard.requests.empty': 'तुमच्या उत्तराच्या प्रतीक्षेत काहीही नाही.',
	'dashboard.request.pairing': '{mentee} शहराने {mentor} शहराकडे मदत मागितली आहे',
	'dashboard.request.requested': '{date} रोजीची विनंती',
	'dashboard.request.proposed': 'मिशनने {date} रोजी प्रस्तावित केले',
	'dashboard.request.expires': 'उत्तर न मिळाल्यास {date} रोजी मुदत संपेल',
	'dashboard.sessions': 'तुमच्या पुढील बैठका',
	'dashboard.sessions.empty': 'तुमच्या मेंटरशिपमध्ये एकही बैठक नियोजित नाही.',
	'dashboard.session.pairing': '{mentor} आणि {mentee}',
	'dashboard.session.ics': 'कॅलेंडरमध्ये जोडा (.ics): {title}',
	'dashboard.actions': 'तुमचे कृती मुद्दे',
	'dashboard.actions.empty': 'तुमचा एकही कृती मुद्दा प्रलंबित नाही.',
	'dashboard.actions.overdueCount': {
		one: '{count} कृती मुद्द्याची मुदत उलटून गेली आहे.',
		other: '{count} कृती मुद्द्यांची मुदत उलटून गेली आहे.'
	},
	'dashboard.action.overdue': 'मुदत उलटली: {date} पर्यंत करायचे होते',
	'dashboard.action.dueToday': 'मुदत आज',
	'dashboard.action.due': 'मुदत: {date}',
	'dashboard.practices': 'तुमच्या मेंटरशिपच्या विषयांवरील नवीन पद्धती',
	'dashboard.practices.intro': 'गेल्या 30 दिवसांत प्रकाशित, तुमच्या सक्रिय मेंटरशिपच्या क्षेत्रांवर आणि घटकांवर.',
	'dashboard.practices.empty': 'गेल्या 30 दिवसांत या विषयांवर एकही नवीन पद्धत नाही.',
	'dashboard.practices.noMentorships':
		'तुमच्या शहराची एखादी मेंटरशिप सक्रिय झाल्यावर तुमच्या विषयांवरील पद्धती येथे दिसतील.',
	'dashboard.handover': {
		one: '{count} प्रमुख भूमिका किंवा कृती मुद्दा पुन्हा सोपवला जाण्याच्या प्रतीक्षेत आहे.',
		other: '{count} प्रमुख भूमिका आणि कृती मुद्दे पुन्हा सोपवले जाण्याच्या प्रतीक्षेत आहेत.'
	},

	'feed.title': 'कॅलेंडर फीड',
	'feed.intro':
		'तुमच्या मेंटरशिपच्या बैठका Google Calendar, Outlook किंवा तुमच्या फोनच्या कॅलेंडरमध्ये मिळवण्यासाठी सदस्यता घ्या. फीडमध्ये तुमच्या शहराच्या मेंटरशिपच्या बैठका आणि तुम्ही सहभागी असलेल्या बैठका, 90 दिवसांपूर्वीपासून पुढच्या, दिसतात. कॅलेंडर ॲप्स फीड साधारण दर तासाला पुन्हा घेतात; Google Calendar ला एक दिवसापर्यंत वेळ लागू शकतो.',
	'feed.secret':
		'याच्या पत्त्यात एक गुप्त कळ आहे: हा पत्ता ज्याच्याकडे आहे तो या बैठका वाचू शकतो. सिटीसेतु त्याची फक्त ठसा-नोंद (फिंगरप्रिंट) ठेवते, त्यामुळे पत्ता तयार करतानाच एकदा दाखवला जातो. तो इतरांपर्यंत पोहोचल्यास बदला.',
	'feed.created': 'तुमचे कॅलेंडर फीड तयार आहे. त्याचा पत्ता आत्ताच कॉपी करा: तो पुन्हा दाखवला जाणार नाही.',
	'feed.webcal': 'तुमच्या कॅलेंडर ॲपमध्ये उघडा (webcal://)',
	'feed.webcalLabel': 'Apple Calendar आणि संगणकावरील Outlook साठी पत्ता',
	'feed.httpsLabel':
		'Google Calendar (इतर कॅलेंडर → URL वरून) आणि वेबवरील Outlook (कॅलेंडर जोडा → वेबवरून सदस्यता घ्या) साठी पत्ता',
	'feed.active': 'एक फीड सक्रिय आहे, {time} रोजी तयार केलेले.',
	'feed.lastUsed': 'अखेरचे {time} रोजी घेतले.',
	'feed.neverUsed': 'अद्याप कोणत्याही कॅलेंडर ॲपने ते घेतलेले नाही.',
	'feed.none': 'तुमचे कोणतेही कॅलेंडर फीड नाही.',
	'feed.create': 'कॅलेंडर फीड तयार करा',
	'feed.replace': 'नवीन पत्त्याने बदला',
	'feed.revoke': 'फीड रद्द करा',
	'feed.revoked': 'तुमचे कॅलेंडर फीड रद्द केले आहे: त्याच्या पत्त्यावरून आता काहीही मिळत नाही.',

	'notifications.title': 'ईमेल स्मरणपत्रे',
	'notifications.intro':
		'सिटीसेतु तुम्हाला ठरलेल्या वेळी पाठवत असलेले ईमेल. तुमच्या स्वतःच्या विनंत्यांची उत्तरे नेहमी पाठवली जातात.',
	'notifications.sessionReminders': 'बैठकीची स्मरणपत्रे, प्रत्येक बैठकीच्या आदल्या दिवशी',
	'notifications.actionDigest': '3 दिवसांत मुदत असलेल्या किंवा मुदत उलटलेल्या माझ्या कृती मुद्द्यांचा दैनिक सारांश',
	'notifications.nudges':
		'आठवण करून देणारे ईमेल: आठवडाभर उत्तर न मिळालेल्या विनंत्या, बैठका न झालेल्या मेंटरशिप, जवळ येत असलेली कार्यक्रमाची समाप्ती',
	'notifications.saved': 'तुमची ईमेल सेटिंग्ज जतन झाली आहेत.',

	'handover.title': 'हस्तांतरण यादी',
	'handover.link': 'हस्तांतरण यादी: पुन्हा सोपवायच्या प्रमुख भूमिका आणि कृती मुद्दे',
	'handover.intro':
		'एखाद्या अधिकाऱ्याची बदली झाल्यावर किंवा त्यांचे खाते निष्क्रिय केल्यावर, त्यांच्या नेतृत्वाखालील मेंटरशिप आणि त्यांचे प्रलंबित कृती मुद्दे, एखादा सहकारी ते हाती घेईपर्यंत, येथे राहतात. इतिहासात त्यांचे नाव कायम राहते.',
	'handover.leads': 'प्रमुख भूमिका',
	'handover.leads.empty': 'प्रत्येक चालू मेंटरशिपला सक्रिय प्रमुख आहे.',
	'handover.items': 'प्रलंबित कृती मुद्दे',
	'handover.items.empty':
		'प्रत्येक प्रलंबित कृती मुद्द्यासाठी त्याच्या दोन शहरांपैकी एका शहरात जबाबदार अधिकारी आहे.',
	'handover.pairing': '{mentor} शहराचे {mentee} शहराला मार्गदर्शन',
	'handover.side.mentor': 'प्रमुख मेंटर',
	'handover.side.mentee': 'मेंटी शहराचे प्रमुख अधिकारी',
	'handover.reason.deactivated': '{name} यांचे खाते निष्क्रिय आहे.',
	'handover.reason.transferred': '{name} आता {city} येथे काम करतात.',
	'handover.reason.transferredNowhere': '{name} यांच्याकडे आता कोणतेही शहर नाही.',
	'handover.item.due': 'मुदत: {date}',
	'handover.newOfficer': 'नवीन अधिकारी',
	'handover.choose': 'अधिकारी निवडा',
	'handover.noCandidate':
		'सध्या एकही सक्रिय अधिकारी हे हाती घेऊ शकत नाही: आधी एखाद्या अधिकाऱ्याला निमंत्रित करा.',
	'handover.reassign': 'पुन्हा सोपवा',
	'handover.saved': 'सोपवले: आता नवीन अधिकारी हे पाहतील.',
	'handover.invalid':
		'ते अधिकारी हे हाती घेऊ शकत नाहीत: ते योग्य शहरात सक्रिय असणे आवश्यक आहे (मेंटरच्या बाजूसाठी ते मेंटर असणे आवश्यक आहे).',
	'handover.gone': 'हे आता प्रलंबित नाही, किंवा दुसऱ्या कोणीतरी ते आधीच सोपवले आहे.',

	'nudge.footer': 'असे ईमेल थांबवण्यासाठी तुमची ईमेल सेटिंग्ज बदला: {link}',
	'nudge.reminder.subject': 'उद्या: {title}',
	'nudge.reminder.body': 'स्मरणपत्र: {mentor} आणि {mentee} यांची “{title}” ही बैठक उद्या आहे.',
	'nudge.reminder.when': 'वेळ: {time}',
	'nudge.reminder.place': 'ठिकाण: {place}',
	'nudge.reminder.link': 'बैठकीची लिंक: {url}',
	'nudge.reminder.page': 'कार्यसूची आणि टिपा: {link}',
	'nudge.reminder.ics': 'तुमच्या कॅलेंडरमध्ये जोडा: {link}',
	'nudge.digest.subject': 'तुमचे कृती मुद्दे: {overdue} मुदत उलटलेले, {due} मुदत जवळ आलेले',
	'nudge.digest.intro': 'सिटीसेतुवरील तुमचे प्रलंबित कृती मुद्दे, ज्यांची मुदत उलटली आहे किंवा 3 दिवसांत संपत आहे.',
	'nudge.digest.overdue': 'मुदत उलटलेले',
	'nudge.digest.dueSoon': '3 दिवसांत मुदत',
	'nudge.digest.item': '• {title} ({mentor} आणि {mentee}), मुदत: {due}',
	'nudge.digest.page': 'सर्व कृती मुद्दे तुमच्या डॅशबोर्डवर: {link}',
	'nudge.unanswered.subject': '{mentee} शहर तुमच्या उत्तराची वाट पाहत आहे',
	'nudge.unanswered.body':
		'{mentee} शहराने {days} दिवसांपूर्वी {mentor} शहराकडे मेंटरशिपसाठी विनंती केली होती, आणि अद्याप उत्तर मिळालेले नाही. उत्तर न मिळालेल्या विनंतीची मुदत 10 दिवसांनंतर संपते.',
	'nudge.unanswered.answer': 'स्वीकारा किंवा नाकारा: {link}',
	'nudge.firstSession.subject': 'अद्याप एकही बैठक नाही: {mentor} आणि {mentee}',
	'nudge.firstSession.body':
		'{mentor} आणि {mentee} यांची मेंटरशिप दोन आठवड्यांपूर्वी सुरू झाली, पण अद्याप एकही बैठक नियोजित केलेली नाही.',
	'nudge.schedule': 'बैठक ठरवा: {link}',
	'nudge.quiet.subject': '{days} दिवसांत एकही बैठक नाही: {mentor} आणि {mentee}',
	'nudge.quiet.body':
		'{mentor} आणि {mentee} यांच्या मेंटरशिपमध्ये {days} दिवसांत एकही बैठक झालेली नाही, आणि पुढील बैठकही नियोजित नाही. थंडावलेल्या मेंटरशिप कोणाच्याही लक्षात न येता विरून जातात.',
	'nudge.programmeEnding.subject': '{programme} {date} रोजी संपत आहे',
	'nudge.programmeEnding.body':
		'{programme} हा कार्यक्रम {date} रोजी संपत आहे. {mentor} आणि {mentee} यांच्या शेवटच्या बैठका आणि समारोपाचा सारांश यांचे नियोजन करा.',
	'nudge.programmeEnding.page': 'मेंटरशिप: {link}',
	'nudge.expired.subject': '{mentor} शहराकडे केलेल्या तुमच्या विनंतीची मुदत संपली',
	'nudge.expired.body':
		'{mentor} शहराने {mentee} शहराच्या विनंतीला {days} दिवसांत उत्तर दिले नाही, त्यामुळे विनंतीची मुदत संपली आहे.',
	'nudge.expired.next': 'पुढील सुचवलेले मेंटर पाहा आणि पुन्हा विनंती करा: {link}'
};
