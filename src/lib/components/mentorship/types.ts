// Shapes the mentorship page's components share (what the server sends them).
import type { MessageKey } from '$lib/i18n';

export interface PersonChoice {
	id: string;
	name: string;
	designation: string | null;
	side: 'mentor' | 'mentee' | null;
	can_take_part: boolean;
}

export interface SideNames {
	mentor: string;
	mentee: string;
}

export type Errors = Partial<Record<string, MessageKey>>;

/** A form's answer from the server, as the page hands it to a component (or null). */
export interface FormSlice {
	id?: string;
	values?: Record<string, unknown>;
	errors?: Errors;
	saved?: unknown;
	version?: string;
	conflict?: unknown;
	unknown?: string[];
	stage?: string;
}

/** One form's answer, by the name the server files it under (ActionData is a union of them). */
export function sliceOf(
	form: Record<string, unknown> | null | undefined,
	key: string
): FormSlice | null {
	const value = form?.[key];
	return value && typeof value === 'object' ? (value as FormSlice) : null;
}
