// Adoption schemas, shared by the adoption pages' forms and the JSON API: a new adoption with its
// first step, a further step, a category with its target and nodal officer, a progress update and
// a comment. They read typed input (the API's JSON); adoption-form.ts turns a form's strings into
// that shape and keeps what was typed, to echo it back. Messages are i18n keys.
import * as v from 'valibot';
import { Constants } from '$lib/database.types';
import type { Enums } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import { IST_OFFSET_MINUTES } from '$lib/time';

const key = (k: MessageKey) => k;

export const adoptionStages = Constants.public.Enums.adoption_stage;
export type AdoptionStage = Enums<'adoption_stage'>;

/** Stages that claim the practice works: they count once a mentor or an admin verifies them. */
export const CLAIM_STAGES = ['implemented', 'scaled'] as const satisfies AdoptionStage[];

/** Whether a stage is a claim that needs verifying. */
export const isClaim = (stage: AdoptionStage) =>
	(CLAIM_STAGES as readonly string[]).includes(stage);

/** The database's limits (its check constraints), stated once for the forms and the API. */
export const ADOPTION_LIMITS = {
	evidence: 20_000,
	links: 20,
	link: 500,
	figures: 50,
	figureLabel: 120,
	figureUnit: 40,
	figureValue: 1e12,
	reason: 2000,
	comment: 4000,
	categoryName: 120,
	categorySlug: 60,
	categoryUnit: 40,
	nodalName: 120,
	nodalDesignation: 120,
	target: 1e12,
	note: 1000
} as const;

/** The Mission began on 25 June 2015: no step or update is dated before it. */
export const MISSION_START = '2015-06-25';

