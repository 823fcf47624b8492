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

/**
 * Writes the names of places in Hindi, Gujarati and Marathi (place-names.csv) through the service
 * role, on every seed: they are the repository's reference data, not edited on the platform, so
 * a corrected name replaces the one before it. Returns how many rows changed.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 */
export async function seedPlaceNames(db, log) {
	const rows = parseCsv(read('place-names.csv'));
	const written = check(await db.rpc('seed_place_names', { p_rows: rows }), 'place names');
	if (written) log.info(`seeded ${written} names of places in Indian languages`);
	return written;
}

/**
 * The release's default text of the site's own pages (help, policies, contact), one Markdown file
 * per page and language in site-pages/: `<slug>.<locale>.md`, its first line the `# Title`.
 */
export function sitePageRows() {
	const folder = path.join(dataDir, 'site-pages');
	return fs
		.readdirSync(folder)
		.filter((file) => file.endsWith('.md'))
		.sort()
		.map((file) => {
			const match = /^([a-z-]+)\.([a-z]{2})\.md$/.exec(file);
			if (!match) throw new Error(`site-pages/${file}: name it <page>.<language>.md`);
			const text = fs.readFileSync(path.join(folder, file), 'utf8');
			const heading = /^# (.+)\n+/.exec(text);
			if (!heading) throw new Error(`site-pages/${file}: the first line must be "# Title"`);
			return {
				slug: match[1],
				locale: match[2],
				title: heading[1].trim(),
				markdown: text.slice(heading[0].length).trimEnd() + '\n'
			};
		});
}

/**
 * Writes the default text of the site's pages through the service role, on every seed: a page is
 * added where missing and brought up to date while no admin has edited it. Returns how many
 * pages were written.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 */
