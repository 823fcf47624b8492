// The answers of the assessments API (frameworks, a round's scores, a city's assessments): the
// schemas the contract test checks real answers against.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';

const text = v.string();
export const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(80));
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
