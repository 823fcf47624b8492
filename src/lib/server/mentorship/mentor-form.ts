// What the mentor's own profile page and the admins' edit page share: the form's choices, its
// values, and saving it with errors beside the fields and the input kept.
import type { MessageKey } from '$lib/i18n';
import { parseProfileForm, profileFormValues, profileToFormValues } from '$lib/schemas/mentor';
import type { ProfileFormValues } from '$lib/schemas/mentor';
import type { Db } from '../supabase';
import { expertiseChoices, getProfileForEdit, saveMentorProfile } from './mentors';
import { programmeChoices } from './programmes';

/** The lists the profile form offers, named in both languages. */
export async function profileFormOptions(db: Db) {
	const [expertise, programmes] = await Promise.all([expertiseChoices(), programmeChoices(db)]);
	return { ...expertise, programmes };
}

const blank: ProfileFormValues = {
	bio_markdown: '',
	languages: [],
	other_languages: '',
	capacity: '3',
	sectors: [],
	components: [],
	programmes: [],
	is_public: ''
};

/** The form filled with the saved profile, or blank (with the defaults) when there is none. */
export async function profileFormFor(
	db: Db,
	userId: string
): Promise<{ values: ProfileFormValues; exists: boolean }> {
	const saved = await getProfileForEdit(db, userId);
	return saved
		? { values: profileToFormValues(saved), exists: true }
		: { values: blank, exists: false };
}

export type ProfileFormOutcome =
	| { kind: 'saved' }
	| {
			kind: 'invalid';
			status: 400 | 403;
			values: ProfileFormValues;
			errors: Record<string, MessageKey>;
	  };

/** Checks and saves the profile form as the signed-in user, for the mentor `userId`. */
export async function submitProfileForm(
	db: Db,
	userId: string,
	form: FormData
): Promise<ProfileFormOutcome> {
	const values = profileFormValues(form);
	const options = await profileFormOptions(db);
	const parsed = parseProfileForm(values, {
		sectors: options.sectors.map((s) => s.slug),
		components: options.components.map((c) => c.slug),
		programmes: options.programmes.map((p) => p.slug)
	});
	if (!parsed.ok) return { kind: 'invalid', status: 400, values, errors: parsed.errors };
	const result = await saveMentorProfile(db, userId, parsed.data);
	if (result.kind === 'forbidden') {
		return { kind: 'invalid', status: 403, values, errors: { form: 'mentorProfile.forbidden' } };
	}
	if (result.kind === 'invalid') {
		console.warn('mentor profile: refused by the database:', result.message);
		const field = result.field in values ? result.field : 'form';
		return {
			kind: 'invalid',
			status: 400,
			values,
			errors: { [field]: field === 'form' ? 'form.invalid' : 'practice.unknownValue' }
		};
	}
	return { kind: 'saved' };
}
