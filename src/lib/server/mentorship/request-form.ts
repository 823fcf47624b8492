// What the request page (/mentorships/new) and the proposal page (/admin/mentorships/propose)
// share: their choices, reading the form back, the suggestions for the topics chosen, and
// sending, with errors by field and everything typed kept.
import * as v from 'valibot';
import type { Locale, MessageKey } from '$lib/i18n';
import { issuesByField } from '$lib/schemas/practice';
import { mentorshipRequestSchema, requestFromForm, topicsSchema } from '$lib/schemas/mentorship';
import type { SessionUser } from '../auth/session';
import { cityChoices } from '../cities';
import { userDb } from '../db';
import { DatabaseError } from '../errors';
import { listComponents, listSectors } from '../practices';
import { requestMentorship } from './mentorships';
import { suggestMentors } from './suggestion-inputs';
import type { ExplainedSuggestion } from './suggestion-inputs';

export type RequestValues = {
	mentee_city: string;
	need: string;
	sectors: string[];
	components: string[];
	mentor_id: string;
};
export type RequestErrors = Partial<Record<string, MessageKey>>;

/** The choices the form offers: topics, and for admins (who propose) the mentee cities. */
export async function requestFormOptions({ chooseCity }: { chooseCity: boolean }) {
	const [sectors, components, cities] = await Promise.all([
		listSectors(),
		listComponents(),
		chooseCity ? cityChoices() : Promise.resolve(null)
	]);
	return {
		sectors,
		components,
		cities: cities?.map(({ slug, name }) => ({ slug, name })) ?? null
	};
}

/** The form as it shows again: exactly what was sent. A city officer's mentee city is theirs. */
export function requestValues(form: FormData, user: SessionUser): RequestValues {
	const raw = requestFromForm(form);
	return {
		mentee_city: user.role === 'mission_admin' ? String(raw.mentee_city) : (user.city?.slug ?? ''),
		need: String(raw.need).slice(0, 20_000),
		sectors: raw.sectors as string[],
		components: raw.components as string[],
		mentor_id: String(raw.mentor_id)
	};
}

export const emptyValues = (menteeCity = '', mentorId = ''): RequestValues => ({
	mentee_city: menteeCity,
	need: '',
	sectors: [],
	components: [],
	mentor_id: mentorId
});

/**
 * The ranked mentors for the topics chosen, in the reader's language, or the errors that keep
 * them from being ranked (no topic, no mentee city).
 */
export async function suggestionsFor(
	user: SessionUser,
	values: RequestValues,
	locale: Locale
): Promise<{ suggestions: ExplainedSuggestion[] | null; errors: RequestErrors }> {
	const errors: RequestErrors = {};
	const topics = v.safeParse(topicsSchema, values);
	if (!topics.success) Object.assign(errors, issuesByField(topics.issues));
	if (!values.mentee_city) {
		errors[user.role === 'mission_admin' ? 'mentee_city' : 'form'] =
			user.role === 'mission_admin'
				? 'mentorship.request.unknownCity'
				: 'mentorship.request.noCity';
	}
	if (!topics.success || !values.mentee_city) return { suggestions: null, errors };
	const suggestions = await suggestMentors(userDb(user), values.mentee_city, topics.output, locale);
	if (!suggestions) {
		return { suggestions: null, errors: { mentee_city: 'mentorship.request.unknownCity' } };
	}
	return { suggestions, errors };
}

export type SendResult =
	{ kind: 'created'; id: string } | { kind: 'refused'; status: 400 | 403; errors: RequestErrors };

/** Sends the request (or, from an admin, the proposal), or says what stands in the way. */
export async function sendRequest(
	user: SessionUser,
	values: RequestValues,
	{ propose }: { propose: boolean }
): Promise<SendResult> {
	if (!values.mentee_city) {
		return { kind: 'refused', status: 403, errors: { form: 'mentorship.request.noCity' } };
	}
	const parsed = v.safeParse(mentorshipRequestSchema, values);
	if (!parsed.success) {
		return { kind: 'refused', status: 400, errors: issuesByField(parsed.issues) };
	}
	const result = await requestMentorship(user, parsed.output, { propose });
	switch (result.kind) {
		case 'created':
			return result;
		case 'duplicate':
			return {
				kind: 'refused',
				status: 400,
				errors: { mentor_id: 'mentorship.request.alreadyOpen' }
			};
		case 'forbidden':
			return { kind: 'refused', status: 403, errors: { form: 'mentorship.request.forbidden' } };
		case 'invalid': {
			// A refusal about the programme is about the whole request, not one field.
			const field = ['mentee_city', 'mentor_id', 'sectors', 'components', 'need'].includes(
				result.field
			)
				? result.field
				: 'form';
			return { kind: 'refused', status: 400, errors: { [field]: result.message } };
		}
	}
}

/** A mentor from the directory, to preselect on the request form; null if not to be found. */
export async function directoryMentor(
	user: SessionUser,
	id: string
): Promise<{ id: string; name: string; city: { slug: string; name: string } } | null> {
	const db = userDb(user);
	const { data, error } = await db
		.from('mentor_directory')
		.select('id, name, city_id')
		.eq('id', id)
		.maybeSingle();
	if (error) throw new DatabaseError('reading a mentor', error);
	if (!data?.id || !data.name || !data.city_id) return null;
	const { data: city, error: cityError } = await db
		.from('cities')
		.select('slug, name')
		.eq('id', data.city_id)
		.single();
	if (cityError) throw new DatabaseError("reading a mentor's city", cityError);
	return { id: data.id, name: data.name, city };
}
