import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.js';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../supabase/data');

const ZONES = {
	Northern: 'northern',
	Western: 'western',
	Southern: 'southern',
	Eastern: 'eastern',
	'North Eastern': 'north-eastern',
	Central: 'central'
};

function read(file) {
	return fs.readFileSync(path.join(dataDir, file), 'utf8');
}

function check(result, what) {
	if (result.error) throw new Error(`seeding ${what} failed: ${result.error.message}`);
	return result.data;
}

/** The cities data file as rows of the `cities` table. */
export function cityRows() {
	return parseCsv(read('cities.csv')).map((row) => {
		const zone = ZONES[row.zonal_council] ?? row.zonal_council;
		return {
			slug: row.slug,
			name: row.name,
			name_local: row.name_local,
			name_local_lang: row.name_local_lang,
			state: row.state,
			zonal_council: zone,
			selection_round: row.selection_round,
			latitude: row.latitude === null ? null : Number(row.latitude),
			longitude: row.longitude === null ? null : Number(row.longitude),
			spv_name: row.spv_name,
			mission_status: row.mission_status ?? 'active',
			note_en: row.note_en ?? null
		};
	});
}

/**
 * Seeds the reference data through supabase-js with the service role (system work), in one
 * transaction (a Postgres function). It runs only while there are no cities, so a restart never
 * overwrites what was edited on the platform.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 */
export async function seedReferenceData(db, log) {
	const { count, error } = await db.from('cities').select('*', { count: 'exact', head: true });
	if (error) throw new Error(`could not count cities: ${error.message}`);
	if (count) return null;
	const components = parseCsv(read('iccc-components.csv')).map((row, index) => ({
		...row,
		sort_order: index
	}));
	const iccc = JSON.parse(read('iccc.json'));
	const details = new Map(iccc.map((entry) => [entry.city, entry]));
	const cities = cityRows().map((city) => {
		const entry = details.get(city.slug);
		return {
			...city,
			iccc_operational_since: entry?.operational_since ?? null,
			iccc_location_en: entry?.location_en ?? null,
			iccc_location_hi: entry?.location_hi ?? null,
			iccc_summary_en: entry?.note_en ?? null,
			iccc_summary_hi: entry?.note_hi ?? null
		};
	});
	const links = iccc.flatMap((entry) =>
		entry.components.map((component) => ({ city: entry.city, component }))
	);
	const added = check(
		await db.rpc('seed_reference_data', { components, cities, city_components: links }),
		'reference data'
	);
	log.info(
		`seeded ${added.cities} cities, ${added.components} ICCC components, ` +
			`${added.city_components} components in use`
	);
	return added;
}

export const demoAccounts = [
	{
		email: 'admin@citysetu.test',
		name: 'Demo Mission Admin',
		designation: 'Smart Cities Mission',
		role: 'mission_admin',
		city: null
	},
	{
		email: 'mentor.rajkot@citysetu.test',
		name: 'Demo Mentor, Rajkot',
		designation: 'Director IT',
		role: 'mentor',
		city: 'rajkot'
	},
	{
		email: 'member.sagar@citysetu.test',
		name: 'Demo City Member, Sagar',
		designation: 'ICCC Manager',
		role: 'city_member',
		city: 'sagar'
	}
];

/**
 * Seeds one demo account per role (local stack only, never production). Accounts that exist
 * are left alone, so a changed password survives restarts.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 * @param {string} password
 */
export async function seedDemoAccounts(db, password, log) {
	const { hash } = await import('@node-rs/argon2');
	const { argon2Options } = await import('../../src/lib/server/auth/argon2-options.ts');
	const passwordHash = await hash(password.normalize('NFC'), argon2Options);
	let added = 0;
	for (const account of demoAccounts) {
		const created = check(
			await db.rpc('seed_demo_account', {
				p_email: account.email,
				p_name: account.name,
				p_designation: account.designation,
				p_role: account.role,
				p_city_slug: account.city,
				p_password_hash: passwordHash
			}),
			`demo account ${account.email}`
		);
		if (created) added++;
	}
	if (added) log.info(`created ${added} demo accounts`);
}

/**
 * Seeds the practices written from the source articles, while there are none (system work).
 * Each goes through the same function as the editor, so it gets its first revision too.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 */
export async function seedPractices(db, log) {
	const { count, error } = await db.from('practices').select('*', { count: 'exact', head: true });
	if (error) throw new Error(`could not count practices: ${error.message}`);
	if (count) return 0;
	const practices = JSON.parse(read('practices.json'));
	for (const practice of practices) {
		const { slug, ...fields } = practice;
		check(
			await db.rpc('create_practice', {
				p: { ...fields, slug_base: slug, markdown: fields.markdown.normalize('NFC') },
				p_idempotency_key: null
			}),
			`practice ${slug}`
		);
	}
	log.info(`seeded ${practices.length} practices`);
	return practices.length;
}
