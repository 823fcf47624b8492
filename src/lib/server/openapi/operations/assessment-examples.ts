// Examples of the assessments API, from the seeded published facts.

const imafSource = 'https://fourthline.in/bilaspur-in-top-5-smart-cities';
const imaf = {
	slug: 'imaf',
	acronym: 'IMAF',
	name: { en: 'ICCC Maturity Assessment Framework', hi: 'आईसीसीसी परिपक्वता आकलन फ़्रेमवर्क' }
};
const teamNode = {
	slug: 'team-management-coordination',
	kind: 'pillar',
	name: {
		en: 'Team management and inter-departmental coordination',
		hi: 'टीम प्रबंधन और अंतर-विभागीय समन्वय'
	}
};
const round = {
	slug: 'imaf-2-0',
	name: { en: 'IMAF 2.0', hi: 'आईमैफ़ 2.0' },
	year: 2024,
	public: true
};

export const frameworksExample = {
	frameworks: [
		{
			...imaf,
			description: {
				en: 'How mature a city’s Integrated Command and Control Centre is.',
				hi: 'शहर का एकीकृत कमांड एवं कंट्रोल सेंटर कितना परिपक्व है।'
			},
			scheme: 'percentage',
			source:
				'https://www.tribuneindia.com/news/chandigarh/integrated-command-centre-gets-third-position-in-imaf-2-0-634755',
			confidence: 'single',
			note: '10 pillars; only two are named in reports. The others were not found.',
			nodes: [
				{
					...teamNode,
					parent: null,
					scheme: 'percentage',
					source: imafSource,
					confidence: 'uncertain',
					note: 'Whether this is the exact pillar title is uncertain.'
				}
			],
			rounds: [
				{
					...round,
					assessing_body: 'Quality Council of India',
					results_on: '2024-06-27',
					cities_assessed: null,
					source: imafSource,
					confidence: 'solid',
					note: null
				}
			]
		}
	]
};

export const scoresExample = {
	framework: imaf,
	round,
	scores: [
		{
			city: { slug: 'bilaspur', name: 'Bilaspur' },
			parameter: teamNode,
			value: 95,
			scheme: 'percentage',
			rank: 1,
			sample: false,
			source: imafSource,
			confidence: 'solid',
			note: null
		}
	],
	results: [
		{
			city: { slug: 'bilaspur', name: 'Bilaspur' },
			value: null,
			scheme: 'percentage',
			rank: 5,
			sample: false,
			source: imafSource,
			confidence: 'solid',
			note: null
		}
	]
};

const stored = {
	scheme: 'percentage',
	source: null,
	confidence: null,
	note: null
};
export const cityExample = {
	city: { slug: 'sagar', name: 'Sagar' },
	frameworks: [
		{
			slug: 'dmaf',
			acronym: 'DMAF',
			name: { en: 'Data Maturity Assessment Framework', hi: 'डेटा परिपक्वता आकलन फ़्रेमवर्क' },
			scheme: 'percentage',
			pillars: [
				{ slug: 'systemic', kind: 'pillar', name: { en: 'Systemic', hi: 'प्रणालीगत' } },
				{ slug: 'sectoral', kind: 'pillar', name: { en: 'Sectoral', hi: 'क्षेत्रगत' } }
			],
			rounds: [
				{
					slug: 'cycle-2',
					name: { en: 'DMAF cycle 2', hi: 'डीएमएएफ़ चक्र 2' },
					year: 2021,
					public: true,
					overall: {
						...stored,
						value: 41.5,
						basis: 'mean',
						sample: true,
						change: { value: 6.25, sample: true },
						rank: 57,
						joint: false
					},
					pillars: [
						{
							...stored,
							pillar: 'systemic',
							value: 48,
							basis: 'mean',
							sample: true,
							change: { value: 8, sample: true }
						},
						{
							...stored,
							pillar: 'sectoral',
							value: 35,
							basis: 'stored',
							sample: true,
							change: null
						}
					]
				}
			],
			latest: { round: 'cycle-2', strongest: ['systemic'], weakest: ['sectoral'] }
		}
	]
};
