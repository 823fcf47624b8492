import type { Message } from '../message';

/**
 * The messages of one area of the app, English and Hindi side by side. The Hindi catalogue must
 * carry every English key (the type checker enforces it), so a new string cannot ship half done.
 * Areas keep each domain's strings in a file of its own; en.ts and hi.ts spread them all.
 */
export function area<const E extends Record<string, Message>>(
	en: E,
	hi: { readonly [K in keyof E]: Message }
) {
	return { en, hi };
}
