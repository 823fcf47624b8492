// The assessments API: the frameworks with their trees and rounds, a round's scores, and a
// city's scores across rounds. Their answers are described here, with the schemas the contract
// test checks real answers against. (The import's operations are in assessment-imports.ts.)
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { noQuery, roundScoresQuery } from '$lib/schemas/assessment-query';
import { invalid, notFound } from '../answers';
import type { Operation } from '../answers';

const text = v.string();
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(80));
const year = v.pipe(v.number(), v.integer());
const scheme = v.pipe(
	v.picklist(Constants.public.Enums.score_scheme),
	v.description('percentage (0–100, two decimals), level (1–5) or stars (0–5).')
);
const kind = v.picklist(Constants.public.Enums.framework_node_kind);
const confidence = v.pipe(
	v.nullable(v.picklist(Constants.public.Enums.source_confidence)),
	v.description(
		'How sure the published fact is: solid (an official record or several outlets), single ' +
			'(one outlet) or uncertain. Empty for values nobody seeded.'
	)
);
const source = v.pipe(v.nullable(text), v.description('Where the fact is published.'));
const note = v.pipe(
	v.nullable(text),
	v.description('What is uncertain or not found about it, said plainly.')
);
const bothNames = v.strictObject({ en: text, hi: text });
const roundNames = v.strictObject({ en: text, hi: v.nullable(text) });
const sample = v.pipe(
	v.boolean(),
	v.description(
		'True for a generated sample value (the demo): for trying the platform, not a real result.'
	)
);
const value = v.pipe(
	v.nullable(v.number()),
	v.description("In the scheme's units; empty where only a rank is published.")
);
const rank = v.pipe(v.nullable(v.pipe(v.number(), v.integer())), v.description('As published.'));
const city = v.strictObject({ slug, name: text });

const nodeSchema = v.strictObject({
	slug,
	parent: v.pipe(v.nullable(slug), v.description('The parent part, by slug; empty for a pillar.')),
	kind,
	name: bothNames,
	scheme: v.pipe(scheme, v.description("The part's scheme: its own, else the framework's.")),
	source,
	confidence,
	note
});

const roundSchema = v.strictObject({
	slug,
	name: roundNames,
	year,
	assessing_body: text,
	public: v.pipe(v.boolean(), v.description('False: a private round, which only admins see.')),
	results_on: v.nullable(v.pipe(v.string(), v.isoDate(), v.description('A date, YYYY-MM-DD.'))),
	cities_assessed: v.nullable(year),
	source,
	confidence,
	note
});

export const frameworkListSchema = v.pipe(
	v.strictObject({
		frameworks: v.array(
			v.strictObject({
				slug,
				acronym: text,
				name: bothNames,
				description: bothNames,
				scheme,
				source,
				confidence,
				note,
				nodes: v.pipe(
					v.array(nodeSchema),
					v.description('The tree, parents before their children, each in its order.')
				),
				rounds: v.pipe(
					v.array(roundSchema),
					v.description('The rounds the caller may see, newest first.')
				)
			})
		)
	}),
	v.title('FrameworkList')
);

export const roundScoresSchema = v.pipe(
	v.strictObject({
		framework: v.strictObject({ slug, acronym: text, name: bothNames }),
		round: v.strictObject({ slug, name: roundNames, year, public: v.boolean() }),
		scores: v.array(
			v.strictObject({
				city,
				parameter: v.pipe(
					v.strictObject({ slug, kind, name: bothNames }),
					v.description('The part scored: a parameter, or a pillar scored as a whole.')
				),
				value,
				scheme,
				rank,
				sample,
				source,
				confidence,
				note
			})
		),
		results: v.pipe(
			v.array(v.strictObject({ city, value, scheme, rank, sample, source, confidence, note })),
			v.description("Cities' overall results, where published (or sampled in the demo).")
		)
	}),
	v.title('RoundScores')
);

const change = v.pipe(
	v.nullable(v.strictObject({ value: v.number(), sample })),
	v.description(
		"The change since the framework's previous round, in the scheme's units, where both " +
			'rounds have a value; `sample` if either value is a sample.'
	)
);
const valueEntries = {
	value,
	scheme,
	basis: v.pipe(
		v.picklist(['stored', 'mean', 'rank']),
		v.description(
			"stored: the city's own score or result; mean: the mean of its parameters, each " +
				'normalised to 0–1 (percentage/100, level/5, stars/5); rank: only a published rank.'
		)
	),
	sample,
	source,
	confidence,
	note,
	change
};

