// The mentor profile form and the mentor directory's query string, shared by the pages, the JSON
// API and the server. Form messages are i18n keys; query messages are English, as the API's 400
// names them.
import * as v from 'valibot';
import { zones } from '$lib/cities';
import type { Zone } from '$lib/cities';
import type { MessageKey } from '$lib/i18n';
import { isMessageKey } from '$lib/i18n';
import {
	BIO_MAX,
	CAPACITY_DEFAULT,
	CAPACITY_MAX,
	CAPACITY_MIN,
	MAX_LANGUAGES,
	mentorLanguages
} from '$lib/mentors';
import { positiveInt } from './query';

const key = (k: MessageKey) => k;

// As the database checks a language tag (app.is_language_tag).
const STORED_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * A BCP 47 language tag in its canonical form (`EN-in` → `en-IN`), or null when it is not one
 * or is not a tag the database stores (private-use and grandfathered tags are refused).
 */
export function canonicalLanguageTag(raw: string): string | null {
	const trimmed = raw.trim();
	if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(trimmed)) return null;
	try {
		const [canonical] = Intl.getCanonicalLocales(trimmed);
		return canonical && STORED_TAG.test(canonical) ? canonical : null;
	} catch {
		return null;
	}
}

/** The choices a profile's lists are checked against: slugs from the controlled lists. */
export interface ProfileChoices {
	sectors: readonly string[];
	components: readonly string[];
	programmes: readonly string[];
}

/** The profile form as it is sent and shown again: every field as the reader left it. */
export interface ProfileFormValues {
	bio_markdown: string;
	languages: string[];
	other_languages: string;
	capacity: string;
	sectors: string[];
	components: string[];
	programmes: string[];
	is_public: string;
}

const fromList = (values: readonly string[]) =>
	v.optional(v.array(v.picklist(values, key('practice.unknownValue'))), []);

/** The profile form's schema, with the lists it may choose from. */
export function mentorProfileSchema(choices: ProfileChoices) {
	return v.pipe(
		v.object({
			bio_markdown: v.pipe(
				v.optional(v.string(), ''),
				v.transform((s) => s.normalize('NFC').trim()),
				// Postgres counts characters, not UTF-16 units.
				v.check((s) => [...s].length <= BIO_MAX, key('mentorProfile.bioTooLong'))
			),
			languages: fromList(mentorLanguages),
			// Further tags, typed: separated by commas or spaces.
			other_languages: v.pipe(
				v.optional(v.string(), ''),
				v.rawTransform(({ dataset, addIssue, NEVER }) => {
					const tags = dataset.value.split(/[\s,;]+/).filter(Boolean);
					const canonical = tags.map(canonicalLanguageTag);
					if (canonical.some((tag) => tag === null)) {
						addIssue({ message: key('mentorProfile.languageInvalid') });
						return NEVER;
					}
					return canonical as string[];
				})
			),
			capacity: v.pipe(
				v.optional(v.string(), ''),
				v.transform((s) => (s.trim() === '' ? CAPACITY_DEFAULT : Number(s.trim()))),
				v.number(key('mentorProfile.capacityInvalid')),
				v.integer(key('mentorProfile.capacityInvalid')),
				v.minValue(CAPACITY_MIN, key('mentorProfile.capacityInvalid')),
				v.maxValue(CAPACITY_MAX, key('mentorProfile.capacityInvalid'))
			),
			sectors: fromList(choices.sectors),
			components: fromList(choices.components),
			programmes: fromList(choices.programmes),
			is_public: v.pipe(
				v.optional(v.string(), ''),
				v.transform((s) => s === 'on' || s === 'true')
			)
		}),
		v.transform(({ languages, other_languages, ...rest }) => ({
			...rest,
			languages: [...new Set([...languages, ...other_languages])]
		})),
		v.forward(
			v.check(
				(input) => input.languages.length <= MAX_LANGUAGES,
				key('mentorProfile.tooManyLanguages')
			),
			['languages']
		)
	);
}

export type MentorProfileInput = v.InferOutput<ReturnType<typeof mentorProfileSchema>>;

/** Reads the profile form: ticked boxes as lists, everything else as typed. */
export function profileFormValues(form: FormData): ProfileFormValues {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	const list = (name: string) =>
		form.getAll(name).filter((value): value is string => typeof value === 'string');
	return {
		bio_markdown: text('bio_markdown'),
		languages: list('languages'),
		other_languages: text('other_languages'),
		capacity: text('capacity'),
		sectors: list('sectors'),
		components: list('components'),
		programmes: list('programmes'),
		is_public: text('is_public')
	};
}