export async function seedSitePages(db, log) {
	const written = check(await db.rpc('seed_site_pages', { p_pages: sitePageRows() }), 'site pages');
	if (written) log.info(`seeded the default text of ${written} site pages`);
	return written;
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
	},
	// Three more demo mentors in cities the Mission counted among its leading ones (the 2020
	// Sister Cities mentors), and a member of a third city with a request waiting on Rajkot.
	{
		email: 'mentor.ahmedabad@citysetu.test',
		name: 'Demo mentor, Ahmedabad',
		designation: 'Demo officer',
		role: 'mentor',
		city: 'ahmedabad'
	},
	{
		email: 'mentor.surat@citysetu.test',
		name: 'Demo mentor, Surat',
		designation: 'Demo officer',
		role: 'mentor',
		city: 'surat'
	},
	{
		email: 'mentor.pune@citysetu.test',
		name: 'Demo mentor, Pune',
		designation: 'Demo officer',
		role: 'mentor',
		city: 'pune'
	},
	{
		email: 'member.bilaspur@citysetu.test',
		name: 'Demo City Member, Bilaspur',
		designation: 'Demo officer',
		role: 'city_member',
		city: 'bilaspur'
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

/**
 * Seeds the Mission's mentorship programmes from the published facts (supabase/data/programmes.json):
 * each programme, the cities it names, and its published pairings as completed mentorships with
 * their sources. Reference data, as the cities are: idempotent, so a restart adds only what is
 * missing and never overwrites what was edited on the platform.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 */
export async function seedProgrammes(db, log) {
	const { programmes } = JSON.parse(read('programmes.json'));
	const cityIds = new Map(
		check(await db.from('cities').select('id, slug'), 'cities').map((c) => [c.slug, c.id])
	);
	const cityId = (slug) => {
		const id = cityIds.get(slug);
		if (!id) throw new Error(`seeding programmes: no city ${slug}`);
		return id;
	};
	let pairings = 0;
	for (const { cities, pairs, ...programme } of programmes) {
		check(
			await db.from('programmes').upsert(programme, { onConflict: 'slug', ignoreDuplicates: true }),
			`programme ${programme.slug}`
		);
		const { id } = check(
			await db.from('programmes').select('id').eq('slug', programme.slug).single(),
			`programme ${programme.slug}`
		);
		if (cities.length) {
			check(
				await db.from('programme_cities').upsert(
					cities.map((c) => ({
						programme_id: id,
						city_id: cityId(c.city),
						side: c.side,
						source_url: c.source_url,
						confidence: c.confidence
					})),
					{ ignoreDuplicates: true }
				),
				`cities of ${programme.slug}`
			);
		}
		const existing = check(
			await db.from('mentorships').select('mentor_city_id, mentee_city_id').eq('programme_id', id),
			`mentorships of ${programme.slug}`
		);
		const known = new Set(existing.map((m) => `${m.mentor_city_id}>${m.mentee_city_id}`));
		const missing = pairs.filter((p) => !known.has(`${cityId(p.mentor)}>${cityId(p.mentee)}`));
		if (missing.length) {
			check(
				await db.from('mentorships').insert(
					missing.map((p) => ({
						programme_id: id,
						mentor_city_id: cityId(p.mentor),
						mentee_city_id: cityId(p.mentee),
						// Historical pairings named cities, not officers: no lead mentor, no topics.
						lead_mentor_id: null,
						status: 'completed',
						started_on: programme.starts_on,
						source_url: p.source_url,
						confidence: p.confidence
					}))
				),
				`pairings of ${programme.slug}`
			);
			pairings += missing.length;
		}
	}
	if (pairings) log.info(`seeded ${pairings} published pairings`);
	return pairings;
}

const DAY = 24 * 60 * 60 * 1000;
const DEMO_MENTORS = {
	rajkot: {
		// Rajkot's real ICCC components, as the source article lists them.
		sectors: ['public-safety', 'mobility', 'water-sanitation', 'governance'],
		components: null,
		languages: ['gu', 'hi', 'en'],
		bio: 'Demo profile. The demo mentor officer of Rajkot, whose Integrated Command and Control Centre at Nana Mava has run since 2017 and brings together traffic, surveillance, drainage and water SCADA, GIS and an optical fibre network. Not a real person.'
	},
	ahmedabad: {
		sectors: ['governance', 'mobility', 'digital-services'],
		components: [],
		languages: ['gu', 'hi', 'en'],
		bio: 'Demo profile of a made-up officer, to show how the directory and suggestions work. Not a real person.'
	},
	surat: {
		sectors: ['disaster-management', 'water-sanitation', 'digital-services'],
		components: [],
		languages: ['gu', 'hi', 'en'],
		bio: 'Demo profile of a made-up officer, to show how the directory and suggestions work. Not a real person.'
	},
	pune: {
		sectors: ['mobility', 'urban-planning', 'digital-services'],
		components: [],
		languages: ['mr', 'hi', 'en'],
		bio: 'Demo profile of a made-up officer, to show how the directory and suggestions work. Not a real person.'
	}
};

/**
 * Seeds the demo mentorship data (local stack only): the demo mentors' profiles, an active
 * Rajkot → Sagar mentorship with a held session (notes, two action items, one overdue) and an
 * upcoming one, and a request from Bilaspur waiting on Rajkot. Everything is labelled as demo.
 * Runs once: when the demo Rajkot mentor already leads a mentorship, nothing is added.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 * @param {Date} [now]
 */
export async function seedDemoMentorships(db, log, now = new Date()) {
	const users = new Map(
		check(
			await db
				.from('users')
				.select('id, email, city_id')
				.in(
					'email',
					demoAccounts.map((a) => a.email)
				),
			'demo users'
		).map((u) => [u.email, u])
	);
	const user = (email) => {
		const found = users.get(email);
		if (!found) throw new Error(`seeding demo mentorships: no demo account ${email}`);
		return found;
	};
	const rajkot = user('mentor.rajkot@citysetu.test');
	const { count, error } = await db
		.from('mentorships')
		.select('*', { count: 'exact', head: true })
		.eq('lead_mentor_id', rajkot.id);
	if (error) throw new Error(`could not count demo mentorships: ${error.message}`);
	if (count) return 0;

	const { id: programmeId } = check(
		await db.from('programmes').select('id').eq('slug', 'national-iccc-mentorship').single(),
		'the national ICCC programme'
	);
	const rajkotComponents = check(
		await db.from('city_components').select('component_slug').eq('city_id', rajkot.city_id),
		'Rajkot components'
	).map((c) => c.component_slug);
	for (const [city, profile] of Object.entries(DEMO_MENTORS)) {
		const mentor = user(`mentor.${city}@citysetu.test`);
		check(
			await db.from('mentor_profiles').upsert(
				{
					user_id: mentor.id,
					bio_markdown: profile.bio,
					languages: profile.languages,
					capacity: 3,
					sectors: profile.sectors,
					components: profile.components ?? rajkotComponents,
					is_public: true
				},
				{ onConflict: 'user_id', ignoreDuplicates: true }
			),
			`demo mentor profile ${city}`
		);
		check(
			await db
				.from('mentor_programmes')
				.upsert({ user_id: mentor.id, programme_id: programmeId }, { ignoreDuplicates: true }),
			`demo mentor programme ${city}`
		);
	}

	const sagar = user('member.sagar@citysetu.test');
	const bilaspur = user('member.bilaspur@citysetu.test');
	const day = (offset) => new Date(now.getTime() + offset * DAY);
	const date = (offset) => day(offset).toISOString().slice(0, 10);
	const active = check(
		await db
			.from('mentorships')
			.insert({
				programme_id: programmeId,
				mentor_city_id: rajkot.city_id,
				mentee_city_id: sagar.city_id,
				lead_mentor_id: rajkot.id,
				sectors: ['public-safety', 'disaster-management'],
				components: ['cctv-surveillance', 'gis', 'emergency-response'],
				status: 'active',
				requested_at: day(-40).toISOString(),
				decided_at: day(-37).toISOString(),
				started_on: date(-37),
				is_demo: true
			})
			.select('id')
			.single(),
		'the demo Rajkot → Sagar mentorship'
	);
	const pending = check(
		await db
			.from('mentorships')
			.insert({
				programme_id: programmeId,
				mentor_city_id: rajkot.city_id,
				mentee_city_id: bilaspur.city_id,
				lead_mentor_id: rajkot.id,
				sectors: ['mobility'],
				components: ['itms', 'atcs'],
				status: 'requested',
				requested_at: day(-2).toISOString(),
				is_demo: true
			})
			.select('id')
			.single(),
		'the demo Bilaspur request'
	);
	check(
		await db.from('mentorship_briefs').insert([
			{
				mentorship_id: active.id,
				need_markdown:
					'**Demo request.** Sagar wants to link more of its cameras to the command centre and to use its GIS maps in emergencies, as it did when the centre served as a COVID-19 control room. We would like help with:\n\n- a plan for linking cameras, department by department;\n- standard operating procedures for the emergency desk.'
			},
			{
				mentorship_id: pending.id,
				need_markdown:
					'**Demo request.** Bilaspur would like to learn how Rajkot runs adaptive traffic signals and its traffic management system from the command centre.'
			}
		]),
		'demo briefs'
	);
	check(
		await db.from('mentorship_officers').insert([
			{
				mentorship_id: active.id,
				user_id: sagar.id,
				side: 'mentee',
				is_lead: true,
				started_at: day(-40).toISOString()
			},
			{
				mentorship_id: active.id,
				user_id: rajkot.id,
				side: 'mentor',
				is_lead: true,
				started_at: day(-37).toISOString()
			},
			{
				mentorship_id: pending.id,
				user_id: bilaspur.id,
				side: 'mentee',
				is_lead: true,
				started_at: day(-2).toISOString()
			}
		]),
		'demo officers'
	);
	check(
		await db.from('mentorship_goals').insert([
			{
				mentorship_id: active.id,
				text: 'Demo goal: a written plan for linking cameras of shops, hospitals and schools to the ICCC'
			},
			{
				mentorship_id: active.id,
				text: 'Demo goal: standard operating procedures for the emergency desk'
			}
		]),
		'demo goals'
	);
	// The held session: ten days ago at 11:00 IST (05:30 UTC), for an hour, online.
	const heldAt = new Date(`${date(-10)}T05:30:00.000Z`);
	const upcomingAt = new Date(`${date(5)}T09:30:00.000Z`);
	// Every row names every column: an insert of several rows sends missing keys as null.
	const [held, upcoming] = check(
		await db
			.from('mentorship_sessions')
			.insert([
				{
					mentorship_id: active.id,
					title: 'Demo session: camera linking plan',
					starts_at: heldAt.toISOString(),
					duration_minutes: 60,
					mode: 'online',
					location: null,
					meeting_url: 'https://meet.example.org/demo-rajkot-sagar',
					agenda_markdown:
						'1. How Rajkot brought private cameras into its ICCC\n2. Which departments Sagar should call first\n3. Next steps',
					notes_markdown:
						'**Demo notes.** Rajkot walked through how it lists cameras by category and gives each category a nodal officer. Sagar will start with hospitals and schools.',
					status: 'held',
					created_by: sagar.id
				},
				{
					mentorship_id: active.id,
					title: 'Demo session: emergency desk procedures',
					starts_at: upcomingAt.toISOString(),
					duration_minutes: 90,
					mode: 'site_visit',
					location: 'Demo: Integrated Command and Control Centre, Rajkot',
					meeting_url: null,
					agenda_markdown: '1. Visit the emergency desk\n2. Review the draft procedures',
					notes_markdown: '',
					status: 'scheduled',
					created_by: rajkot.id
				}
			])
			.select('id'),
		'demo sessions'
	);
	check(
		await db.from('session_attendees').insert([
			{ session_id: held.id, user_id: sagar.id },
			{ session_id: held.id, user_id: rajkot.id },
			{ session_id: upcoming.id, user_id: sagar.id },
			{ session_id: upcoming.id, user_id: rajkot.id }
		]),
		'demo attendees'
	);
	check(
		await db.from('action_items').insert([
			{
				mentorship_id: active.id,
				session_id: held.id,
				title: 'Demo: list the cameras of hospitals and schools, with a nodal officer for each',
				owner_id: sagar.id,
				due_on: date(-3)
			},
			{
				mentorship_id: active.id,
				session_id: held.id,
				title: 'Demo: share Rajkot’s camera-linking letter template',
				owner_id: rajkot.id,
				due_on: date(7)
			}
		]),
		'demo action items'
	);
	log.info('seeded the demo mentorships (Rajkot → Sagar, and a request from Bilaspur)');
	return 2;
}