export const cityAssessmentsSchema = v.pipe(
	v.strictObject({
		city,
		frameworks: v.array(
			v.strictObject({
				slug,
				acronym: text,
				name: bothNames,
				scheme,
				pillars: v.array(v.strictObject({ slug, kind, name: bothNames })),
				rounds: v.pipe(
					v.array(
						v.strictObject({
							slug,
							name: roundNames,
							year,
							public: v.boolean(),
							overall: v.nullable(
								v.strictObject({
									...valueEntries,
									rank: v.pipe(
										v.number(),
										v.integer(),
										v.description(
											'Among all cities of the round: published ranks first, the rest by value.'
										)
									),
									joint: v.boolean()
								})
							),
							pillars: v.array(v.strictObject({ pillar: slug, ...valueEntries }))
						})
					),
					v.description('The rounds in which the city has a value, newest first.')
				),
				latest: v.pipe(
					v.nullable(
						v.strictObject({ round: slug, strongest: v.array(slug), weakest: v.array(slug) })
					),
					v.description(
						'The strongest and weakest pillars in the newest of those rounds (none when ' +
							'fewer than two pillars have a value, or all are equal).'
					)
				)
			})
		)
	}),
	v.title('CityAssessments')
);

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

const frameworksExample = {
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

const scoresExample = {
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
const cityExample = {
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

const frameworkPath = {
	framework: {
		description: 'The framework, by slug (as in /assessments/{framework}).',
		schema: slug
	},
	round: { description: 'The round, by slug.', schema: slug }
};

/** GET /api/v1/assessments, its round scores and a city's assessments. */
export const assessmentOperations = (): Operation[] => [
	{
		method: 'get',
		path: '/api/v1/assessments',
		operationId: 'listAssessmentFrameworks',
		tag: 'Assessments',
		summary: 'List the maturity frameworks and their rounds',
		description:
			'Each framework with its tree of pillars, dimensions, themes and parameters, and its ' +
			'rounds: the public ones for everyone, private ones too for admins. Every seeded fact ' +
			'names its source and how sure it is; what is uncertain or not found is in `note`.',
		access: 'public',
		query: noQuery,
		responses: {
			200: {
				description: 'The frameworks.',
				schema: frameworkListSchema,
				example: frameworksExample
			},
			400: { ...invalid, description: 'A query parameter was given: this endpoint takes none.' }
		}
	},
	{
		method: 'get',
		path: '/api/v1/assessments/{framework}/{round}/scores',
		pathParameters: frameworkPath,
		operationId: 'getRoundScores',
		tag: 'Assessments',
		summary: "Get a round's scores",
		description:
			'The stored values of one round: scores per city and part (parameters, or a pillar ' +
			'scored as a whole), with the published rank where there is one, and the overall ' +
			'results. Sample values of the demo say so (`sample: true`). A private round is ' +
			"admins' only: to anyone else it answers 404, as if it did not exist.",
		access: 'public',
		query: roundScoresQuery,
		responses: {
			200: {
				description: "The round's scores and results.",
				schema: roundScoresSchema,
				example: scoresExample
			},
			400: {
				...invalid,
				description: 'An unknown parameter, or a city or part that does not exist.'
			},
			404: notFound('round')
		}
	},
	{
		method: 'get',
		path: '/api/v1/cities/{slug}/assessments',
		operationId: 'getCityAssessments',
		tag: 'Assessments',
		summary: "Get a city's scores across rounds",
		description:
			'Per framework, the rounds in which the city has a value (those the caller may see), ' +
			'each with its overall result and rank and each pillar’s value, the change since the ' +
			"framework's previous round, and the city's strongest and weakest pillars in the " +
			'latest. Where a city has no value of its own for a pillar or overall, the value is ' +
			'the mean of its parameters (`basis: mean`).',
		access: 'public',
		query: noQuery,
		responses: {
			200: {
				description: "The city's assessments.",
				schema: cityAssessmentsSchema,
				example: cityExample
			},
			400: { ...invalid, description: 'A query parameter was given: this endpoint takes none.' },
			404: notFound('city')
		}
	}
];
