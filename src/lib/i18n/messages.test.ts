import { describe, expect, it } from 'vitest';
import type { Message } from './message';

// Every catalogue file, area by area: a translation must carry exactly the keys of its English
// file and the same placeholders, in its own script. The type checker enforces the keys as well;
// this test names the missing ones.
const files = import.meta.glob<Record<string, Record<string, Message>>>('./messages/*/*.ts', {
	eager: true
});

const TRANSLATIONS = {
	hi: /[\u0900-\u097F]/,
	mr: /[\u0900-\u097F]/,
	gu: /[\u0A80-\u0AFF]/
} as const;

/** Messages every language writes alike: the languages' own names, and names of formats. */
const SHARED = new Set(['English', 'हिन्दी', 'ગુજરાતી', 'मराठी', 'CSV', 'Excel', 'JSON', 'API']);

const areas = Object.keys(files)
	.filter((path) => path.startsWith('./messages/en/'))
	.map((path) => path.slice('./messages/en/'.length));

const catalogue = (path: string) => Object.values(files[path] ?? {})[0];
const text = (m: Message) => (typeof m === 'string' ? m : `${m.one} ${m.other}`);
const placeholders = (m: Message) =>
	text(m)
		.match(/\{\w+\}/g)
		?.sort() ?? [];

describe.each(Object.keys(TRANSLATIONS) as (keyof typeof TRANSLATIONS)[])(
	'the %s catalogue',
	(locale) => {
		it.each(areas)('translates every key of %s, with its placeholders, in its script', (area) => {
			const english = catalogue(`./messages/en/${area}`);
			const translated = catalogue(`./messages/${locale}/${area}`);
			expect(translated, `messages/${locale}/${area} is missing`).toBeDefined();
			const missing = Object.keys(english).filter((key) => !(key in translated));
			const extra = Object.keys(translated).filter((key) => !(key in english));
			expect({ missing, extra }).toEqual({ missing: [], extra: [] });
			for (const [key, message] of Object.entries(english)) {
				const own = translated[key];
				expect(typeof own, key).toBe(typeof message);
				expect(placeholders(own), key).toEqual(placeholders(message));
				expect(text(own).trim(), key).not.toBe('');
				// Only a message with no letters once its placeholders are out (`{count}`, `{a}: {b}`),
				// or one the languages write alike, may be without the locale's script.
				const letters = text(own)
					.replace(/\{\w+\}/g, '')
					.replace(/[^\p{L}]/gu, '');
				if (letters && !SHARED.has(text(own))) {
					expect(text(own), key).toMatch(TRANSLATIONS[locale]);
				}
			}
		});
	}
);
