// The search glossary (supabase/data/glossary.json): groups of terms that mean the same thing in
// different scripts and spellings. Meilisearch gets it as synonyms; the Postgres fallback expands
// queries with it. Plain TypeScript with no SvelteKit imports, so scripts can use it too.
import glossaryData from '../../../../supabase/data/glossary.json' with { type: 'json' };

export interface GlossaryGroup {
	/** The English headword. */
	en: string;
	terms: string[];
}

/** Lowercased, NFC, single-spaced: the form terms and queries are compared in. */
export function normaliseTerm(term: string): string {
	return term.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export const glossary: GlossaryGroup[] = (glossaryData as { groups: GlossaryGroup[] }).groups.map(
	(group) => ({
		en: group.en,
		terms: [...new Set([group.en, ...group.terms].map(normaliseTerm).filter(Boolean))]
	})
);

/** Meilisearch synonyms: every term of a group stands for every other one. */
export function synonymsOf(groups: GlossaryGroup[]): Record<string, string[]> {
	const synonyms: Record<string, string[]> = {};
	for (const { terms } of groups) {
		for (const term of terms) {
			synonyms[term] = [
				...new Set([...(synonyms[term] ?? []), ...terms.filter((t) => t !== term)])
			];
		}
	}
	return synonyms;
}

// Punctuation at either end of a word is not part of it ("iccc," or "(gis)").
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * A query as groups of alternatives, for the Postgres fallback: each glossary term found in the
 * query (the longest first, up to five words) becomes its whole group; every other word stands
 * for itself. "iccc कैमरा" → [["iccc", "आईसीसीसी", …], ["कैमरा", "camera", …]].
 */
export function expandQuery(query: string, groups: GlossaryGroup[] = glossary): string[][] {
	const byTerm = new Map<string, string[]>();
	for (const { terms } of groups) for (const term of terms) byTerm.set(term, terms);
	const words = normaliseTerm(query).split(' ').filter(Boolean);
	const result: string[][] = [];
	for (let i = 0; i < words.length;) {
		let matched = 0;
		for (let n = Math.min(5, words.length - i); n >= 1 && !matched; n--) {
			const phrase = words.slice(i, i + n).join(' ');
			const terms = byTerm.get(phrase) ?? byTerm.get(phrase.replace(EDGE_PUNCTUATION, ''));
			if (terms) {
				result.push(terms);
				matched = n;
			}
		}
		if (matched) {
			i += matched;
			continue;
		}
		const word = words[i].replace(EDGE_PUNCTUATION, '');
		if (word) result.push([word]);
		i++;
	}
	return result;
}
