import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import relevance from '../relevance/queries.json' with { type: 'json' };
import { rebuildIndex } from '../../src/lib/server/search/indexer';
import { resetSearchClient } from '../../src/lib/server/search/client';
import { meiliRequest } from '../../src/lib/server/search/request';
import { ensureSearchKeys, keyUid } from '../../src/lib/server/search/keys';
import { normaliseForSearch } from '../../src/lib/server/search/phonetic';
import { resetSearchCoolDown, search } from '../../src/lib/server/search/service';
import { reloadSearchVocabulary } from '../../src/lib/server/search/words';
import { service } from './clients';

// The relevance set (tests/relevance/queries.json), searched on the seeded practices through the
// app's own search:
// - each query must bring its practice into the top three practices; the share that do is
//   printed per group and overall, and each group must reach its floor;
// - English queries must find the same top three with the romanised and loanword bridges as
//   without them (the words as typed, alone);
// - the bridges must not add results to short common words.
type Group = 'native' | 'romanised' | 'loanword';
interface Case {
	q: string;
	language: string;
	group: Group;
	expect: string;
	checks: string;
}
const set = relevance as {
	queries: Case[];
	english_unchanged: string[];
	common_words: string[];
};
/** The share of each group's queries that must find their practice. */
const FLOORS: Record<Group, number> = { native: 1, romanised: 0.95, loanword: 0.95 };

const env = inject('stackEnv');
const uid = `test_relevance_${Date.now()}`;
const master = new Meilisearch({ host: env.MEILISEARCH_URL, apiKey: inject('meiliMasterKey') });
const outcomes = new Map<Case, string[]>();

beforeAll(async () => {
	process.env.MEILISEARCH_INDEX = uid;
	// Keys of this test's own, made the way the stack makes the platform's.
	const keys = await ensureSearchKeys(master, uid);
	process.env.MEILISEARCH_SEARCH_KEY = keys.searchKey;
	resetSearchClient();
	resetSearchCoolDown();
	const meili = new Meilisearch({ host: env.MEILISEARCH_URL, apiKey: keys.indexKey });
	await rebuildIndex(service(), meili, { uid });
	await reloadSearchVocabulary();
});

afterAll(async () => {
	const share = (cases: Case[]) => {
		const passed = cases.filter((c) => outcomes.get(c)?.includes(c.expect)).length;
		return `${passed} of ${cases.length} (${((passed / Math.max(cases.length, 1)) * 100).toFixed(1)} %)`;
	};
	const all = [...outcomes.keys()];
	for (const group of Object.keys(FLOORS) as Group[]) {
		console.log(`relevance, ${group}: ${share(all.filter((c) => c.group === group))}`);
	}
	console.log(`relevance, overall: ${share(all)}`);
	for (const c of all.filter((c) => !outcomes.get(c)?.includes(c.expect))) {
		console.log(
			`  not in the top 3 (${c.group}): “${c.q}” → ${outcomes.get(c)?.join(', ') || 'nothing'}`
		);
	}
	await master.deleteIndex(uid).catch(() => {});
	for (const purpose of ['search', 'index'] as const) {
		await master.deleteKey(keyUid(purpose, uid)).catch(() => {});
	}
	process.env.MEILISEARCH_SEARCH_KEY = env.MEILISEARCH_SEARCH_KEY;
	resetSearchClient();
	// The index state is shared: with this test's index gone, nothing may count as indexed, so
	// the app that runs next on this stack rebuilds its own index from scratch.
	await service().rpc('replace_search_index_state', { p_state: [] });
	delete process.env.MEILISEARCH_INDEX;
});

/** The top practices of the first page (of ten, as the search page shows) the app finds. */
async function appTop(q: string, top = 3) {
	const result = await search({ q, filters: { type: 'practice' }, page: 1, perPage: 10 });
	expect(result.engine).toBe('meilisearch');
	return { slugs: result.hits.slice(0, top).map((h) => h.slug), total: result.total };
}

/** The top practices for the words as typed alone: the request without any bridge. */
async function plainTop(q: string, top = 3) {
	const request = meiliRequest(
		uid,
		{ q: normaliseForSearch(q), keys: [], alternatives: [] },
		{ filter: ['type = "practice"'], offset: 0, limit: top }
	);
	const response = await fetch(`${env.MEILISEARCH_URL}/${request.path}`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			authorization: `Bearer ${inject('meiliMasterKey')}`
		},
		body: JSON.stringify(request.body)
	});
	const body = (await response.json()) as { hits: { slug: string }[]; estimatedTotalHits: number };
	return { slugs: body.hits.map((h) => h.slug), total: body.estimatedTotalHits };
}

describe('the relevance set', () => {
	it('has the queries the issue asks for: 40 romanised, 20 loanwords, every language', () => {
		const { queries } = set;
		expect(queries.filter((q) => q.group === 'romanised').length).toBeGreaterThanOrEqual(40);
		expect(queries.filter((q) => q.group === 'loanword').length).toBeGreaterThanOrEqual(20);
		for (const language of ['hi', 'gu', 'mr']) {
			for (const group of ['native', 'romanised', 'loanword']) {
				expect(
					queries.filter((q) => q.language === language && q.group === group).length,
					`${group} ${language}`
				).toBeGreaterThanOrEqual(group === 'loanword' ? 4 : 8);
			}
		}
		expect(queries.filter((q) => q.language === 'en').length).toBeGreaterThanOrEqual(8);
	});

	describe.each(Object.keys(FLOORS) as Group[])('the %s group', (group) => {
		const cases = set.queries.filter((q) => q.group === group);
		it(`finds the named practice in the top 3 for ${FLOORS[group] * 100} % of its queries or more`, async () => {
			const failed: string[] = [];
			for (const c of cases) {
				const { slugs } = await appTop(c.q);
				outcomes.set(c, slugs);
				if (!slugs.includes(c.expect)) failed.push(`“${c.q}” → ${slugs.join(', ') || 'nothing'}`);
			}
			const share = (cases.length - failed.length) / cases.length;
			expect(share, `not found in the top 3:\n${failed.join('\n')}`).toBeGreaterThanOrEqual(
				FLOORS[group]
			);
		});
	});

	it('finds the same top 3 for English queries with the bridges as without', async () => {
		const english = [
			...set.english_unchanged,
			...set.queries.filter((q) => q.language === 'en').map((q) => q.q)
		];
		expect(english.length).toBeGreaterThanOrEqual(30);
		for (const q of english) {
			expect((await appTop(q)).slugs, q).toEqual((await plainTop(q)).slugs);
		}
	});

	it('adds no results to short common words', async () => {
		expect(set.common_words.length).toBeGreaterThanOrEqual(15);
		for (const word of set.common_words) {
			const [app, plain] = [await appTop(word, 10), await plainTop(word, 10)];
			expect(app.total, word).toBe(plain.total);
			expect(app.slugs, word).toEqual(plain.slugs);
		}
	});
});
