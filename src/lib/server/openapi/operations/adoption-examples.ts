// Example requests and answers of the adoptions endpoints, for the document.
export const id = '0b5e7c2a-9d4f-4e61-8a3b-6f2d1c9e7a15';
export const stepId = 'c41a8e90-3b6d-4f2e-a1c7-58d9e0b2f634';
export const thane = { slug: 'thane', name: 'Thane' };
export const stageExample = {
	id: stepId,
	stage: 'implemented',
	on: '2026-11-20',
	evidence: {
		text: 'The cooperation plan is signed and the **first two projects** run.',
		links: ['https://bilaspur.example.in/smart-city/cooperation'],
		figures: [{ label: 'Projects running', value: 2, unit: 'projects' }]
	},
	reason: null,
	claim: true,
	verified: true,
	verified_by: { name: 'Demo Admin', designation: 'Mission Directorate' },
	verified_at: '2026-11-25T06:30:00.000Z'
};
export const categoryExample = {
	slug: 'shops',
	name: 'Shops',
	language: 'en',
	target: 500,
	unit: 'cameras',
	nodal: { name: 'Shri R. Verma', designation: 'Additional District Magistrate' },
	progress: {
		latest: 120,
		share: 0.24,
		updates: [
			{ on: '2026-10-01', value: 40, note: null },
			{ on: '2026-11-01', value: 120, note: 'Market association joined.' }
		]
	}
};
export const adoptionExample = {
	id,
	city: { slug: 'bilaspur', name: 'Bilaspur' },
	practice: {
		slug: 'thane-memorandum-of-cooperation-japan-mlit-smart-city',
		title:
			'ठाणे महानगरपालिका आणि जपानचे भूमी, पायाभूत सुविधा, वाहतूक व पर्यटन मंत्रालय यांच्यातील सहकार्य करार (एमओसी)',
		title_en:
			"Thane's Memorandum of Cooperation (MoC) with Japan's Ministry of Land, Infrastructure, Transport and Tourism on smart city innovation",
		language: 'mr',
		city: thane
	},
	mentorship: null,
	stage: 'implemented',
	stage_on: '2026-11-20',
	verified: true,
	demo: false,
	evidence_public: true,
	source_url: null,
	stages: [
		{
			...stageExample,
			id: 'e8f1d2c3-4b5a-4697-8e0f-1a2b3c4d5e6f',
			stage: 'exploring',
			on: '2026-06-02',
			evidence: { text: 'Study visit to Thane.', links: [], figures: [] },
			claim: false,
			verified: false,
			verified_by: null,
			verified_at: null
		},
		stageExample
	],
	categories: [categoryExample]
};
export const stageInputExample = {
	stage: 'implemented',
	on: '2026-11-20',
	version: 3,
	evidence: stageExample.evidence
};
