// What search engines and link previews show of the pages that have no intro of their own to
// describe them (the meta description and Open Graph description).
export const seo = {
	'seo.city':
		'{city}, {state}: its integrated command and control centre, the components it runs, and its practices and mentorships in the Smart Cities Mission.',
	'seo.mentor':
		'{name}, a mentor of the Smart Cities Mission: expertise, languages, programmes and the cities they mentor.',
	'seo.ranking':
		'Where the smart cities stand in {framework}: the national ranking by round, zonal council and state, each figure with its source.',
	'seo.compare':
		'Smart cities compared side by side in {framework}, pillar by pillar, each figure with its source.',
	'seo.history': 'Every saved revision of “{title}”, a practice shared on CitySetu.',
	'seo.language': 'Choose the language CitySetu is shown in: English, Hindi, Gujarati or Marathi.'
} as const;
