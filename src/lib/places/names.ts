// Names of places in the reader's language. The root layout's data carries the names of the
// reader's language (none for English, whose names are the data's own); pages name a place
// through the i18n context's `place`, which falls back to the English name.

export type PlaceKind = 'city' | 'state' | 'zone' | 'component';

/** Names by `kind:key`: `city:kanpur` → कानपुर. */
export type PlaceNames = Record<string, string>;

/** A place's name from `names`, or its English name when the language has none. */
export function placeName(
	names: PlaceNames,
	kind: PlaceKind,
	key: string,
	english: string
): string {
	return names[`${kind}:${key}`] ?? english;
}
