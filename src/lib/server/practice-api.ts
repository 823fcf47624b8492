import * as v from 'valibot';
import { translate } from '$lib/i18n';
import type { MessageKey } from '$lib/i18n';
import { issuesByField } from '$lib/schemas/practice';
import { apiError, badRequest } from './api';
import { renderMarkdown } from './markdown';
import type { Practice } from './practices';

/** A practice as the JSON API returns it. */
export function practiceJson(practice: Practice) {
	return {
		slug: practice.slug,
		kind: practice.kind,
		status: practice.status,
		language: practice.language,
		title: practice.title,
		title_en: practice.title_en,
		summary_en: practice.summary_en,
		markdown: practice.markdown,
		html: renderMarkdown(practice.markdown).html,
		city: { slug: practice.city.slug, name: practice.city.name },
		sectors: practice.sectors,
		components: practice.components,
		outcomes: practice.outcomes,
		version: practice.version,
		created_at: practice.created_at,
		updated_at: practice.updated_at
	};
}

/**
 * Reads a JSON body against a schema, or the answer: 415 for a body that is not declared JSON,
 * 400 naming each bad field in English.
 */
export async function readJson<T extends v.GenericSchema>(
	request: Request,
	schema: T
): Promise<{ ok: true; data: v.InferOutput<T> } | { ok: false; response: Response }> {
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	if (type !== 'application/json' && !type.endsWith('+json')) {
		return { ok: false, response: apiError(415) };
	}
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return { ok: false, response: badRequest({ body: 'the body must be JSON' }) };
	}
	const result = v.safeParse(schema, body);
	if (result.success) return { ok: true, data: result.output };
	const errors = Object.fromEntries(
		Object.entries(issuesByField(result.issues)).map(([field, key]) => [
			field,
			translate('en', key as MessageKey)
		])
	);
	return { ok: false, response: badRequest(errors) };
}

export function forbidden(): Response {
	return apiError(403, 'You may not make this change.');
}
