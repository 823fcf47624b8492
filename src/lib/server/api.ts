import { json } from '@sveltejs/kit';

/** A 400 answer naming each field that was wrong, the shape every JSON endpoint uses. */
export function badRequest(errors: Record<string, string>): Response {
	return json({ errors }, { status: 400 });
}

export function notFound(message: string): Response {
	return json({ error: 'not_found', message }, { status: 404 });
}
