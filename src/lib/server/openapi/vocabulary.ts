// The filter values the API document lists: read as the endpoints read them (each cached).
import { cityFilterOptions } from '../cities';
import { practiceVocabulary } from '../practice-query';
import { searchVocabulary } from '../search/vocabulary';
import type { ApiVocabulary } from './registry';

/** The vocabularies of the practices and search filters, as the endpoints check them today. */
export async function apiVocabulary(): Promise<ApiVocabulary> {
	const [options, search] = await Promise.all([cityFilterOptions(), searchVocabulary()]);
	return { practices: await practiceVocabulary(options.states.map((s) => s.value)), search };
}
