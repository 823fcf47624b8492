// The index's vocabulary for the loanword bridge (bridge.ts), read from search_words. Searches
// use the vocabulary at hand and never wait for a new one, except the first, which waits for the
// first read at most FIRST_WAIT_MS (then goes without): after the index changes, a fresh read
// starts in the background, at most once a minute. A failed read leaves the bridge with what it
// had (empty at first), is logged, and is tried again with the next search a minute on.
import { onChange } from '../changes';
import { systemDb } from '../db';
import { buildVocabulary, emptyVocabulary, soundKeysOf, type Vocabulary } from './bridge.ts';

const REFRESH_MS = 60_000;
const FIRST_WAIT_MS = 200;

let current: Vocabulary | null = null;
let loading: Promise<Vocabulary> | null = null;
let loadedAt = 0;
let stale = true;

onChange((changed) => {
	if (changed === 'all' || changed.has('search_index_state') || changed.has('search_index')) {
		stale = true;
	}
});

async function load(): Promise<Vocabulary> {
	const { data, error } = await systemDb().rpc('search_word_list');
	if (error) throw new Error(error.message);
	const rows = data as unknown as [string, boolean][];
	return buildVocabulary(rows.flatMap(([word, indic]) => soundKeysOf({ word, indic })));
}

function refresh(): Promise<Vocabulary> {
	loading ??= load()
		.then((vocabulary) => {
			current = vocabulary;
			return vocabulary;
		})
		.catch((error: Error) => {
			console.error(`search: could not read the vocabulary: ${error.message}`);
			stale = true;
			return (current ??= emptyVocabulary());
		})
		.finally(() => {
			loadedAt = Date.now();
			loading = null;
		});
	return loading;
}

/** The vocabulary for a search: the first read is waited for, briefly; later ones are not. */
export async function searchVocabularyWords(): Promise<Vocabulary> {
	if (!current) {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const late = new Promise<Vocabulary>((resolve) => {
			timer = setTimeout(() => resolve(emptyVocabulary()), FIRST_WAIT_MS);
		});
		try {
			return await Promise.race([refresh(), late]);
		} finally {
			clearTimeout(timer);
		}
	}
	if (stale && Date.now() - loadedAt >= REFRESH_MS) {
		stale = false;
		void refresh();
	}
	return current;
}

/** For tests: read the vocabulary again now, and wait for it. */
export function reloadSearchVocabulary(): Promise<Vocabulary> {
	stale = false;
	return refresh();
}