/** Today in India (YYYY-MM-DD): steps and updates are dated by Indian days. */
export function indiaDay(now: number = Date.now()): string {
	return new Date(now + IST_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Text, NFC and trimmed, `min` to `max` characters; absent or null gives ''. */
const text = (min: number, max: number) =>
	v.pipe(
		v.optional(v.nullable(v.string(key('form.invalid'))), ''),
		v.transform((s) => (s ?? '').normalize('NFC').trim()),
		v.minLength(min, key('form.required')),
		v.maxLength(max, key('form.tooLong'))
	);

/** Markdown as typed: NFC, not trimmed (indentation matters); absent gives ''. */
const markdownText = (max: number) =>
	v.pipe(
		v.optional(v.nullable(v.string(key('form.invalid'))), ''),
		v.transform((s) => (s ?? '').normalize('NFC')),
		v.maxLength(max, key('form.tooLong'))
	);

/** A date that exists, between the Mission's start and today in India. */
export const stepDate = v.pipe(
	v.string(key('form.required')),
	v.trim(),
	v.nonEmpty(key('form.required')),
	v.isoDate(key('adoption.error.dateInvalid')),
	v.check((s) => {
		const [y, m, d] = s.split('-').map(Number);
		const date = new Date(Date.UTC(y, m - 1, d));
		return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
	}, key('adoption.error.dateInvalid')),
	v.check((s) => s <= indiaDay(), key('adoption.error.dateFuture')),
	v.check((s) => s >= MISSION_START, key('adoption.error.dateEarly'))
);

/** Whether a link is an https URL with a host, at most 500 characters, without spaces. */
export function isHttpsLink(value: string): boolean {
	if (value.length > ADOPTION_LIMITS.link || !/^https:\/\/\S+$/.test(value)) return false;
	try {
		return new URL(value).hostname.length > 0;
	} catch {
		return false;
	}
}

const links = v.pipe(
	v.optional(v.array(v.string(key('adoption.error.linkHttps')), key('form.invalid')), []),
	v.transform((list) => list.map((l) => l.trim()).filter(Boolean)),
	v.maxLength(ADOPTION_LIMITS.links, key('adoption.error.tooManyLinks')),
	v.check((list) => list.every(isHttpsLink), key('adoption.error.linkHttps')),
	v.transform((list) => [...new Set(list)])
);

const figureValue = v.pipe(
	v.number(key('adoption.error.number')),
	v.finite(key('adoption.error.number')),
	v.minValue(-ADOPTION_LIMITS.figureValue, key('adoption.error.number')),
	v.maxValue(ADOPTION_LIMITS.figureValue, key('adoption.error.number'))
);

/** A figure a step reports: "cameras linked: 120 cameras". */
export const figureSchema = v.object({
	label: text(1, ADOPTION_LIMITS.figureLabel),
	value: figureValue,
	unit: text(0, ADOPTION_LIMITS.figureUnit)
});

const figures = v.pipe(
	v.optional(v.array(figureSchema, key('form.invalid')), []),
	v.maxLength(ADOPTION_LIMITS.figures, key('adoption.error.tooManyFigures'))
);

const stepEntries = {
	stage: v.picklist(adoptionStages, key('adoption.error.stageRequired')),
	on: stepDate,
	text: markdownText(ADOPTION_LIMITS.evidence),
	links,
	figures,
	reason: text(0, ADOPTION_LIMITS.reason)
};

/** A stage change with its evidence: the shape add_adoption_step takes as `p`. */
export const stepSchema = v.pipe(
	v.object(stepEntries),
	// Dropping a practice says why. (A partial check, so it shows while other fields are wrong.)
	v.forward(
		v.partialCheck(
			[['stage'], ['reason']],
			(input) => input.stage !== 'dropped' || input.reason.length > 0,
			key('adoption.error.reasonRequired')
		),
		['reason']
	)
);

/** A new adoption: the practice (slug), optionally the mentorship, and its first step. */
export const newAdoptionSchema = v.pipe(
	v.object({
		practice: v.pipe(
			v.optional(v.string(key('adoption.error.practiceRequired')), ''),
			v.trim(),
			v.toLowerCase(),
			v.nonEmpty(key('adoption.error.practiceRequired')),
			v.regex(SLUG, key('adoption.error.practiceUnknown'))
		),
		mentorship: v.pipe(
			v.optional(v.nullable(v.string(key('form.invalid'))), ''),
			v.transform((s) => (s ?? '').trim() || null),
			v.nullable(v.pipe(v.string(), v.uuid(key('adoption.error.mentorshipUnknown'))))
		),
		evidence_public: v.optional(v.boolean(key('form.invalid')), false),
		...stepEntries
	}),
	// Dropping a practice says why. (A partial check, so it shows while other fields are wrong.)
	v.forward(
		v.partialCheck(
			[['stage'], ['reason']],
			(input) => input.stage !== 'dropped' || input.reason.length > 0,
			key('adoption.error.reasonRequired')
		),
		['reason']
	)
);

export type StepInput = v.InferOutput<typeof stepSchema>;
export type NewAdoptionInput = v.InferOutput<typeof newAdoptionSchema>;
export type Figure = v.InferOutput<typeof figureSchema>;

/** A category's slug from its name: ASCII words joined by hyphens, or a short hash otherwise. */
export function categorySlug(name: string): string {
	const words = name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, ADOPTION_LIMITS.categorySlug)
		.replace(/-+$/, '');
	if (words) return words;
	// A name in another script (कैमरे): a stable slug from its characters (FNV-1a).
	let hash = 0x811c9dc5;
	for (const char of name.normalize('NFC')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `category-${hash.toString(36)}`;
}

const nodalUser = v.pipe(
	v.optional(v.nullable(v.string(key('form.invalid'))), ''),
	v.transform((s) => (s ?? '').trim() || null),
	v.nullable(v.pipe(v.string(), v.uuid(key('adoption.error.nodalUnknown'))))
);

/**
 * A category of an adoption's targets: name, slug (from the name when not given), target
 * (null = none), unit and its nodal officer, a user of the city or a named officer with a
 * designation.
 */
export const categorySchema = v.pipe(
	v.object({
		name: text(1, ADOPTION_LIMITS.categoryName),
		slug: v.pipe(
			v.optional(v.nullable(v.string(key('form.invalid'))), ''),
			v.transform((s) => (s ?? '').trim().toLowerCase()),
			v.maxLength(ADOPTION_LIMITS.categorySlug, key('form.tooLong')),
			v.check((s) => s === '' || SLUG.test(s), key('adoption.error.slugInvalid'))
		),
		target: v.optional(
			v.nullable(
				v.pipe(
					v.number(key('adoption.error.targetPositive')),
					v.finite(key('adoption.error.targetPositive')),
					v.gtValue(0, key('adoption.error.targetPositive')),
					v.maxValue(ADOPTION_LIMITS.target, key('adoption.error.targetPositive'))
				)
			),
			null
		),
		unit: text(0, ADOPTION_LIMITS.categoryUnit),
		nodal_user_id: nodalUser,
		nodal_name: text(0, ADOPTION_LIMITS.nodalName),
		nodal_designation: text(0, ADOPTION_LIMITS.nodalDesignation)
	}),
	v.forward(
		v.partialCheck(
			[['nodal_user_id'], ['nodal_name'], ['nodal_designation']],
			(c: { nodal_user_id: string | null; nodal_name: string; nodal_designation: string }) =>
				!c.nodal_user_id || (c.nodal_name === '' && c.nodal_designation === ''),
			key('adoption.error.nodalEither')
		),
		['nodal_name']
	),
	v.forward(
		v.partialCheck(
			[['nodal_user_id'], ['nodal_name'], ['nodal_designation']],
			(c: { nodal_user_id: string | null; nodal_name: string; nodal_designation: string }) =>
				Boolean(c.nodal_user_id) || (c.nodal_name !== '' && c.nodal_designation !== ''),
			key('adoption.error.nodalRequired')
		),
		['nodal_name']
	),
	v.transform((c) => ({ ...c, slug: c.slug || categorySlug(c.name) }))
);

export type CategoryInput = v.InferOutput<typeof categorySchema>;

/** A dated progress update: the cumulative count reached that day. */
export const progressSchema = v.object({
	on: stepDate,
	value: v.pipe(
		v.number(key('adoption.error.valueNonNegative')),
		v.finite(key('adoption.error.valueNonNegative')),
		v.minValue(0, key('adoption.error.valueNonNegative')),
		v.maxValue(ADOPTION_LIMITS.target, key('adoption.error.valueNonNegative'))
	),
	note: text(0, ADOPTION_LIMITS.note)
});

export type ProgressInput = v.InferOutput<typeof progressSchema>;

/** A comment of the city, its mentors or an admin, in Markdown. */
export const commentSchema = v.object({
	body: v.pipe(
		markdownText(ADOPTION_LIMITS.comment),
		v.check((s) => s.trim().length > 0, key('form.required'))
	)
});

export type CommentInput = v.InferOutput<typeof commentSchema>;

/** Whether the city's evidence is public (it shows once the stage is implemented or scaled). */
export const evidencePublicSchema = v.object({
	evidence_public: v.boolean(key('form.invalid'))
});
