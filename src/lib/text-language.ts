// The language of text officers write where no language is stored with it (a need, an agenda,
// notes), for the `lang` attribute screen readers and fonts go by. Judged by the script most of
// its letters are in; Devanagari is read as Hindi (Marathi shares it, and reads acceptably so).
const scripts: [RegExp, string][] = [
	[/[\u0900-\u097F]/gu, 'hi'],
	[/[\u0A80-\u0AFF]/gu, 'gu'],
	[/[\u0980-\u09FF]/gu, 'bn'],
	[/[\u0A00-\u0A7F]/gu, 'pa'],
	[/[\u0B00-\u0B7F]/gu, 'or'],
	[/[\u0B80-\u0BFF]/gu, 'ta'],
	[/[\u0C00-\u0C7F]/gu, 'te'],
	[/[\u0C80-\u0CFF]/gu, 'kn'],
	[/[\u0D00-\u0D7F]/gu, 'ml'],
	[/[A-Za-z]/gu, 'en']
];

/** The BCP 47 tag of the script most letters of `text` are in; `fallback` when it has none. */
export function textLanguage(text: string, fallback = 'en'): string {
	let best = fallback;
	let most = 0;
	for (const [pattern, tag] of scripts) {
		const count = text.match(pattern)?.length ?? 0;
		if (count > most) {
			most = count;
			best = tag;
		}
	}
	return best;
}
