import { describe, expect, it } from 'vitest';
import { listMigrations } from './migrate.js';

describe('listMigrations', () => {
	it('lists the migrations in timestamp order with their versions', () => {
		const migrations = listMigrations();
		expect(migrations.length).toBeGreaterThan(0);
		expect(migrations[0]).toEqual({
			version: '20261123090000',
			name: 'cities',
			file: '20261123090000_cities.sql'
		});
		const versions = migrations.map((m) => m.version);
		expect([...versions].sort()).toEqual(versions);
		expect(new Set(versions).size).toBe(versions.length);
	});
});
