// Examples for the OpenAPI document. Redocly's lint checks each against its schema.

const rajkot = {
	slug: 'rajkot',
	name: 'Rajkot',
	name_local: 'રાજકોટ',
	name_local_lang: 'gu',
	state: 'Gujarat',
	zonal_council: 'western',
	selection_round: 'round-3',
	mission_status: 'active'
};

export const cityPage = { total: 100, page: 1, per_page: 1, cities: [rajkot] };

export const city = {
	...rajkot,
	latitude: 22.3039,
	longitude: 70.8022,
	spv_name: 'Rajkot Smart City Development Limited',
	note_en: null,
	iccc: {
		operational_since: 2017,
		location_en: 'Rajkot Municipal Corporation, Dhebar Road',
		location_hi: 'राजकोट नगर निगम, ढेबर रोड',
		summary_en: 'City surveillance, traffic and utilities monitored from one room.',
		summary_hi: 'शहर की निगरानी, यातायात और सेवाएँ एक कक्ष से।',
		components: [
			{ slug: 'cctv-surveillance', name_en: 'CCTV surveillance', name_hi: 'सीसीटीवी निगरानी' }
		]
	}
};

export const practiceInput = {
	kind: 'playbook',
	city: 'rajkot',
	language: 'hi',
	title: 'निजी कैमरों को जोड़ना',
	title_en: 'Linking private cameras',
	summary_en: 'How shops and housing societies share camera feeds with the ICCC.',
	markdown: '## चरण\n\n1. सहमति पत्र',
	sectors: ['public-safety'],
	components: ['cctv-surveillance'],
	outcomes: [{ label: 'Cameras linked', value: 1200, unit: 'cameras' }],
	status: 'draft'
};

export const practice = {
	slug: 'linking-private-cameras',
	kind: 'playbook',
	status: 'draft',
	language: 'hi',
	title: practiceInput.title,
	title_en: practiceInput.title_en,
	summary_en: practiceInput.summary_en,
	markdown: practiceInput.markdown,
	html: '<h2 id="h-चरण">चरण</h2>\n<ol>\n<li>सहमति पत्र</li>\n</ol>\n',
	city: { slug: 'rajkot', name: 'Rajkot' },
	sectors: practiceInput.sectors,
	components: practiceInput.components,
	outcomes: practiceInput.outcomes,
	version: 1,
	created_at: '2026-11-23T09:30:00.000+00:00',
	updated_at: '2026-11-23T09:30:00.000+00:00'
};

export const practicePatch = { version: 1, status: 'published' };

export const practicePage = {
	total: 1,
	page: 1,
	per_page: 20,
	practices: [
		{
			slug: practice.slug,
			kind: practice.kind,
			status: 'published',
			language: practice.language,
			title: practice.title,
			title_en: practice.title_en,
			summary_en: practice.summary_en,
			sectors: practice.sectors,
			components: practice.components,
			updated_at: practice.updated_at,
			city: practice.city
		}
	]
};

export const revisions = {
	revisions: [
		{
			version: 1,
			title: practice.title,
			title_en: practice.title_en,
			summary_en: practice.summary_en,
			markdown: practice.markdown,
			status: 'draft',
			language: 'hi',
			note: null,
			created_at: practice.created_at,
			author: 'Rajkot mentor'
		}
	]
};

export const searchResult = {
	engine: 'meilisearch',
	total: 1,
	page: 1,
	per_page: 10,
	hits: [
		{
			type: 'practice',
			slug: practice.slug,
			title: practice.title,
			title_en: practice.title_en,
			summary_en: practice.summary_en,
			language: 'hi',
			kind: 'playbook',
			city: practice.city,
			highlight: {
				title: 'निजी <mark>कैमरों</mark> को जोड़ना',
				title_language: 'hi',
				snippet: 'How shops and housing societies share <mark>camera</mark> feeds',
				snippet_language: 'en'
			}
		}
	],
	facets: { type: { practice: 1 }, state: { Gujarat: 1 } },
	took_ms: 3
};

export const me = {
	id: '3f1c2b9a-7d4e-4a51-9c1e-2b7f0d6a8e90',
	email: 'mentor.rajkot@example.org',
	name: 'Rajkot mentor',
	designation: 'ICCC manager',
	role: 'mentor',
	city: { slug: 'rajkot', name: 'Rajkot' }
};

export const health = { status: 'ok', database: 'ok', search: 'ok' };
export const healthDown = { status: 'degraded', database: 'down', search: 'ok' };

export const invalid = {
	error: 'invalid_request',
	message: 'Not valid: zone, colour.',
	errors: {
		zone: 'zone must be one of: northern, western, southern, eastern, north-eastern, central',
		colour: 'unknown parameter “colour”'
	}
};
export const unexpectedParameter = {
	error: 'invalid_request',
	message: 'Not valid: fields.',
	errors: { fields: 'unknown parameter “fields”' }
};
export const unauthorized = {
	error: 'unauthorized',
	message: 'Sign in or send an API token.'
};
export const forbidden = { error: 'forbidden', message: 'You may not make this change.' };
export const notFound = { error: 'not_found', message: 'no practice has the slug “no-such”' };
export const unsupported = {
	error: 'unsupported_media_type',
	message: 'Send the body as application/json.'
};
export const conflict = {
	error: 'conflict',
	message: 'the practice is at version 2, not 1',
	current: { ...practice, version: 2 }
};
export const internal = {
	error: 'internal_error',
	message: 'Something went wrong on our side. Quote the error id if you report it.',
	error_id: '0b8f5a52-5e8c-4d8e-9a39-0f1d2c3b4a59'
};
export const rateLimited = {
	error: 'rate_limited',
	message: 'Too many searches from this address; try again in 2 s.',
	retry_after: 2
};
