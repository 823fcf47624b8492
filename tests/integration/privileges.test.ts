// What the API roles may do, read from the catalog and compared with an allowlist kept in the
// repository (privileges.allowlist.json). A table, view, sequence, column grant or function in
// the exposed schema that gives `anon` or `authenticated` something the allowlist does not name
// fails here, and so does an allowlisted privilege that is gone.
//
// To update the allowlist after a deliberate change: PRINT_PRIVILEGES=1 npx vitest run
// --project integration tests/integration/privileges.test.ts prints the catalog's state as the
// allowlist's JSON; review the difference before copying it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from './clients';

const ROLES = ['anon', 'authenticated'] as const;
type Role = (typeof ROLES)[number];

const allowlistFile = path.join(import.meta.dirname, 'privileges.allowlist.json');

// Objects an extension owns (pg_trgm's functions on the local stack) are not our schema.
const notFromExtension = (classTable: string, oid: string) => `not exists (
	select 1 from pg_depend d
	where d.classid = '${classTable}'::regclass and d.objid = ${oid} and d.deptype = 'e'
)`;

/** Every privilege a role holds in schema public, one line each: `table cities: SELECT`. */
async function privilegesOf(role: Role): Promise<string[]> {
	const relations = await sql<{ line: string }>(
		`select format('%s %s: %s',
				case c.relkind when 'r' then 'table' when 'p' then 'table' when 'v' then 'view'
					when 'm' then 'materialized view' when 'f' then 'foreign table' end,
				c.relname, p.privilege) as line
		from pg_class c
		cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',
			'TRIGGER']) as p(privilege)
		where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
			and ${notFromExtension('pg_class', 'c.oid')}
			and has_table_privilege($1, c.oid, p.privilege)`,
		[role]
	);
	// Column grants: a privilege on a column the role does not hold on its whole table.
	const columns = await sql<{ line: string }>(
		`select format('column %s.%s: %s', c.relname, a.attname, p.privilege) as line
		from pg_class c
		join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
		cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) as p(privilege)
		where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
			and ${notFromExtension('pg_class', 'c.oid')}
			and has_column_privilege($1, c.oid, a.attnum, p.privilege)
			and not has_table_privilege($1, c.oid, p.privilege)`,
		[role]
	);
	const sequences = await sql<{ line: string }>(
		`select format('sequence %s: %s', c.relname, p.privilege) as line
		from pg_class c
		cross join unnest(array['USAGE', 'SELECT', 'UPDATE']) as p(privilege)
		where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
			and ${notFromExtension('pg_class', 'c.oid')}
			and has_sequence_privilege($1, c.oid, p.privilege)`,
		[role]
	);
	const functions = await sql<{ line: string }>(
		`select format('function %s(%s): EXECUTE', p.proname,
				pg_get_function_identity_arguments(p.oid)) as line
		from pg_proc p
		where p.pronamespace = 'public'::regnamespace
			and ${notFromExtension('pg_proc', 'p.oid')}
			and has_function_privilege($1, p.oid, 'EXECUTE')`,
		[role]
	);
	return [...relations, ...columns, ...sequences, ...functions]
		.map((row) => row.line)
		.sort((a, b) => a.localeCompare(b, 'en'));
}

describe('privileges of the API roles', () => {
	it('are exactly those the allowlist names', async () => {
		const allowlist = JSON.parse(fs.readFileSync(allowlistFile, 'utf8')) as {
			$comment?: string;
		} & Record<Role, string[]>;
		const actual = Object.fromEntries(
			await Promise.all(ROLES.map(async (role) => [role, await privilegesOf(role)] as const))
		) as Record<Role, string[]>;
		if (process.env.PRINT_PRIVILEGES) {
			console.log(
				`privileges in the catalog (the shape of ${path.basename(allowlistFile)}):\n` +
					JSON.stringify({ $comment: allowlist.$comment, ...actual }, null, '\t')
			);
		}
		const problems: string[] = [];
		for (const role of ROLES) {
			const allowed = new Set(allowlist[role] ?? []);
			const held = new Set(actual[role]);
			for (const line of held) {
				if (!allowed.has(line)) problems.push(`${role} holds “${line}”, not in the allowlist`);
			}
			for (const line of allowed) {
				if (!held.has(line)) problems.push(`${role} lacks “${line}”, which the allowlist names`);
			}
		}
		expect(
			problems,
			`Grants differ from ${path.basename(allowlistFile)}. Grant or revoke in a migration, or ` +
				'update the allowlist (PRINT_PRIVILEGES=1 prints the current state):\n' +
				problems.join('\n')
		).toEqual([]);
	});

	it('leaves no security definer function in the exposed schema', async () => {
		const definers = await sql<{ name: string }>(
			`select p.oid::regprocedure::text as name from pg_proc p
			where p.pronamespace = 'public'::regnamespace and p.prosecdef
				and ${notFromExtension('pg_proc', 'p.oid')}`
		);
		expect(definers.map((d) => d.name)).toEqual([]);
	});

	it('pins search_path to empty in every function of the exposed schema', async () => {
		const unpinned = await sql<{ name: string }>(
			`select p.oid::regprocedure::text as name from pg_proc p
			where p.pronamespace = 'public'::regnamespace
				and ${notFromExtension('pg_proc', 'p.oid')}
				and not coalesce('search_path=""' = any (p.proconfig), false)`
		);
		expect(unpinned.map((u) => u.name)).toEqual([]);
	});

	it('gives new tables in public no privileges for the API roles by default', async () => {
		const defaults = await sql<{ acl: string }>(
			`select d.defaclacl::text as acl from pg_default_acl d
			where d.defaclnamespace = 'public'::regnamespace`
		);
		for (const { acl } of defaults) {
			expect(acl).not.toMatch(/\b(anon|authenticated)=/);
		}
	});
});
