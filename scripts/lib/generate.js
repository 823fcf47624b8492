// Generated practices for the benchmark: plausible titles and texts in English, Hindi, Gujarati
// and Marathi, spread over the cities, sectors and components. Deterministic for a given count.

const topics = [
	{
		en: 'adaptive traffic signals',
		hi: 'अनुकूली ट्रैफ़िक सिग्नल',
		gu: 'અનુકૂલિત ટ્રાફિક સિગ્નલ',
		mr: 'अनुकूल वाहतूक सिग्नल',
		sector: 'mobility',
		component: 'atcs'
	},
	{
		en: 'CCTV cameras for public safety',
		hi: 'सार्वजनिक सुरक्षा के लिए सीसीटीवी कैमरे',
		gu: 'જાહેર સલામતી માટે સીસીટીવી કૅમેરા',
		mr: 'सार्वजनिक सुरक्षेसाठी सीसीटीव्ही कॅमेरे',
		sector: 'public-safety',
		component: 'cctv-surveillance'
	},
	{
		en: 'water supply SCADA',
		hi: 'जल आपूर्ति स्काडा',
		gu: 'પાણી પુરવઠા સ્કાડા',
		mr: 'पाणीपुरवठा स्काडा',
		sector: 'water-sanitation',
		component: 'water-scada'
	},
	{
		en: 'solid waste vehicle tracking',
		hi: 'ठोस कचरा वाहनों की ट्रैकिंग',
		gu: 'ઘન કચરા વાહનોનું ટ્રેકિંગ',
		mr: 'घनकचरा वाहनांचे ट्रॅकिंग',
		sector: 'water-sanitation',
		component: 'solid-waste-management'
	},
	{
		en: 'flood early warning',
		hi: 'बाढ़ की पूर्व चेतावनी',
		gu: 'પૂરની આગોતરી ચેતવણી',
		mr: 'पुराचा पूर्वइशारा',
		sector: 'disaster-management',
		component: 'disaster-management'
	},
	{
		en: 'smart parking',
		hi: 'स्मार्ट पार्किंग',
		gu: 'સ્માર્ટ પાર્કિંગ',
		mr: 'स्मार्ट पार्किंग',
		sector: 'mobility',
		component: 'smart-parking'
	},
	{
		en: 'digital library',
		hi: 'डिजिटल लाइब्रेरी',
		gu: 'ડિજિટલ લાઇબ્રેરી',
		mr: 'डिजिटल ग्रंथालय',
		sector: 'education',
		component: 'e-governance'
	},
	{
		en: 'e-challan for traffic violations',
		hi: 'यातायात उल्लंघन पर ई-चालान',
		gu: 'ટ્રાફિક ભંગ માટે ઈ-ચલણ',
		mr: 'वाहतूक नियमभंगासाठी ई-चलन',
		sector: 'mobility',
		component: 'e-challan'
	},
	{
		en: 'public Wi-Fi hotspots',
		hi: 'सार्वजनिक वाई-फ़ाई हॉटस्पॉट',
		gu: 'જાહેર વાઇ-ફાઇ હોટસ્પોટ',
		mr: 'सार्वजनिक वाय-फाय हॉटस्पॉट',
		sector: 'digital-services',
		component: 'wifi-hotspots'
	},
	{
		en: 'air quality sensors',
		hi: 'वायु गुणवत्ता सेंसर',
		gu: 'હવાની ગુણવત્તાના સેન્સર',
		mr: 'हवा गुणवत्ता सेन्सर',
		sector: 'health',
		component: 'environment-sensors'
	},
	{
		en: 'property tax collection online',
		hi: 'ऑनलाइन संपत्ति कर वसूली',
		gu: 'ઓનલાઇન મિલકત વેરા વસૂલાત',
		mr: 'ऑनलाइन मालमत्ता कर वसुली',
		sector: 'finance',
		component: 'e-governance'
	},
	{
		en: 'GIS mapping of utilities',
		hi: 'उपयोगिताओं का जीआईएस मानचित्रण',
		gu: 'ઉપયોગિતાઓનું જીઆઈએસ મેપિંગ',
		mr: 'उपयुक्तता सेवांचे जीआयएस मॅपिंग',
		sector: 'urban-planning',
		component: 'gis'
	},
	{
		en: 'emergency response dispatch',
		hi: 'आपातकालीन प्रतिक्रिया प्रेषण',
		gu: 'કટોકટી પ્રતિભાવ રવાનગી',
		mr: 'आपत्कालीन प्रतिसाद पथक',
		sector: 'disaster-management',
		component: 'emergency-response'
	},
	{
		en: 'public address announcements',
		hi: 'सार्वजनिक उद्घोषणा प्रणाली',
		gu: 'જાહેર ઉદ્ઘોષણા પ્રણાલી',
		mr: 'सार्वजनिक उद्घोषणा यंत्रणा',
		sector: 'public-safety',
		component: 'public-address'
	},
	{
		en: 'variable message signs',
		hi: 'परिवर्तनीय संदेश बोर्ड',
		gu: 'બદલાતા સંદેશ બોર્ડ',
		mr: 'बदलते संदेश फलक',
		sector: 'mobility',
		component: 'variable-message-signs'
	},
	{
		en: 'street lighting control',
		hi: 'स्ट्रीट लाइट नियंत्रण',
		gu: 'સ્ટ્રીટ લાઇટ નિયંત્રણ',
		mr: 'पथदिवे नियंत्रण',
		sector: 'energy',
		component: 'smart-street-lighting'
	}
];

