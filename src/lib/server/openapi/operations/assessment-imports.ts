// Assessment rounds and score imports (admins): creating a round, importing its scores from a
// CSV or Excel file, and exporting them in the same format. Request schemas are the ones the
// endpoints check; the answers are what src/lib/server/assessment/round-json.ts and the import
// endpoints build.
import * as v from 'valibot';
import { roundInputSchema } from '$lib/schemas/assessment-round';
import { MAX_BYTES } from '../../assessment/score-file';
import { forbidden, invalid, unauthorized, unsupported } from '../answers';
import type { Answer, Operation } from '../answers';
import { errorSchema } from '../schemas';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const nullableText = v.nullable(v.string());

const roundSchema = v.pipe(
	v.strictObject({
		framework: v.pipe(v.string(), v.description("The framework's slug.")),
		slug: v.string(),
		name: v.string(),
		name_hi: nullableText,
		year: v.pipe(v.number(), v.integer()),
		assessing_body: v.string(),
		public: v.boolean(),
		results_on: v.pipe(nullableText, v.description('YYYY-MM-DD, where announced.'))
	}),
	v.title('AssessmentRound')
);

const importedSchema = v.pipe(
	v.strictObject({
		imported: v.pipe(count, v.description('Values that were new or different, now stored.')),
		unchanged: v.pipe(count, v.description('Values equal to the stored ones.')),
		removed: v.pipe(
			count,
			v.description('Stored values the file left out, now removed (a published rank stays).')
		)
	}),
	v.title('ScoreImport')
);

const rowErrorsSchema = v.pipe(
	v.strictObject({
		error: v.string(),
		message: v.string(),
		errors: v.pipe(
			v.array(
				v.strictObject({
					row: v.pipe(
						v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
						v.description(
							'The row of the file (the header is row 1), or null for the file as a whole.'
						)
					),
					column: v.pipe(
						nullableText,
						v.description('city, parameter, value or a header name; null for the whole row.')
					),
					message: v.string()
				})
			),
			v.description('Every problem, by row and column, in file order.')
		)
	}),
	v.title('ImportErrors')
);

const slugTakenSchema = v.pipe(
	v.strictObject({
		error: v.string(),
		message: v.string(),
		reason: v.pipe(v.literal('slug_taken'), v.description('The slug is taken in this framework.'))
	}),
	v.title('RoundConflict')
);

const csvText = v.pipe(
	v.string(),
	v.description(
		'CSV, UTF-8 (a byte order mark is fine): a header row with the columns city, parameter ' +
			'and value in any order, then one row per city and parameter.'
	)
);

const exampleCsv =
	'city,parameter,value\r\nbilaspur,team-management,95\r\nraipur,team-management,85\r\n';

const notFoundRound: Answer = {
	description: 'No such framework or round, or the round is private and the caller no admin.',
	schema: errorSchema,
	example: { error: 'not_found', message: 'no round “imaf-2-0” of “imaf”' }
};
const adminOnly: Answer = {
	...forbidden,
	description: 'Only Mission admins may do this (and not with a read-only token).'
};

