// What the adoptions endpoints answer, as schemas the OpenAPI document shows; the JSON itself is
// built by adoption/api-json.ts, and its unit test holds the two together.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';

const text = v.string();
const nullableText = v.nullable(v.string());
const uuid = v.pipe(v.string(), v.uuid());
const timestamp = v.pipe(v.string(), v.description('An ISO 8601 timestamp with its offset.'));
const day = v.pipe(v.string(), v.isoDate(), v.description('A calendar day, YYYY-MM-DD.'));
const stage = v.picklist(Constants.public.Enums.adoption_stage);
const cityRef = v.strictObject({ slug: text, name: text });
const person = v.strictObject({ name: text, designation: nullableText });
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const stageEntries = {
	id: v.pipe(uuid, v.description("The stage change's id, for verifying it.")),
	stage,
	on: v.pipe(day, v.description('The day it happened, in India.')),
	evidence: v.strictObject({
		text: v.pipe(text, v.description('What happened, in Markdown.')),
		links: v.array(text),
		figures: v.array(v.strictObject({ label: text, value: v.number(), unit: text }))
	}),
	reason: v.pipe(nullableText, v.description('Why the city dropped the practice.')),
	claim: v.pipe(
		v.boolean(),
		v.description('A stage of implemented or scaled: it counts once verified.')
	),
	verified: v.pipe(
		v.boolean(),
		v.description('Whether a mentor of the linked mentorship or an admin confirmed the claim.')
	),
	verified_by: v.pipe(
		v.nullable(person),
		v.description('Who verified it, where the caller may see the name.')
	),
	verified_at: v.nullable(timestamp)
};

export const stageSchema = v.pipe(v.strictObject(stageEntries), v.title('AdoptionStage'));

export const categoryOutSchema = v.pipe(
	v.strictObject({
		slug: text,
		name: text,
		language: v.pipe(text, v.description("The name's language, a BCP 47 tag.")),
		target: v.pipe(v.nullable(v.number()), v.description('Null where no target is set.')),
		unit: text,
		nodal: v.pipe(
			v.nullable(person),
			v.description('The nodal officer: a user of the city, or an officer named by post.')
		),
		progress: v.strictObject({
			latest: v.pipe(
				v.nullable(v.number()),
				v.description('The count reached by the latest update; null before the first.')
			),
			share: v.pipe(
				v.nullable(v.number()),
				v.description(
					'Latest over target (above 1 once the target is passed); null without a target.'
				)
			),
			updates: v.pipe(
				v.array(v.strictObject({ on: day, value: v.number(), note: nullableText })),
				v.description('Each update, the cumulative count reached that day, oldest first.')
			)
		})
	}),
	v.title('AdoptionCategory')
);

const adoptionEntries = {
	id: uuid,
	city: v.pipe(cityRef, v.description('The adopting city.')),
	practice: v.pipe(
		v.nullable(
			v.strictObject({
				slug: text,
				title: v.pipe(text, v.description('In the language the city wrote it in.')),
				title_en: v.pipe(text, v.description('The title in English.')),
				language: v.pipe(text, v.description("The title's language, a BCP 47 tag.")),
				city: cityRef
			})
		),
		v.description('The practice taken up; null if the caller may no longer read it.')
	),
	mentorship: v.pipe(
		v.nullable(
			v.strictObject({
				id: uuid,
				status: v.picklist(Constants.public.Enums.mentorship_status),
				mentor_city: cityRef
			})
		),
		v.description('The mentorship that led to it, where there is one the caller may see.')
	),
	stage: v.pipe(stage, v.description('The stage of the latest stage change, by its day.')),
	stage_on: day,
	verified: v.pipe(
		v.boolean(),
		v.description('The current stage is a claim of implemented or scaled that has been verified.')
	),
	demo: v.pipe(v.boolean(), v.description('Demo data, not a real adoption.')),
	evidence_public: v.pipe(
		v.boolean(),
		v.description("The city's choice: public once the stage is implemented or scaled.")
	),
	source_url: v.pipe(nullableText, v.description('Where a seeded adoption is published.')),
	stages: v.pipe(v.array(stageSchema), v.description('Every stage change, oldest first.')),
	categories: v.array(categoryOutSchema)
};

export const adoptionSummarySchema = v.pipe(
	v.strictObject(adoptionEntries),
	v.title('AdoptionSummary')
);

export const adoptionDetailSchema = v.pipe(
	v.strictObject({
		...adoptionEntries,
		version: v.pipe(
			v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
			v.description('The version a change starts from; null for the public.')
		)
	}),
	v.title('Adoption')
);

export const adoptionPageSchema = v.pipe(
	v.strictObject({
		total: count,
		page: v.pipe(v.number(), v.integer(), v.minValue(1)),
		per_page: v.pipe(v.number(), v.integer(), v.minValue(1)),
		adoptions: v.array(adoptionSummarySchema)
	}),
	v.title('AdoptionPage')
);

export const stageWrittenSchema = v.pipe(
	v.strictObject({
		...stageEntries,
		version: v.pipe(
			v.number(),
			v.integer(),
			v.minValue(1),
			v.description("The adoption's new version.")
		)
	}),
	v.title('AdoptionStageWritten')
);

export const conflictSchema = v.pipe(
	v.strictObject({
		error: text,
		message: text,
		reason: v.optional(
			v.pipe(
				v.picklist(['already_recorded', 'already_verified']),
				v.description(
					'already_recorded: the city already records this practice (`existing` is its id); ' +
						'already_verified: the stage change was verified before.'
				)
			)
		),
		existing: v.optional(uuid),
		current_version: v.optional(
			v.pipe(
				v.number(),
				v.integer(),
				v.description('The stage was not added: the adoption is at this version now.')
			)
		)
	}),
	v.title('AdoptionConflict')
);
