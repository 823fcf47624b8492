import { describe, expect, it } from 'vitest';
import { apiReferences } from './bench-api.js';

describe('apiReferences', () => {
	const references = apiReferences({ anonKey: 'k', city: 'rajkot', practice: 'bench-1' });

	it('pairs each public JSON GET with a PostgREST request, as the public', () => {
		expect(references.map((r) => r.app)).toEqual([
			'/api/v1/cities',
			'/api/v1/cities/rajkot',
			'/api/v1/practices',
			'/api/v1/practices/bench-1'
		]);
		for (const r of references) expect(r.headers.authorization).toBe('Bearer k');
	});

	it('asks for the exact count where the answer has a total', () => {
		const counted = references.filter((r) => r.headers.prefer === 'count=exact');
		expect(counted.map((r) => r.app)).toEqual(['/api/v1/cities', '/api/v1/practices']);
	});

	it('reads the one city and the one practice by slug, as one object', () => {
		expect(references[1].postgrest).toMatch(/&slug=eq\.rajkot$/);
		expect(references[1].postgrest).toContain('iccc_components(slug,name_en,name_hi,sort_order)');
		expect(references[3].postgrest).toMatch(/&slug=eq\.bench-1$/);
		expect(references[3].headers.accept).toBe('application/vnd.pgrst.object+json');
	});
});