export const assessmentImportOperations = (): Operation[] => [
	{
		method: 'post',
		path: '/api/v1/assessments/{framework}/rounds',
		operationId: 'createAssessmentRound',
		tag: 'Assessments',
		summary: "Create a framework's round",
		description:
			'Admins only. Without `slug`, one is made from the name (IMAF 2.0 → imaf-2-0). ' +
			'A private round (`public: false`, the default) is seen by admins only.',
		access: 'signed-in',
		body: {
			schema: roundInputSchema,
			example: {
				name: 'IMAF 2.0',
				year: 2024,
				assessing_body: 'Quality Council of India',
				public: false,
				results_on: '2024-06-27'
			}
		},
		responses: {
			201: {
				description: 'Created. `Location` is where its scores are read (GET …/{round}/scores).',
				schema: roundSchema,
				example: {
					framework: 'imaf',
					slug: 'imaf-2-0',
					name: 'IMAF 2.0',
					name_hi: null,
					year: 2024,
					assessing_body: 'Quality Council of India',
					public: false,
					results_on: '2024-06-27'
				},
				headers: { Location: "The round's scores in the API." }
			},
			400: invalid,
			401: unauthorized,
			403: adminOnly,
			404: {
				description: 'No framework has this slug.',
				schema: errorSchema,
				example: { error: 'not_found', message: 'no framework has the slug “imaf”' }
			},
			409: {
				description: 'The framework already has a round with this slug.',
				schema: slugTakenSchema,
				example: {
					error: 'conflict',
					message: 'This framework already has a round with the slug imaf-2-0.',
					reason: 'slug_taken'
				}
			},
			415: unsupported
		}
	},
	{
		method: 'post',
		path: '/api/v1/assessments/{framework}/{round}/scores',
		operationId: 'importAssessmentScores',
		tag: 'Assessments',
		summary: "Import a round's scores from CSV or Excel",
		description:
			'Admins only. The body is the file itself: `text/csv` or an Excel workbook (.xlsx, its ' +
			'first worksheet), with the columns city (slug), parameter (slug) and value, as ' +
			'GET …/scores.csv gives them. Every row is checked first: unknown city or parameter, ' +
			'a value missing or out of the parameter’s range (percentage 0–100 with two decimals, ' +
			'level 1–5, stars 0–5), a city and parameter twice. With any problem nothing is ' +
			'written (422). Otherwise the file replaces the round’s values in one transaction: ' +
			'equal values are unchanged, values the file leaves out are removed, and every change ' +
			'is recorded with who made it. The same file twice changes nothing. At most ' +
			`${MAX_BYTES / 1024} KB and 20,000 rows.`,
		access: 'signed-in',
		body: {
			schema: csvText,
			example: exampleCsv,
			mediaType: 'text/csv',
			alternatives: {
				'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': v.pipe(
					v.string(),
					v.description('The .xlsx workbook, as bytes.')
				)
			}
		},
		responses: {
			200: {
				description: 'Imported (or, for the same file again, nothing changed).',
				schema: importedSchema,
				example: { imported: 2, unchanged: 96, removed: 0 }
			},
			400: invalid,
			401: unauthorized,
			403: adminOnly,
			404: notFoundRound,
			413: {
				description: `The file is over ${MAX_BYTES / 1024} KB.`,
				schema: errorSchema,
				example: {
					error: 'payload_too_large',
					message: `The file may be at most ${MAX_BYTES / 1024} KB.`
				}
			},
			415: {
				description: 'The body is neither text/csv nor an .xlsx workbook.',
				schema: errorSchema,
				example: {
					error: 'unsupported_media_type',
					message:
						'Send the scores as text/csv, or as an Excel workbook ' +
						'(application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).'
				}
			},
			422: {
				description: 'Rows of the file are not valid: nothing was imported.',
				schema: rowErrorsSchema,
				example: {
					error: 'invalid_rows',
					message: 'The file has 2 problem(s): nothing was imported.',
					errors: [
						{
							row: 3,
							column: 'city',
							message: '“Raipur” is not a city slug. Did you mean raipur?'
						},
						{
							row: 5,
							column: 'value',
							message: '105 is not a percentage from 0 to 100 with at most two decimals.'
						}
					]
				}
			}
		}
	},
	{
		method: 'get',
		path: '/api/v1/assessments/{framework}/{round}/scores.csv',
		operationId: 'exportAssessmentScores',
		tag: 'Assessments',
		summary: "A round's scores as CSV, in the import's format",
		description:
			'city, parameter, value, by city and then parameter, UTF-8 with a byte order mark (so ' +
			'Excel shows Devanagari correctly). Edited, the file can be imported again. Sample ' +
			'values of the demo are included as they are (this format has no column to mark ' +
			'them): imported again unchanged, they stay marked as sample. Published ranks without ' +
			'a value are not in the file, and an import leaves them alone. Public rounds for ' +
			'everyone, private rounds for admins.',
		access: 'public',
		responses: {
			200: {
				description: 'The CSV file, as an attachment.',
				mediaType: 'text/csv',
				schema: csvText,
				example: exampleCsv,
				headers: { 'Content-Disposition': 'attachment; filename="{framework}-{round}-scores.csv"' }
			},
			400: {
				...invalid,
				description: 'A query parameter was given: this endpoint takes none.'
			},
			404: notFoundRound
		}
	}
];
