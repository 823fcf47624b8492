import { area } from './area';

// Strings of the adoptions area, English and Hindi side by side: the stages, the forms' messages
// (adoption.error.), then the pages.
export const adoptions = area(
	{
		'adoption.stage.exploring': 'Exploring',
		'adoption.stage.planning': 'Planning',
		'adoption.stage.piloting': 'Piloting',
		'adoption.stage.implemented': 'Implemented',
		'adoption.stage.scaled': 'Scaled',
		'adoption.stage.dropped': 'Dropped',

		'adoption.error.stageRequired': 'Choose a stage.',
		'adoption.error.dateInvalid': 'Enter a date that exists, such as 2026-03-15.',
		'adoption.error.dateFuture': 'The date cannot be in the future.',
		'adoption.error.dateEarly': 'The date cannot be before the Mission began (25 June 2015).',
		'adoption.error.linkHttps':
			'Each link must be a full https address, such as https://example.gov.in/report, one per line.',
		'adoption.error.tooManyLinks': 'Give at most 20 links.',
		'adoption.error.number': 'Enter a number, such as 120 or 2.5.',
		'adoption.error.tooManyFigures': 'Give at most 50 figures.',
		'adoption.error.reasonRequired': 'Say why the city dropped the practice.',
		'adoption.error.practiceRequired': 'Choose the practice your city is taking up.',
		'adoption.error.practiceUnknown': 'There is no published practice by that name.',
		'adoption.error.alreadyRecorded':
			'Your city already records this practice. Add the next stage on its page instead.',
		'adoption.error.mentorshipUnknown':
			'Choose one of your city’s mentorships, in which your city is the mentee.',
		'adoption.error.slugInvalid':
			'Use lower-case letters, digits and hyphens only, such as petrol-pumps.',
		'adoption.error.targetPositive': 'The target must be a number above zero, or left empty.',
		'adoption.error.valueNonNegative': 'Enter the count reached, zero or more.',
		'adoption.error.nodalRequired':
			'Choose an officer of your city, or give the nodal officer’s name and designation.',
		'adoption.error.nodalEither':
			'Choose an officer of your city or give a name and designation, not both.',
		'adoption.error.nodalUnknown': 'The nodal officer must be an active officer of your city.',
		'adoption.error.categoryExists': 'This adoption already has a category by that name.',
		'adoption.error.categoryUnknown': 'This category is not part of the adoption.',
		'adoption.error.forbidden': 'You may not make this change.',
		'adoption.error.stale':
			'Someone saved a change to this adoption since you opened the page. The page now shows it; your text is still in the form, so check it and save again.',
		'adoption.error.notAClaim': 'Only a step at implemented or scaled is verified.',
		'adoption.error.alreadyVerified': 'This step has been verified already.'
	},
	{
		'adoption.stage.exploring': 'विचाराधीन',
		'adoption.stage.planning': 'योजना',
		'adoption.stage.piloting': 'पायलट',
		'adoption.stage.implemented': 'लागू',
		'adoption.stage.scaled': 'विस्तारित',
		'adoption.stage.dropped': 'छोड़ा गया',

		'adoption.error.stageRequired': 'चरण चुनें।',
		'adoption.error.dateInvalid': 'सही तारीख़ लिखें, जैसे 2026-03-15।',
		'adoption.error.dateFuture': 'तारीख़ भविष्य की नहीं हो सकती।',
		'adoption.error.dateEarly': 'तारीख़ मिशन की शुरुआत (25 जून 2015) से पहले की नहीं हो सकती।',
		'adoption.error.linkHttps':
			'हर लिंक पूरा https पता हो, जैसे https://example.gov.in/report, हर पंक्ति में एक।',
		'adoption.error.tooManyLinks': 'अधिकतम 20 लिंक दें।',
		'adoption.error.number': 'संख्या लिखें, जैसे 120 या 2.5।',
		'adoption.error.tooManyFigures': 'अधिकतम 50 आँकड़े दें।',
		'adoption.error.reasonRequired': 'बताएँ कि शहर ने यह पहल क्यों छोड़ी।',
		'adoption.error.practiceRequired': 'वह पहल चुनें जिसे आपका शहर अपना रहा है।',
		'adoption.error.practiceUnknown': 'इस नाम की कोई प्रकाशित पहल नहीं है।',
		'adoption.error.alreadyRecorded':
			'आपका शहर यह पहल पहले से दर्ज कर चुका है। अगला चरण उसी के पृष्ठ पर जोड़ें।',
		'adoption.error.mentorshipUnknown': 'अपने शहर की कोई ऐसी मेंटरशिप चुनें जिसमें आपका शहर मेंटी है।',
		'adoption.error.slugInvalid': 'केवल छोटे अंग्रेज़ी अक्षर, अंक और हाइफ़न लिखें, जैसे petrol-pumps।',
		'adoption.error.targetPositive': 'लक्ष्य शून्य से बड़ी संख्या हो, या ख़ाली छोड़ें।',
		'adoption.error.valueNonNegative': 'अब तक पहुँची संख्या लिखें, शून्य या अधिक।',
		'adoption.error.nodalRequired':
			'अपने शहर का कोई अधिकारी चुनें, या नोडल अधिकारी का नाम और पदनाम लिखें।',
		'adoption.error.nodalEither': 'या तो अपने शहर का अधिकारी चुनें या नाम और पदनाम लिखें, दोनों नहीं।',
		'adoption.error.nodalUnknown': 'नोडल अधिकारी आपके शहर का सक्रिय अधिकारी होना चाहिए।',
		'adoption.error.categoryExists': 'इस नाम की श्रेणी पहले से मौजूद है।',
		'adoption.error.categoryUnknown': 'यह श्रेणी इस अपनाने का हिस्सा नहीं है।',
		'adoption.error.forbidden': 'आप यह बदलाव नहीं कर सकते।',
		'adoption.error.stale':
			'आपके पृष्ठ खोलने के बाद किसी ने इसमें बदलाव सहेजा है। पृष्ठ अब वह बदलाव दिखा रहा है; आपका लिखा फ़ॉर्म में सुरक्षित है, उसे देखकर फिर से सहेजें।',
		'adoption.error.notAClaim': 'केवल "लागू" या "विस्तारित" चरण का सत्यापन होता है।',
		'adoption.error.alreadyVerified': 'इस चरण का सत्यापन पहले ही हो चुका है।'
	}
);
