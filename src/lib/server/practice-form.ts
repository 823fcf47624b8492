// What the practice editor's new and edit pages share: its choices, reading the form back, and
// turning a failed parse into errors next to the fields with the text kept.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { practiceFromForm, practiceSchema, issuesByField } from '$lib/schemas/practice';
import type { PracticeInput } from '$lib/schemas/practice';
import type { SessionUser } from './auth/session';
import { cityChoices } from './cities';
import { renderMarkdown } from './markdown';
import { allowedStatuses, canMoveCity } from './practice-access';
import { listComponents, listSectors } from './practices';

/** The choices the editor offers this user. */
export async function editorOptions(user: SessionUser) {
	const [cities, sectors, components] = await Promise.all([
		cityChoices(),
		listSectors(),
		listComponents()
	]);
	return {
		cities: cities.map(({ slug, name }) => ({ slug, name })),
		sectors,
		components,
		statuses: allowedStatuses(user),
		// The origin city is the author's own; only admins pick another, or move a practice.
		cityLocked: !canMoveCity(user)
	};
}

export type EditorValues = ReturnType<typeof editorValues>;

/** The form as the editor shows it again: exactly what the user typed, nothing lost. */
export function editorValues(form: FormData) {
	const raw = practiceFromForm(form);
	return {
		kind: String(raw.kind),
		city: String(raw.city),
		language: String(raw.language),
		title: String(raw.title),
		title_en: String(raw.title_en),
		summary_en: String(raw.summary_en),
		markdown: String(raw.markdown),
		sectors: raw.sectors as string[],
		components: raw.components as string[],
		outcomes: form
			.getAll('outcome_label')
			.map((label, i) => ({
				label: String(label),
				value: String(form.getAll('outcome_value')[i] ?? ''),
				unit: String(form.getAll('outcome_unit')[i] ?? '')
			}))
			.filter((row) => row.label || row.value || row.unit),
		status: String(raw.status ?? 'draft')
	};
}

/**
 * Parses the editor form. The origin city of a non-admin is always their own, whatever was
 * sent (and when editing, `changesOf` leaves the city out); sectors and components must come
 * from their lists.
 */
export async function parseEditorForm(
	form: FormData,
	user: SessionUser,
	options: { sectors: { slug: string }[]; components: { slug: string }[] }
): Promise<{ ok: true; data: PracticeInput } | { ok: false; errors: Record<string, MessageKey> }> {
	const raw = practiceFromForm(form);
	if (!canMoveCity(user) && user.city) raw.city = user.city.slug;
	const result = v.safeParse(practiceSchema, raw);
	if (!result.success) return { ok: false, errors: issuesByField(result.issues) };
	const errors: Record<string, MessageKey> = {};
	const sectorSlugs = new Set(options.sectors.map((s) => s.slug));
	const componentSlugs = new Set(options.components.map((c) => c.slug));
	if (result.output.sectors.some((s) => !sectorSlugs.has(s))) {
		errors.sectors = 'practice.unknownValue';
	}
	if (result.output.components.some((c) => !componentSlugs.has(c))) {
		errors.components = 'practice.unknownValue';
	}
	if (!allowedStatuses(user).includes(result.output.status)) {
		errors.status = 'practice.unknownValue';
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: result.output };
}

/**
 * The changes an edit makes. Only an admin moves a practice to another city: for anyone else the
 * city is not part of the change, so a mentor editing another city's practice leaves it there.
 */
export function changesOf(user: SessionUser, input: PracticeInput): Partial<PracticeInput> {
	if (canMoveCity(user)) return input;
	const changes: Partial<PracticeInput> = { ...input };
	delete changes.city;
	return changes;
}

/** The editor's preview: the same renderer as the published page. */
export function previewOf(form: FormData) {
	const markdown = form.get('markdown');
	return {
		html: renderMarkdown(typeof markdown === 'string' ? markdown.slice(0, 300_000) : '').html
	};
}
