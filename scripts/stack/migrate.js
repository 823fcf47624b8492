import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
export const migrationsDir = path.resolve(here, '../../supabase/migrations');

/** The migration files in the order they apply: `<timestamp>_<name>.sql`. */
export function listMigrations(dir = migrationsDir) {
	return fs
		.readdirSync(dir)
		.filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
		.sort()
		.map((file) => ({
			version: file.split('_')[0],
			name: file.replace(/^\d+_|\.sql$/g, ''),
			file
		}));
}

/**
 * Bootstraps Supabase's roles, then applies each migration not yet applied, each in its own
 * transaction, recording it where the Supabase CLI does (supabase_migrations.schema_migrations).
 */
export async function migrate({ url, authenticatorPassword, log }) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(fs.readFileSync(path.join(here, 'roles.sql'), 'utf8'));
		await client.query(
			`alter role authenticator with password ${client.escapeLiteral(authenticatorPassword)}`
		);
		await client.query(`
			create schema if not exists supabase_migrations;
			create table if not exists supabase_migrations.schema_migrations (
				version text primary key,
				name text,
				statements text[]
			)`);
		const { rows } = await client.query(
			'select version from supabase_migrations.schema_migrations'
		);
		const applied = new Set(rows.map((row) => row.version));
		let count = 0;
		for (const migration of listMigrations()) {
			if (applied.has(migration.version)) continue;
			const sql = fs.readFileSync(path.join(migrationsDir, migration.file), 'utf8');
			await client.query('begin');
			try {
				await client.query(sql);
				await client.query(
					'insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)',
					[migration.version, migration.name]
				);
				await client.query('commit');
			} catch (error) {
				await client.query('rollback');
				throw new Error(`migration ${migration.file} failed: ${error.message}`, { cause: error });
			}
			log.info(`applied ${migration.file}`);
			count++;
		}
		// PostgREST caches the schema; tell it to look again.
		await client.query(`notify pgrst, 'reload schema'`);
		return count;
	} finally {
		await client.end();
	}
}
