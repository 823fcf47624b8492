// The adoptions API's side of a request: the list's query string, the bodies as clients send
// them (evidence nested, the date optional) checked by the same rules as the pages' forms
// ($lib/schemas/adoption), and a write's outcome as the API's answer. The answers' JSON is
// shaped in api-json.ts.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import { translate } from '$lib/i18n';
import type { MessageKey } from '$lib/i18n';
import { indiaDay, newAdoptionSchema, stepSchema } from '$lib/schemas/adoption';
import { oneOf, parseQuery, positiveInt } from '$lib/schemas/query';
import { apiError, badRequest, notFound } from '../api';
import { cityChoices } from '../cities';
import { forbidden } from '../practice-api';
import type { Errors, Outcome } from './outcomes';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The most adoptions to a page: each comes whole, with its stages and categories. */
export const MAX_PER_PAGE = 50;

/**
 * The parameters of GET /api/v1/adoptions. With the known city slugs, an unknown city is a 400;
 * without them (the OpenAPI document), any slug is described.
 */
export function apiListQuerySchema(cities?: readonly string[]) {
	const slug = (what: string) =>
		v.pipe(
			v.string(),
			v.description(`A ${what}'s slug.`),
			v.transform((s) => s.toLowerCase()),
			v.regex(SLUG, `is not a ${what}'s slug`)
		);
	return v.object({
		city: v.optional(
			cities ? v.pipe(slug('city'), v.picklist(cities, 'is not a known city')) : slug('city')
		),
		practice: v.optional(slug('practice')),
		stage: oneOf(Constants.public.Enums.adoption_stage),
		page: positiveInt(1, 10_000),
		per_page: positiveInt(20, MAX_PER_PAGE)
	});
}

/** Reads GET /api/v1/adoptions's query string, checking the city against the known ones. */
export async function parseApiListQuery(params: URLSearchParams) {
	const cities = (await cityChoices()).map((c) => c.slug);
	return parseQuery(apiListQuerySchema(cities), params);
}

// The fields of a step as the forms check them: the API nests the evidence and lets the date
// default to today in India.
const step = stepSchema.pipe[0].entries;
const adoption = newAdoptionSchema.pipe[0].entries;

const evidenceSchema = v.pipe(
	v.strictObject({
		text: v.pipe(step.text, v.description('What happened, in Markdown.')),
		links: v.pipe(step.links, v.description('https links to the evidence, at most 20.')),
		figures: v.pipe(
			step.figures,
			v.description('Figures the step reports, such as cameras linked: 120 cameras.')
		)
	}),
	v.title('AdoptionEvidence')
);

const stageEntries = {
	stage: step.stage,
	on: v.pipe(
		v.optional(step.on),
		v.description('The day it happened (YYYY-MM-DD, in India); today when left out.')
	),
	evidence: v.optional(evidenceSchema, {}),
	reason: v.pipe(
		step.reason,
		v.description('Why the city dropped the practice: needed for dropped.')
	)
};

type Evidence = v.InferOutput<typeof evidenceSchema>;

/** The step as the domain takes it: the evidence's fields beside the rest, dated today if not. */
function flatten<T extends { evidence: Evidence; on?: string }>({ evidence, on, ...rest }: T) {
	return { ...rest, ...evidence, on: on ?? indiaDay() };
}

/** POST /api/v1/adoptions: the practice (slug), the first stage with its evidence. */
export const adoptionBodySchema = v.pipe(
	v.pipe(
		v.strictObject({
			practice: v.pipe(adoption.practice, v.description("The practice's slug.")),
			mentorship: v.pipe(
				adoption.mentorship,
				v.description('The id of a mentorship in which your city is the mentee, if it led here.')
			),
			evidence_public: v.pipe(
				adoption.evidence_public,
				v.description(
					'Whether the evidence may be public: the adoption is public once its stage is ' +
						'implemented or scaled. False by default.'
				)
			),
			...stageEntries
		}),
		v.forward(
			// Dropping a practice says why (a partial check: it shows while other fields are wrong).
			v.partialCheck(
				[['stage'], ['reason']],
				(input) => input.stage !== 'dropped' || input.reason.length > 0,
				'adoption.error.reasonRequired' satisfies MessageKey
			),
			['reason']
		)
	),
	v.title('AdoptionInput'),
	v.transform(flatten)
);

/** POST /api/v1/adoptions/{id}/stages: a stage change with its evidence. */
export const stageBodySchema = v.pipe(
	v.pipe(
		v.strictObject({
			...stageEntries,
			version: v.pipe(
				v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
				v.description(
					'The version of the adoption the change starts from (GET /api/v1/adoptions/{id}); ' +
						'left out, the stage is added whatever changed since.'
				)
			)
		}),
		v.forward(
			// Dropping a practice says why (a partial check: it shows while other fields are wrong).
			v.partialCheck(
				[['stage'], ['reason']],
				(input) => input.stage !== 'dropped' || input.reason.length > 0,
				'adoption.error.reasonRequired' satisfies MessageKey
			),
			['reason']
		)
	),
	v.title('AdoptionStageInput'),
	v.transform(({ version, ...rest }) => ({ version: version ?? null, input: flatten(rest) }))
);

/** The API's name for a field the domain names after the form. */
const apiField = (field: string) =>
	field === 'form'
		? 'body'
		: ['text', 'links', 'figures'].includes(field.split('.')[0])
			? `evidence.${field}`
			: field;

/** A 400 naming each field with its English message. */
export function fieldErrors(errors: Errors, rename: (field: string) => string = apiField) {
	return badRequest(
		Object.fromEntries(
			Object.entries(errors).map(([field, key]) => [
				rename(field),
				translate('en', key ?? 'form.invalid')
			])
		)
	);
}

export function adoptionNotFound(): Response {
	return notFound('no adoption has this id, or it is not visible to you');
}

/** 409 for a write that starts from a version someone has changed since. */
export function staleVersion(current: number | undefined): Response {
	return apiError(
		409,
		'The adoption changed since your version: read it again and retry.',
		current === undefined ? {} : { current_version: current }
	);
}

/** A refused or failed write as the API's answer (a saved one is the route's to answer). */
export function refusal(outcome: Exclude<Outcome, { status: 'saved' }>): Response {
	switch (outcome.status) {
		case 'forbidden':
			return forbidden();
		case 'not_found':
			return adoptionNotFound();
		case 'stale':
			return staleVersion(outcome.version);
		case 'invalid':
			return fieldErrors(outcome.errors);
	}
}
