// The fallback: Postgres full-text search (the search_fallback function, with the glossary's
// term groups) answering in the same shape as Meilisearch when Meilisearch is down or slow.
import * as v from 'valibot';
import { FACETS } from '$lib/search';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';
import type { Answer } from './cache';
import { planQuery } from './bridge.ts';
import { companionToken } from './phonetic.ts';
import { expandQuery } from './glossary.ts';
import { crop, markedHtml, markTerms, withoutMarkers } from './highlight';
import type { SearchQuery } from './query';
import { searchVocabularyWords } from './words';

const counts = v.record(v.string(), v.number());

/** What search_fallback returns (PostgREST types it only as JSON): read once, here. */
const FallbackResult = v.object({
	total: v.number(),
	hits: v.array(
		v.object({
			type: v.picklist(['practice', 'city']),
			slug: v.string(),
			title: v.string(),
			title_en: v.string(),
			summary_en: v.string(),
			language: v.string(),
			kind: v.nullable(v.string()),
			city_slug: v.string(),
			city_name: v.string()
		})
	),
	facets: v.record(v.string(), counts)
});

/** Searches with Postgres. Throws a DatabaseError when Postgres fails too. */
export async function postgresSearch(query: SearchQuery): Promise<Answer> {
	const groups = await wordGroups(query.q);
	const { data, error } = await publicDb().rpc('search_fallback', {
		p_groups: groups,
		p_query: query.q,
		p_filters: { ...query.filters, sort: query.sort ?? 'relevance' },
		p_limit: query.perPage,
		p_offset: (query.page - 1) * query.perPage
	});
	if (error) throw new DatabaseError('searching with Postgres', error);
	const result = v.parse(FallbackResult, data);
	const terms = groups.flat();
	return {
		engine: 'postgres',
		total: result.total,
		page: query.page,
		per_page: query.perPage,
		hits: result.hits.map((row) => ({
			type: row.type,
			slug: row.slug,
			title: row.title,
			title_en: row.title_en,
			summary_en: row.summary_en,
			language: row.language,
			kind: row.kind,
			city: { slug: row.city_slug, name: row.city_name },
			highlight: {
				title: markedHtml(markTerms(withoutMarkers(row.title), terms)),
				title_language: row.type === 'practice' ? row.language : 'en',
				snippet: markedHtml(markTerms(crop(withoutMarkers(row.summary_en), terms), terms)),
				snippet_language: 'en'
			}
		})),
		// When asked, every facet is present, as in Meilisearch's answer, even when nothing counts.
		...(query.facets
			? { facets: Object.fromEntries(FACETS.map((f) => [f.field, result.facets[f.field] ?? {}])) }
			: {})
	};
}

/**
 * The query's word groups: the glossary's groups for the terms it finds, and each other word
 * with its phonetic key (found in the romanised companions) and its alternatives in another
 * script. A word's key or alternative is matched as the word is: anywhere in the text.
 */
async function wordGroups(q: string): Promise<string[][]> {
	const plan = planQuery(q, await searchVocabularyWords());
	const extra = new Map<string, string[]>();
	for (const word of plan.words) {
		const more = [...(word.key ? [companionToken(word.key)] : []), ...word.alternatives];
		if (more.length > 0) extra.set(word.word.toLowerCase(), more);
	}
	return expandQuery(plan.q).map((group) =>
		group.length === 1 && extra.has(group[0]) ? [...group, ...extra.get(group[0])!] : group
	);
}
