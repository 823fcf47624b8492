import { area } from './area';

// The signed-in dashboard, the account page's calendar feed and mail settings, the admins'
// handover list, and the scheduled mail (reminders, digest, nudges, expiry). In Hindi a
// mentorship session is a बैठक, as in the calendar files.
export const dashboard = area(
	{
		'dashboard.nav': 'Dashboard',
		'dashboard.title': 'Your dashboard',
		'dashboard.intro': 'What needs you next in your mentorships, in India Standard Time.',
		'dashboard.requests': 'Requests awaiting you',
		'dashboard.requests.introMentor':
			'Requests and proposals to your city. A request with no answer expires after 10 days.',
		'dashboard.requests.introAdmin':
			'Pairings the Mission proposed that await the mentor’s answer.',
		'dashboard.requests.empty': 'Nothing awaits your answer.',
		'dashboard.request.pairing': '{mentee} asks {mentor} for help',
		'dashboard.request.requested': 'Request of {date}',
		'dashboard.request.proposed': 'Proposed by the Mission on {date}',
		'dashboard.request.expires': 'expires on {date} without an answer',
		'dashboard.sessions': 'Your next sessions',
		'dashboard.sessions.empty': 'No session is planned in your mentorships.',
		'dashboard.session.pairing': '{mentor} with {mentee}',
		'dashboard.session.ics': 'Add to calendar (.ics): {title}',
		'dashboard.actions': 'Your action items',
		'dashboard.actions.empty': 'You have no open action items.',
		'dashboard.actions.overdueCount': {
			one: '{count} action item is overdue.',
			other: '{count} action items are overdue.'
		},
		'dashboard.action.overdue': 'Overdue: was due on {date}',
		'dashboard.action.dueToday': 'Due today',
		'dashboard.action.due': 'Due on {date}',
		'dashboard.practices': 'New practices on your mentorships’ topics',
		'dashboard.practices.intro':
			'Published in the last 30 days, on the sectors and components of your active mentorships.',
		'dashboard.practices.empty': 'No new practice on these topics in the last 30 days.',
		'dashboard.practices.noMentorships':
			'Practices on your topics appear here once your city has an active mentorship.',
		'dashboard.handover': {
			one: '{count} lead role or action item waits to be reassigned.',
			other: '{count} lead roles and action items wait to be reassigned.'
		},

		'feed.title': 'Calendar feed',
		'feed.intro':
			'Subscribe to your mentorships’ sessions in Google Calendar, Outlook or your phone’s calendar. The feed lists the sessions of your city’s mentorships, and those you attend, from 90 days back onward. Calendar apps fetch it again about every hour; Google Calendar can take up to a day.',
		'feed.secret':
			'Its address holds a secret: anyone who has it can read these sessions. CitySetu keeps only a fingerprint of it, so the address is shown once, when it is made. If it leaks, replace it.',
		'feed.created':
			'Your calendar feed is ready. Copy its address now: it will not be shown again.',
		'feed.webcal': 'Open in your calendar app (webcal://)',
		'feed.webcalLabel': 'Address for Apple Calendar and Outlook on a computer',
		'feed.httpsLabel':
			'Address for Google Calendar (Other calendars → From URL) and Outlook on the web (Add calendar → Subscribe from web)',
		'feed.active': 'A feed is active, made on {time}.',
		'feed.lastUsed': 'Last fetched on {time}.',
		'feed.neverUsed': 'No calendar app has fetched it yet.',
		'feed.none': 'You have no calendar feed.',
		'feed.create': 'Make a calendar feed',
		'feed.replace': 'Replace it with a new address',
		'feed.revoke': 'Revoke the feed',
		'feed.revoked': 'Your calendar feed is revoked: its address gives nothing any more.',

		'notifications.title': 'Mail reminders',
		'notifications.intro':
			'The scheduled mail CitySetu sends you. Answers to your own requests are always sent.',
		'notifications.sessionReminders': 'Session reminders, the day before each session',
		'notifications.actionDigest': 'A daily digest of my action items due within 3 days or overdue',
		'notifications.nudges':
			'Nudges: requests unanswered for a week, mentorships without sessions, a programme’s approaching end',
		'notifications.saved': 'Your mail settings are saved.',

		'handover.title': 'Handover list',
		'handover.link': 'Handover list: lead roles and action items to reassign',
		'handover.intro':
			'When an officer is transferred or deactivated, the mentorships they led and their open action items wait here until a colleague takes them over. The history keeps their name.',
		'handover.leads': 'Lead roles',
		'handover.leads.empty': 'Every open mentorship has an active lead.',
		'handover.items': 'Open action items',
		'handover.items.empty': 'Every open action item has an owner in one of its two cities.',
		'handover.pairing': '{mentor} mentors {mentee}',
		'handover.side.mentor': 'Lead mentor',
		'handover.side.mentee': 'Lead officer of the mentee city',
		'handover.reason.deactivated': '{name} is deactivated.',
		'handover.reason.transferred': '{name} now works in {city}.',
		'handover.reason.transferredNowhere': '{name} has no city any more.',
		'handover.item.due': 'Due on {date}',
		'handover.newOfficer': 'New officer',
		'handover.choose': 'Choose an officer',
		'handover.noCandidate': 'No active officer can take this over yet: invite one first.',
		'handover.reassign': 'Reassign',
		'handover.saved': 'Handed over: the new officer carries it now.',
		'handover.invalid':
			'That officer cannot take this over: they must be active in the right city (a mentor, for the mentor side).',
		'handover.gone': 'This is no longer open, or someone reassigned it already.',

		'nudge.footer': 'To stop mail like this, change your mail settings: {link}',
		'nudge.reminder.subject': 'Tomorrow: {title}',
		'nudge.reminder.body':
			'A reminder: the session “{title}” of {mentor} and {mentee} is tomorrow.',
		'nudge.reminder.when': 'When: {time}',
		'nudge.reminder.place': 'Place: {place}',
		'nudge.reminder.link': 'Meeting link: {url}',
		'nudge.reminder.page': 'Agenda and notes: {link}',
		'nudge.reminder.ics': 'Add it to your calendar: {link}',
		'nudge.digest.subject': 'Your action items: {overdue} overdue, {due} due soon',
		'nudge.digest.intro':
			'Your open action items on CitySetu that are overdue or due within 3 days.',
		'nudge.digest.overdue': 'Overdue',
		'nudge.digest.dueSoon': 'Due within 3 days',
		'nudge.digest.item': '• {title} ({mentor} and {mentee}), due on {due}',
		'nudge.digest.page': 'All of them on your dashboard: {link}',
		'nudge.unanswered.subject': '{mentee} is waiting for your answer',
		'nudge.unanswered.body':
			'{mentee} asked {mentor} for mentorship {days} days ago and has had no answer. A request with no answer expires after 10 days.',
		'nudge.unanswered.answer': 'Accept or decline: {link}',
		'nudge.firstSession.subject': 'No session yet: {mentor} and {mentee}',
		'nudge.firstSession.body':
			'The mentorship of {mentor} and {mentee} began two weeks ago, and no session has been planned.',
		'nudge.schedule': 'Schedule a session: {link}',
		'nudge.quiet.subject': '{days} days without a session: {mentor} and {mentee}',
		'nudge.quiet.body':
			'The mentorship of {mentor} and {mentee} has had no session for {days} days, and none is planned. Mentorships that go quiet fade away unseen.',
		'nudge.programmeEnding.subject': '{programme} ends on {date}',
		'nudge.programmeEnding.body':
			'The programme {programme} ends on {date}. Plan the last sessions of {mentor} and {mentee}, and the closing summary.',
		'nudge.programmeEnding.page': 'The mentorship: {link}',
		'nudge.expired.subject': 'Your request to {mentor} has expired',
		'nudge.expired.body':
			'{mentor} did not answer the request of {mentee} within {days} days, so it has expired.',
		'nudge.expired.next': 'See the next suggested mentors and ask again: {link}'
	},
	{
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
	}
);
