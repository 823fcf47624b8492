// What the indexer keeps beside the index for each document (see the search_companions
// migration): the phonetic keys of its Indic words, which the Postgres fallback searches, and
// the words of its texts, which the loanword bridge matches queries with.
import type { SearchDocument } from './documents.ts';
import { indicScript, isAcronym, WORD } from './phonetic.ts';

/** The companion row of each document: its romanised keys (as tokens), once each. */
export function companionRows(documents: SearchDocument[]) {
	return documents.map((doc) => {
		const [entity, ...rest] = doc.id.split('-');
		const keys = new Set(
			`${doc.roman_title ?? ''} ${doc.roman_body ?? ''}`.split(' ').filter(Boolean)
		);
		return { entity, entity_id: rest.join('-'), roman: [...keys].join(' ') };
	});
}

/** Words longer than this are not words a loanword would be. */
const MAX_WORD = 30;

/**
 * The distinct words of the documents' texts: English ones lowercased, acronyms (GPS) as they
 * are written too, since they are said by their letters.
 */
export function wordRows(documents: SearchDocument[]) {
	const rows = new Map<string, { word: string; indic: boolean }>();
	for (const doc of documents) {
		for (const [field, value] of Object.entries(doc)) {
			if (typeof value !== 'string' || !/^(title|summary|body)_/.test(field)) continue;
			for (const [match] of value.matchAll(WORD)) {
				if (match.length < 2 || match.length > MAX_WORD) continue;
				const indic = indicScript(match) !== null;
				const words = indic ? [match] : [match.toLowerCase(), ...(isAcronym(match) ? [match] : [])];
				for (const word of words) if (!rows.has(word)) rows.set(word, { word, indic });
			}
		}
	}
	return [...rows.values()];
}