const kinds = ['case_study', 'playbook', 'agreement'];
const languages = ['en', 'hi', 'gu', 'mr'];
// Three ways of putting a title, so the corpus is not one sentence ten thousand times.
const leads = {
	en: [
		(t, c) => `How ${c} ran ${t} from its ICCC`,
		(t, c) => `${t} in ${c}: what worked`,
		(t, c) => `Lessons from ${c} on ${t}`
	],
	hi: [
		(t, c) => `${c} में आईसीसीसी से ${t} का संचालन`,
		(t, c) => `${c} का अनुभव: ${t}`,
		(t, c) => `${t} — ${c} से सीख`
	],
	gu: [
		(t, c) => `${c}માં આઇસીસીસીથી ${t}નું સંચાલન`,
		(t, c) => `${c}નો અનુભવ: ${t}`,
		(t, c) => `${t} — ${c} પાસેથી શીખ`
	],
	mr: [
		(t, c) => `${c} मध्ये आयसीसीसीतून ${t} चे व्यवस्थापन`,
		(t, c) => `${c} चा अनुभव: ${t}`,
		(t, c) => `${t} — ${c} कडून शिकवण`
	]
};
const lead = (language, i) => leads[language][i % 3];
const steps = {
	en: [
		'Survey the junctions and sites',
		'Write the tender',
		'Train the control room staff',
		'Review the results every month'
	],
	hi: [
		'स्थलों का सर्वेक्षण करें',
		'निविदा तैयार करें',
		'कंट्रोल रूम के कर्मचारियों को प्रशिक्षण दें',
		'हर महीने परिणामों की समीक्षा करें'
	],
	gu: [
		'સ્થળોનો સર્વે કરો',
		'ટેન્ડર તૈયાર કરો',
		'કંટ્રોલ રૂમના સ્ટાફને તાલીમ આપો',
		'દર મહિને પરિણામોની સમીક્ષા કરો'
	],
	mr: [
		'ठिकाणांचे सर्वेक्षण करा',
		'निविदा तयार करा',
		'नियंत्रण कक्षातील कर्मचाऱ्यांना प्रशिक्षण द्या',
		'दर महिन्याला निकालांचा आढावा घ्या'
	]
};

/**
 * `count` practices as rows for the practices table, spread over `cities` ({ id, name }). `from`
 * continues a sequence: practices from+1 to from+count, the same rows a single larger call makes,
 * so the benchmark can grow one database from 1,000 to 100,000 practices.
 */
export function generatePractices(count, cities, from = 0) {
	const rows = [];
	const publishedAt = new Date().toISOString();
	for (let i = from; i < from + count; i++) {
		const topic = topics[i % topics.length];
		const language = languages[Math.floor(i / topics.length) % languages.length];
		const city = cities[(i * 7) % cities.length];
		const title = `${lead(language, i)(topic[language], city.name)} (${i + 1})`.slice(0, 200);
		const body = [
			`## ${topic[language]}`,
			'',
			...steps[language].map((step, n) => `${n + 1}. ${step} — ${topic[language]}`),
			'',
			`${lead(language, i + 1)(topic[language], city.name)}. `.repeat(3)
		].join('\n');
		rows.push({
			slug: `bench-${i + 1}`,
			kind: kinds[i % kinds.length],
			city_id: city.id,
			language,
			title,
			title_en: `${lead('en', i)(topic.en, city.name)} (${i + 1})`.slice(0, 200),
			summary_en: `${city.name} used its ICCC for ${topic.en}: what was bought, who ran it and what changed.`,
			markdown: body,
			sectors: [topic.sector],
			components: [topic.component],
			status: 'published',
			published_at: publishedAt
		});
	}
	return rows;
}

/** Queries for the latency benchmark, in the four languages, with a typo and an acronym. */
export const benchQueries = [
	'traffic signals',
	'ICCC',
	'CCTV cameras',
	'सीसीटीवी कैमरे',
	'जल आपूर्ति स्काडा',
	'પાણી પુરવઠા',
	'સ્માર્ટ પાર્કિંગ',
	'पुराचा पूर्वइशारा',
	'डिजिटल ग्रंथालय',
	'flood warning',
	'solid waste tracking',
	'street lighting',
	'survelance cameras',
	'smart parking Rajkot',
	'कंट्रोल रूम प्रशिक्षण',
	'digital library',
	'air quality',
	'ई-चालान',
	'જીઆઈએસ મેપિંગ',
	'property tax online'
];
