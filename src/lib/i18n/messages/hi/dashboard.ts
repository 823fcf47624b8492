import type { Catalogue } from '../../message';
import type { dashboard as en } from '../en/dashboard';

export const dashboard: Catalogue<typeof en> = {
	'dashboard.nav': 'डैशबोर्ड',
	'dashboard.title': 'आपका डैशबोर्ड',
	'dashboard.intro': 'आपकी मेंटरशिप में आगे क्या करना है, भारतीय मानक समय में।',
	'dashboard.requests': 'आपकी प्रतीक्षा में अनुरोध',
	'dashboard.requests.introMentor':
		'आपके शहर को भेजे गए अनुरोध और प्रस्ताव। बिना उत्तर का अनुरोध 10 दिन बाद समाप्त हो जाता है।',
	'dashboard.requests.introAdmin': 'मिशन द्वारा प्रस्तावित जोड़ियाँ, जो मेंटर के उत्तर की प्रतीक्षा में हैं।',
	'dashboard.requests.empty': 'कुछ भी आपके उत्तर की प्रतीक्षा में नहीं है।',
	'dashboard.request.pairing': '{mentee} ने {mentor} से मदद माँगी है',
	'dashboard.request.requested': '{date} का अनुरोध',
	'dashboard.request.proposed': 'मिशन द्वारा {date} को प्रस्तावित',
	'dashboard.request.expires': 'उत्तर न मिलने पर {date} को समाप्त होगा',
	'dashboard.sessions': 'आपकी अगली बैठकें',
	'dashboard.sessions.empty': 'आपकी मेंटरशिप में कोई बैठक तय नहीं है।',
	'dashboard.session.pairing': '{mentor} और {mentee}',
	'dashboard.session.ics': 'कैलेंडर में जोड़ें (.ics): {title}',
	'dashboard.actions': 'आपके कार्य',
	'dashboard.actions.empty': 'आपका कोई खुला कार्य नहीं है।',
	'dashboard.actions.overdueCount': {
		one: '{count} कार्य समय से पीछे है।',
		other: '{count} कार्य समय से पीछे हैं।'
	},
	'dashboard.action.overdue': 'समय से पीछे: {date} तक होना था',
	'dashboard.action.dueToday': 'आज तक',
	'dashboard.action.due': '{date} तक',
	'dashboard.practices': 'आपकी मेंटरशिप के विषयों पर नए तरीके',
	'dashboard.practices.intro': 'पिछले 30 दिनों में प्रकाशित, आपकी सक्रिय मेंटरशिप के क्षेत्रों और घटकों पर।',
	'dashboard.practices.empty': 'पिछले 30 दिनों में इन विषयों पर कोई नया तरीका नहीं।',
	'dashboard.practices.noMentorships':
		'आपके शहर की कोई सक्रिय मेंटरशिप होने पर आपके विषयों के तरीके यहाँ दिखेंगे।',
	'dashboard.handover': {
		one: '{count} मुख्य भूमिका या कार्य फिर से सौंपे जाने की प्रतीक्षा में है।',
		other: '{count} मुख्य भूमिकाएँ और कार्य फिर से सौंपे जाने की प्रतीक्षा में हैं।'
	},

	'feed.title': 'कैलेंडर फ़ीड',
	'feed.intro':
		'अपनी मेंटरशिप की बैठकें Google Calendar, Outlook या अपने फ़ोन के कैलेंडर में पाएँ। फ़ीड में आपके शहर की मेंटरशिप की और जिनमें आप शामिल हैं, वे बैठकें 90 दिन पहले से आगे तक रहती हैं। कैलेंडर ऐप इसे लगभग हर घंटे फिर से लाते हैं; Google Calendar में एक दिन तक लग सकता है।',
	'feed.secret':
		'इसके पते में एक गुप्त कुंजी है: जिसके पास यह पता है, वह ये बैठकें पढ़ सकता है। सिटीसेतु केवल इसकी छाप रखता है, इसलिए पता केवल एक बार, बनाते समय, दिखता है। यदि यह किसी और तक पहुँच जाए, तो इसे बदल दें।',
	'feed.created': 'आपकी कैलेंडर फ़ीड तैयार है। इसका पता अभी कॉपी करें: यह फिर नहीं दिखेगा।',
	'feed.webcal': 'अपने कैलेंडर ऐप में खोलें (webcal://)',
	'feed.webcalLabel': 'Apple Calendar और कंप्यूटर पर Outlook के लिए पता',
	'feed.httpsLabel':
		'Google Calendar (अन्य कैलेंडर → URL से) और वेब पर Outlook (कैलेंडर जोड़ें → वेब से सदस्यता) के लिए पता',
	'feed.active': 'एक फ़ीड सक्रिय है, {time} को बनी।',
	'feed.lastUsed': 'अंतिम बार {time} को लाई गई।',
	'feed.neverUsed': 'किसी कैलेंडर ऐप ने इसे अभी तक नहीं लाया है।',
	'feed.none': 'आपकी कोई कैलेंडर फ़ीड नहीं है।',
	'feed.create': 'कैलेंडर फ़ीड बनाएँ',
	'feed.replace': 'नए पते से बदलें',
	'feed.revoke': 'फ़ीड रद्द करें',
	'feed.revoked': 'आपकी कैलेंडर फ़ीड रद्द कर दी गई: इसके पते से अब कुछ नहीं मिलता।',

	'notifications.title': 'मेल अनुस्मारक',
	'notifications.intro': 'सिटीसेतु आपको जो नियमित मेल भेजता है। आपके अपने अनुरोधों के उत्तर हमेशा भेजे जाते हैं।',
	'notifications.sessionReminders': 'बैठक अनुस्मारक, हर बैठक से एक दिन पहले',
	'notifications.actionDigest': 'मेरे कार्यों का दैनिक सारांश जो 3 दिनों में देय हैं या समय से पीछे हैं',
	'notifications.nudges':
		'याद दिलाने वाले मेल: एक सप्ताह से बिना उत्तर के अनुरोध, बिना बैठकों की मेंटरशिप, कार्यक्रम का निकट आता अंत',
	'notifications.saved': 'आपकी मेल सेटिंग सहेज ली गई।',

	'handover.title': 'हस्तांतरण सूची',
	'handover.link': 'हस्तांतरण सूची: फिर से सौंपने के लिए मुख्य भूमिकाएँ और कार्य',
	'handover.intro':
		'जब किसी अधिकारी का तबादला होता है या उसे निष्क्रिय किया जाता है, तो उसकी अगुवाई वाली मेंटरशिप और उसके खुले कार्य यहाँ तब तक रहते हैं जब तक कोई सहकर्मी उन्हें न ले ले। इतिहास में उसका नाम बना रहता है।',
	'handover.leads': 'मुख्य भूमिकाएँ',
	'handover.leads.empty': 'हर खुली मेंटरशिप का एक सक्रिय मुखिया है।',
	'handover.items': 'खुले कार्य',
	'handover.items.empty': 'हर खुले कार्य का स्वामी उसके दोनों शहरों में से एक में है।',
	'handover.pairing': '{mentor} की मेंटरशिप में {mentee}',
	'handover.side.mentor': 'मुख्य मेंटर',
	'handover.side.mentee': 'मेंटी शहर के मुख्य अधिकारी',
	'handover.reason.deactivated': '{name} निष्क्रिय हैं।',
	'handover.reason.transferred': '{name} अब {city} में काम करते हैं।',
	'handover.reason.transferredNowhere': '{name} का अब कोई शहर नहीं है।',
	'handover.item.due': '{date} तक',
	'handover.newOfficer': 'नए अधिकारी',
	'handover.choose': 'एक अधिकारी चुनें',
	'handover.noCandidate': 'अभी कोई सक्रिय अधिकारी इसे नहीं ले सकता: पहले किसी को आमंत्रित करें।',
	'handover.reassign': 'फिर से सौंपें',
	'handover.saved': 'सौंप दिया गया: अब नए अधिकारी इसे संभालेंगे।',
	'handover.invalid':
		'वह अधिकारी इसे नहीं ले सकते: उन्हें सही शहर में सक्रिय होना चाहिए (मेंटर पक्ष के लिए मेंटर)।',
	'handover.gone': 'यह अब खुला नहीं है, या किसी ने इसे पहले ही सौंप दिया है।',

	'nudge.footer': 'ऐसे मेल बंद करने के लिए अपनी मेल सेटिंग बदलें: {link}',
	'nudge.reminder.subject': 'कल: {title}',
	'nudge.reminder.body': 'याद दिलाना: {mentor} और {mentee} की बैठक “{title}” कल है।',
	'nudge.reminder.when': 'समय: {time}',
	'nudge.reminder.place': 'स्थान: {place}',
	'nudge.reminder.link': 'मीटिंग लिंक: {url}',
	'nudge.reminder.page': 'कार्यसूची और नोट्स: {link}',
	'nudge.reminder.ics': 'अपने कैलेंडर में जोड़ें: {link}',
	'nudge.digest.subject': 'आपके कार्य: {overdue} समय से पीछे, {due} जल्द देय',
	'nudge.digest.intro': 'सिटीसेतु पर आपके खुले कार्य जो समय से पीछे हैं या 3 दिनों में देय हैं।',
	'nudge.digest.overdue': 'समय से पीछे',
	'nudge.digest.dueSoon': '3 दिनों में देय',
	'nudge.digest.item': '• {title} ({mentor} और {mentee}), {due} तक',
	'nudge.digest.page': 'सभी आपके डैशबोर्ड पर: {link}',
	'nudge.unanswered.subject': '{mentee} आपके उत्तर की प्रतीक्षा में है',
	'nudge.unanswered.body':
		'{mentee} ने {days} दिन पहले {mentor} से मेंटरशिप का अनुरोध किया था और अभी तक उत्तर नहीं मिला। बिना उत्तर का अनुरोध 10 दिन बाद समाप्त हो जाता है।',
	'nudge.unanswered.answer': 'स्वीकार या अस्वीकार करें: {link}',
	'nudge.firstSession.subject': 'अभी तक कोई बैठक नहीं: {mentor} और {mentee}',
	'nudge.firstSession.body':
		'{mentor} और {mentee} की मेंटरशिप दो सप्ताह पहले शुरू हुई, और अभी तक कोई बैठक तय नहीं हुई।',
	'nudge.schedule': 'बैठक तय करें: {link}',
	'nudge.quiet.subject': '{days} दिन से कोई बैठक नहीं: {mentor} और {mentee}',
	'nudge.quiet.body':
		'{mentor} और {mentee} की मेंटरशिप में {days} दिन से कोई बैठक नहीं हुई, और कोई तय भी नहीं है। जो मेंटरशिप चुप हो जाती है, वह बिना किसी के देखे खत्म हो जाती है।',
	'nudge.programmeEnding.subject': '{programme} {date} को समाप्त होगा',
	'nudge.programmeEnding.body':
		'कार्यक्रम {programme} {date} को समाप्त होगा। {mentor} और {mentee} की अंतिम बैठकों और समापन सारांश की योजना बनाएँ।',
	'nudge.programmeEnding.page': 'मेंटरशिप: {link}',
	'nudge.expired.subject': '{mentor} को भेजा आपका अनुरोध समाप्त हो गया',
	'nudge.expired.body':
		'{mentor} ने {days} दिनों में {mentee} के अनुरोध का उत्तर नहीं दिया, इसलिए वह समाप्त हो गया।',
	'nudge.expired.next': 'अगले सुझाए गए मेंटर देखें और फिर से अनुरोध करें: {link}'
};