/** A saved profile as the form shows it: common languages ticked, the others typed. */
export function profileToFormValues(profile: {
	bio_markdown: string;
	languages: string[];
	capacity: number;
	sectors: string[];
	components: string[];
	programmes: string[];
	is_public: boolean;
}): ProfileFormValues {
	const common = new Set<string>(mentorLanguages);
	return {
		bio_markdown: profile.bio_markdown,
		languages: profile.languages.filter((tag) => common.has(tag)),
		other_languages: profile.languages.filter((tag) => !common.has(tag)).join(', '),
		capacity: String(profile.capacity),
		sectors: profile.sectors,
		components: profile.components,
		programmes: profile.programmes,
		is_public: profile.is_public ? 'on' : ''
	};
}

/** The first message per field of a failed parse; list items report on their list. */
export function profileErrors(issues: v.BaseIssue<unknown>[]): Record<string, MessageKey> {
	const errors: Record<string, MessageKey> = {};
	for (const issue of issues) {
		const field = v.getDotPath(issue)?.split('.')[0] ?? 'form';
		errors[field] ??= isMessageKey(issue.message) ? (issue.message as MessageKey) : 'form.invalid';
	}
	return errors;
}

/** Parses the profile form: the input for the database, or the errors beside each field. */
export function parseProfileForm(
	values: ProfileFormValues,
	choices: ProfileChoices
): { ok: true; data: MentorProfileInput } | { ok: false; errors: Record<string, MessageKey> } {
	const result = v.safeParse(mentorProfileSchema(choices), values);
	return result.success
		? { ok: true, data: result.output }
		: { ok: false, errors: profileErrors(result.issues) };
}

// The directory's query string ----------------------------------------------------------------

/** The controlled lists the directory's filters are checked against. */
export interface MentorVocabulary {
	sectors: readonly string[];
	components: readonly string[];
}

export interface MentorFilters {
	sector?: string;
	component?: string;
	language?: string;
	zone?: Zone;
	free?: boolean;
}

/** A value from a list read from the database, matched in any case; absent gives undefined. */
function knownValue(values: readonly string[], what: string) {
	return v.optional(
		v.pipe(
			v.string(),
			v.description(what),
			v.transform((s) => values.find((known) => known.toLowerCase() === s.toLowerCase()) ?? s),
			v.picklist(values, 'is not a known value')
		)
	);
}

function filterEntries(vocabulary: MentorVocabulary) {
	return {
		sector: knownValue(vocabulary.sectors, 'A sector the mentor knows (its slug).'),
		component: knownValue(vocabulary.components, 'An ICCC component the mentor knows (its slug).'),
		language: v.optional(
			v.pipe(
				v.string(),
				v.description('A language the mentor speaks, as a BCP 47 tag (gu, hi, en-IN…).'),
				v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag'),
				v.rawTransform(({ dataset, addIssue, NEVER }) => {
					const tag = canonicalLanguageTag(dataset.value);
					if (tag) return tag;
					addIssue({ message: 'must be a language tag' });
					return NEVER;
				})
			)
		),
		zone: v.optional(
			v.pipe(
				v.picklist(zones, `must be one of: ${zones.join(', ')}`),
				v.description("The zonal council of the mentor's city.")
			)
		),
		free: v.optional(
			v.pipe(
				v.picklist(['true', 'false'], 'must be true or false'),
				v.description('true: only mentors who can take another mentee city now.'),
				v.transform((s) => s === 'true')
			)
		)
	};
}

/** The directory page's query: filters and the page. */
export function mentorPageQuery(vocabulary: MentorVocabulary) {
	return v.object({ ...filterEntries(vocabulary), page: positiveInt(1, 10_000) });
}

/** The parameters of GET /api/v1/mentors (also the API document's). */
export function mentorApiQuery(vocabulary: MentorVocabulary) {
	return v.object({
		...filterEntries(vocabulary),
		page: positiveInt(1, 10_000),
		per_page: positiveInt(20, 100)
	});
}

/** The filters of a parsed directory query, without the paging. */
export function filtersOf(data: MentorFilters & Record<string, unknown>): MentorFilters {
	const { sector, component, language, zone, free } = data;
	return { sector, component, language, zone, free };
}
