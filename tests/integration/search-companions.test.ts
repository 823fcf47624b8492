// What lets search find queries typed another way, kept beside the index: the romanised
// companions, the index's words and the names of places. Who may read and write them through
// PostgREST, and the Postgres fallback finding romanised queries and city names with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userDb } from '../../src/lib/server/db';
import type { DbUser } from '../../src/lib/server/db';
import { postgresSearch } from '../../src/lib/server/search/postgres';
import {
	companionToken,
	phoneticKey,
	romanisedCompanion
} from '../../src/lib/server/search/phonetic';
import { anon, service } from './clients';

const thane = 'thane-memorandum-of-cooperation-japan-mlit-smart-city';
let thaneId: string;
let draftId: string;
let admin: DbUser;
/** Thane's companion as the indexer wrote it, put back afterwards. */
let thaneRoman: string | null = null;

beforeAll(async () => {
	const db = service();
	const practices = await db.from('practices').select('id, slug, status');
	if (practices.error) throw new Error(practices.error.message);
	thaneId = practices.data.find((p) => p.slug === thane)!.id;
	draftId = practices.data.find((p) => p.status === 'draft')!.id;
	const { data } = await db
		.from('users')
		.select('id, role, city_id')
		.eq('email', 'admin@citysetu.test')
		.single();
	admin = { id: data!.id, role: data!.role as DbUser['role'], cityId: data!.city_id };
	// The companion of a published practice as the indexer writes it (from its text), and one for
	// a draft (which the indexer never writes: here it stands for one unpublished after it was
	// indexed).
	const before = await db.from('search_companions').select('roman').eq('entity_id', thaneId);
	thaneRoman = before.data?.[0]?.roman ?? null;
	const thanePractice = await db
		.from('practices')
		.select('title, markdown')
		.eq('id', thaneId)
		.single();
	const roman = romanisedCompanion(`${thanePractice.data?.title} ${thanePractice.data?.markdown}`);
	expect(roman.split(' ')).toContain(companionToken(phoneticKey('करार')));
	const put = await db.rpc('put_search_companions', {
		p_rows: [
			{ entity: 'practice', entity_id: thaneId, roman },
			{ entity: 'practice', entity_id: draftId, roman: companionToken('drftky') }
		],
		p_gone: []
	});
	expect(put.error).toBeNull();
});

afterAll(async () => {
	await service().rpc('put_search_companions', {
		p_rows: thaneRoman ? [{ entity: 'practice', entity_id: thaneId, roman: thaneRoman }] : [],
		p_gone: [
			{ entity: 'practice', entity_id: draftId },
			...(thaneRoman ? [] : [{ entity: 'practice', entity_id: thaneId }])
		]
	});
});

describe('search_companions', () => {
	it('shows the public the companions of published practices only', async () => {
		const { data, error } = await anon()
			.from('search_companions')
			.select('entity_id, roman')
			.in('entity_id', [thaneId, draftId]);
		expect(error).toBeNull();
		expect(data?.map((r) => r.entity_id)).toEqual([thaneId]);
	});

	it('cannot be written by the public or an officer, table or function', async () => {
		const row = { entity: 'practice', entity_id: thaneId, roman: 'forged' };
		for (const db of [anon(), userDb(admin)]) {
			const insert = await db.from('search_companions').insert(row);
			expect(insert.error?.code).toBe('42501');
			const rpc = await db.rpc('put_search_companions', { p_rows: [row], p_gone: [] });
			expect(rpc.error?.code).toBe('42501');
		}
		const { data } = await service()
			.from('search_companions')
			.select('roman')
			.eq('entity_id', thaneId)
			.single();
		expect(data?.roman).not.toContain('forged');
		expect(data?.roman).toContain(companionToken(phoneticKey('करार')));
	});

	it('lets the fallback find a romanised query through the keys', async () => {
		const result = await postgresSearch({
			q: 'karar',
			filters: { type: 'practice' },
			page: 1,
			perPage: 10
		});
		expect(result.engine).toBe('postgres');
		expect(result.hits.map((h) => h.slug)).toContain(thane);
	});
});

describe('search_words', () => {
	it('is for the system alone: the public and officers can neither read nor write it', async () => {
		for (const db of [anon(), userDb(admin)]) {
			const read = await db.from('search_words').select('word').limit(1);
			expect(read.error?.code).toBe('42501');
			const list = await db.rpc('search_word_list');
			expect(list.error?.code).toBe('42501');
			const put = await db.rpc('put_search_words', { p_words: [{ word: 'forged', indic: false }] });
			expect(put.error?.code).toBe('42501');
		}
	});

	it('keeps each word once, refusing what is no word', async () => {
		const db = service();
		const words = [
			{ word: 'kontrolroomtest', indic: false },
			{ word: 'kontrolroomtest', indic: false },
			{ word: 'x', indic: false }
		];
		expect((await db.rpc('put_search_words', { p_words: words })).error).toBeNull();
		const { data } = await db.rpc('search_word_list');
		const list = data as unknown as [string, boolean][];
		expect(list.filter(([w]) => w === 'kontrolroomtest')).toEqual([['kontrolroomtest', false]]);
		expect(list.some(([w]) => w === 'x')).toBe(false);
		await db.from('search_words').delete().eq('word', 'kontrolroomtest');
	});
});

describe('place_names', () => {
	it('are public reference data, with their source and confidence', async () => {
		const { data, error } = await anon()
			.from('place_names')
			.select('name, source, confidence')
			.eq('kind', 'city')
			.eq('key', 'kanpur')
			.eq('lang', 'gu')
			.single();
		expect(error).toBeNull();
		expect(data?.name).toBe('કાનપુર');
		expect(data?.source).not.toBe('');
		expect(['solid', 'single', 'uncertain']).toContain(data?.confidence);
	});

	it('name every city in Hindi, Gujarati and Marathi', async () => {
		const cities = await service().from('cities').select('slug');
		const names = await anon().from('place_names').select('key, lang').eq('kind', 'city');
		for (const lang of ['hi', 'gu', 'mr']) {
			const named = new Set(names.data?.filter((n) => n.lang === lang).map((n) => n.key));
			expect(
				cities.data?.filter((c) => !named.has(c.slug)).map((c) => c.slug),
				lang
			).toEqual([]);
		}
	});

	it('cannot be written but by the seed, as the system', async () => {
		const row = {
			kind: 'city',
			key: 'kanpur',
			lang: 'gu',
			name: 'forged',
			source: 'x',
			confidence: 'solid'
		};
		for (const db of [anon(), userDb(admin)]) {
			expect((await db.from('place_names').upsert(row)).error?.code).toBe('42501');
			expect((await db.rpc('seed_place_names', { p_rows: [row] })).error?.code).toBe('42501');
		}
		const { data } = await anon()
			.from('place_names')
			.select('name')
			.match({ kind: 'city', key: 'kanpur', lang: 'gu' })
			.single();
		expect(data?.name).toBe('કાનપુર');
	});

	it('let the fallback find a city by its name in another language', async () => {
		const result = await postgresSearch({
			q: 'કાનપુર',
			filters: { type: 'city' },
			page: 1,
			perPage: 5
		});
		expect(result.hits.map((h) => h.slug)).toContain('kanpur');
	});
});
