// The one parser for query strings: every list page and JSON endpoint describes its parameters
// as a valibot object schema and reads them through `parseQuery`. An unknown, repeated or
// invalid parameter is reported by name, so the API answers 400 and a page can say which
// filter it could not use. The same schemas describe the parameters in the OpenAPI document.
import * as v from 'valibot';
import { isLocale, locales } from '$lib/i18n';
import { LANG_PARAM } from '$lib/seo';

/** A parameter's value as the URL gives it: a trimmed string, or absent. */
type Raw = string | undefined;

/** A query-string schema: an object whose entries each read one optional string. */
export type QuerySchema = v.ObjectSchema<
	Record<string, v.GenericSchema<Raw, unknown>>,
	v.ErrorMessage<v.ObjectIssue> | undefined
>;

export type QueryResult<T> =
	| { ok: true; data: T }
	| {
			ok: false;
			/** What the parser could read; each invalid parameter falls back to its default. */
			data: T;
			/** English messages by parameter name, the API's `{ errors }` body. */
			errors: Record<string, string>;
			/** The parameters that were wrong, with the value given, for pages to name them. */
			invalid: { field: string; value: string }[];
	  };

/**
 * A whole number from 1 to `max`; absent or empty gives `fallback`. (Used for `page`,
 * `per_page` and the like.)
 */
export function positiveInt(fallback: number, max = 1_000_000_000) {
	return v.pipe(
		v.optional(v.string(), String(fallback)),
		v.regex(/^\d{1,10}$/, `must be a whole number from 1 to ${max}`),
		v.transform(Number),
		v.minValue(1, `must be a whole number from 1 to ${max}`),
		v.maxValue(max, `must be a whole number from 1 to ${max}`)
	);
}

/** One of a closed list of values; absent or empty gives undefined. */
export function oneOf<const T extends readonly string[]>(values: T) {
	return v.optional(v.picklist(values, `must be one of: ${values.join(', ')}`));
}

/** Free text cut to `max` characters; absent or empty gives undefined. */
export function text(max: number) {
	return v.optional(
		v.pipe(
			v.string(),
			v.transform((s) => s.normalize('NFC').slice(0, max))
		)
	);
}

/** A calendar day, YYYY-MM-DD; absent or empty gives undefined. */
export function day() {
	return v.optional(
		v.pipe(
			v.string(),
			v.isoDate('must be a date as YYYY-MM-DD'),
			// Date.parse rolls 2025-02-30 over to 2 March; a real day reads back as itself.
			v.check(
				(s) =>
					!Number.isNaN(Date.parse(s)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
				'must be a real date'
			)
		)
	);
}

/**
 * Reads `params` with `schema`. Values are trimmed, and an empty value counts as absent (a
 * plain GET form sends every field, filled or not). Parameters the schema does not name, given
 * twice, or failing their schema are reported; `data` still holds every valid value, with each
 * invalid one at its default, so a page can show results and name what it ignored.
 */
export function parseQuery<S extends QuerySchema>(
	schema: S,
	params: URLSearchParams
): QueryResult<v.InferOutput<S>> {
	const errors: Record<string, string> = {};
	const invalid: { field: string; value: string }[] = [];
	const raw: Record<string, string> = {};
	for (const [name, value] of params) {
		// Every page takes `lang` (read by the locale hook), so no schema has to name it.
		if (name === LANG_PARAM && !(name in schema.entries)) {
			if (!isLocale(value.trim())) {
				errors[name] = `${name} must be one of: ${locales.join(', ')}`;
				invalid.push({ field: name, value });
			}
		} else if (!(name in schema.entries)) {
			errors[name] = `unknown parameter “${name}”`;
			invalid.push({ field: name, value });
		} else if (name in raw) {
			errors[name] = `“${name}” is given more than once`;
			invalid.push({ field: name, value });
		} else if (value.trim() !== '') {
			raw[name] = value.trim();
		}
	}
	const data: Record<string, unknown> = {};
	for (const [name, entry] of Object.entries(schema.entries)) {
		const result = v.safeParse(entry, raw[name]);
		if (result.success) {
			data[name] = result.output;
			continue;
		}
		errors[name] ??= `${name} ${result.issues[0].message}`.replace(
			/^(\S+) Invalid /,
			'$1: invalid '
		);
		invalid.push({ field: name, value: raw[name] ?? '' });
		// The default: what the schema gives for an absent value.
		const fallback = v.safeParse(entry, undefined);
		data[name] = fallback.success ? fallback.output : undefined;
	}
	const output = data as v.InferOutput<S>;
	return Object.keys(errors).length === 0
		? { ok: true, data: output }
		: { ok: false, data: output, errors, invalid };
}
