import { describe, expect, it } from 'vitest';
import { keyScopes, keyUid, rebuildIndexName } from './keys';

describe('Meilisearch keys', () => {
	it('have stable uids Meilisearch accepts, one per purpose and index', () => {
		const uid = keyUid('search', 'citysetu');
		expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(keyUid('search', 'citysetu')).toBe(uid);
		expect(keyUid('index', 'citysetu')).not.toBe(uid);
		expect(keyUid('search', 'citysetu_staging')).not.toBe(uid);
	});

	it('reach the index and its rebuilds, and nothing else', () => {
		const scopes = keyScopes('citysetu');
		expect(scopes.search).toEqual({ actions: ['search'], indexes: ['citysetu'] });
		expect(scopes.index.indexes).toEqual(['citysetu', 'citysetu__rebuild_*']);
		expect(rebuildIndexName('citysetu', 42)).toBe('citysetu__rebuild_42');
		expect(scopes.index.actions).not.toContain('search');
		expect(scopes.index.actions.some((a) => a.startsWith('keys'))).toBe(false);
	});
});
