// Mentors: the directory (filtered and paged), one mentor's profile, and saving a profile by its
// mentor or an admin. Reads go through the mentor_directory view as the reader, so row-level
// security decides who is listed (public profiles for anyone; every active mentor for signed-in
// officers) and no email is ever read.
import * as v from 'valibot';
import type { Zone } from '$lib/cities';
import type { Tables } from '$lib/database.types';
import { hasFreePlace } from '$lib/mentors';
import type { MentorFilters, MentorProfileInput } from '$lib/schemas/mentor';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';
import { listComponents, listSectors } from '../practices';
import { keptForPublic } from '../public-reads';
import type { Db } from '../supabase';
import { mentorPairings } from './programmes';
import type { Pairing } from './programmes';

// The view's columns are all nullable to the generated types (a view has no NOT NULL): its rows
// are parsed here, once.
const directoryRowSchema = v.object({
	id: v.string(),
	name: v.string(),
	designation: v.nullable(v.string()),
	city_id: v.nullable(v.string()),
	languages: v.array(v.string()),
	capacity: v.number(),
	sectors: v.array(v.string()),
	components: v.array(v.string()),
	is_public: v.boolean(),
	active_mentorships: v.number()
});

const directoryColumns =
	'id, name, designation, city_id, languages, capacity, sectors, components, is_public, active_mentorships';

export interface MentorCity {
	id: string;
	slug: string;
	name: string;
	zonal_council: string;
}

export type MentorSummary = Omit<v.InferOutput<typeof directoryRowSchema>, 'city_id'> & {
	city: MentorCity | null;
};

export interface MentorDetail extends MentorSummary {
	bio_markdown: string;
	programmes: Pick<Tables<'programmes'>, 'slug' | 'name_en' | 'name_hi' | 'status'>[];
	pairings: Pairing[];
}

/** The controlled lists mentors describe their expertise with, named in both languages. */
export async function expertiseChoices() {
	const [sectors, components] = await Promise.all([listSectors(), listComponents()]);
	return { sectors, components };
}

/** One PostgREST filter on the directory view. */
export interface DirectoryFilter {
	column: 'sectors' | 'components' | 'languages' | 'city_id';
	operator: 'cs' | 'in';
	value: string;
}

/**
 * The directory's filters as PostgREST filters on the view. `zoneCityIds` are the cities of the
 * zone asked for; none means no mentor can match (null). Free places are counted after the query:
 * PostgREST cannot compare two columns.
 */
export function directoryFilters(
	filters: MentorFilters,
	zoneCityIds?: readonly string[]
): DirectoryFilter[] | null {
	const list: DirectoryFilter[] = [];
	// Array literals with quoted items: the values come from closed lists and checked tags, and
	// quoting keeps them one item whatever they hold.
	const contains = (column: DirectoryFilter['column'], value: string) =>
		list.push({ column, operator: 'cs', value: `{"${value.replace(/["\\]/g, '')}"}` });
	if (filters.sector) contains('sectors', filters.sector);
	if (filters.component) contains('components', filters.component);
	if (filters.language) contains('languages', filters.language);
	if (filters.zone) {
		if (!zoneCityIds || zoneCityIds.length === 0) return null;
		list.push({ column: 'city_id', operator: 'in', value: `(${zoneCityIds.join(',')})` });
	}
	return list;
}

// The directory lists the Mission's mentor officers: tens, a few hundred at most. They are read
// in one query and the page is cut here, because "has a free place" compares two columns.
const DIRECTORY_LIMIT = 2000;

async function readMentors(
	db: Db,
	{ filters, page, perPage }: { filters: MentorFilters; page: number; perPage: number }
): Promise<{ total: number; mentors: MentorSummary[] }> {
	const plan = directoryFilters(
		filters,
		filters.zone ? await cityIdsInZone(filters.zone) : undefined
	);
	if (plan === null) return { total: 0, mentors: [] };
	let query = db.from('mentor_directory').select(directoryColumns);
	for (const f of plan) query = query.filter(f.column, f.operator, f.value);
	const { data, error } = await query.order('name').order('id').limit(DIRECTORY_LIMIT);
	if (error) throw new DatabaseError('listing mentors', error);
	if ((data ?? []).length === DIRECTORY_LIMIT) {
		console.warn(`mentors: the directory reached ${DIRECTORY_LIMIT} rows; page it in the database`);
	}
	let rows = v.parse(v.array(directoryRowSchema), data ?? []);
	if (filters.free) rows = rows.filter(hasFreePlace);
	const from = (page - 1) * perPage;
	const pageRows = rows.slice(from, from + perPage);
	const cities = await citiesById(pageRows.map((r) => r.city_id));
	return {
		total: rows.length,
		mentors: pageRows.map(({ city_id, ...row }) => ({
			...row,
			city: city_id ? (cities.get(city_id) ?? null) : null
		}))
	};
}

// The view reads profiles, users (name, designation, city, whether active) and mentorships
// (the load).
const publicMentors = keptForPublic(
	['mentor_profiles', 'users', 'mentorships', 'cities'],
	readMentors
);

/** One page of the mentors the reader may see, by name, with the total that match. */
export function listMentors(
	db: Db,
	filters: MentorFilters,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; mentors: MentorSummary[] }> {
	return publicMentors(db, { filters, page, perPage });
}

/** The mentors the reader may see who serve a programme, by name. */
export async function programmeMentors(db: Db, programmeId: string): Promise<MentorSummary[]> {
	const serving = await db
		.from('mentor_programmes')
		.select('user_id')
		.eq('programme_id', programmeId);
	if (serving.error) throw new DatabaseError('listing the mentors of a programme', serving.error);
	const ids = serving.data.map((row) => row.user_id);
	if (ids.length === 0) return [];
	const { data, error } = await db
		.from('mentor_directory')
		.select(directoryColumns)
		.in('id', ids)
		.order('name')
		.limit(DIRECTORY_LIMIT);
	if (error) throw new DatabaseError('reading the mentors of a programme', error);
	const rows = v.parse(v.array(directoryRowSchema), data ?? []);
	const cities = await citiesById(rows.map((r) => r.city_id));
	return rows.map(({ city_id, ...row }) => ({
		...row,
		city: city_id ? (cities.get(city_id) ?? null) : null
	}));
}

/** A mentor's profile with their programmes and the public pairings they lead, or null. */
export async function getMentor(db: Db, id: string): Promise<MentorDetail | null> {
	const { data, error } = await db
		.from('mentor_directory')
		.select(`${directoryColumns}, bio_markdown`)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading mentor ${id}`, error);
	if (!data) return null;
	const { city_id, ...row } = v.parse(
		v.object({ ...directoryRowSchema.entries, bio_markdown: v.string() }),
		data
	);
	const [cities, programmes, pairings] = await Promise.all([
		citiesById([city_id]),
		db
			.from('mentor_programmes')
			.select('programme:programmes (slug, name_en, name_hi, status)')
			.eq('user_id', id),
		mentorPairings(db, id)
	]);
	if (programmes.error) {
		throw new DatabaseError(`reading the programmes of mentor ${id}`, programmes.error);
	}
	return {
		...row,
		city: city_id ? (cities.get(city_id) ?? null) : null,
		programmes: programmes.data
			.map((p) => p.programme)
			.sort((a, b) => a.name_en.localeCompare(b.name_en, 'en')),
		pairings
	};
}

/** The cities of a zone, by id. */
async function cityIdsInZone(zone: Zone): Promise<string[]> {
	const { data, error } = await publicDb().from('cities').select('id').eq('zonal_council', zone);
	if (error) throw new DatabaseError(`listing the cities of zone ${zone}`, error);
	return (data ?? []).map((c) => c.id);
}

async function citiesById(ids: (string | null)[]): Promise<Map<string, MentorCity>> {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Map();
	const { data, error } = await publicDb()
		.from('cities')
		.select('id, slug, name, zonal_council')
		.in('id', wanted);
	if (error) throw new DatabaseError('reading mentor cities', error);
	return new Map((data ?? []).map((c) => [c.id, c]));
}

// Editing ---------------------------------------------------------------------------------------

export interface SavedProfile {
	bio_markdown: string;
	languages: string[];
	capacity: number;
	sectors: string[];
	components: string[];
	is_public: boolean;
	/** Slugs of the programmes served. */
	programmes: string[];
}

/** A mentor's saved profile as its editor sees it (own, or any for an admin), or null. */
export async function getProfileForEdit(db: Db, userId: string): Promise<SavedProfile | null> {
	const [profile, programmes] = await Promise.all([
		db
			.from('mentor_profiles')
			.select('bio_markdown, languages, capacity, sectors, components, is_public')
			.eq('user_id', userId)
			.maybeSingle(),
		db.from('mentor_programmes').select('programme:programmes (slug)').eq('user_id', userId)
	]);
	if (profile.error) throw new DatabaseError(`reading the profile of ${userId}`, profile.error);
	if (programmes.error) {
		throw new DatabaseError(`reading the programmes of ${userId}`, programmes.error);
	}
	if (!profile.data) return null;
	return { ...profile.data, programmes: programmes.data.map((p) => p.programme.slug) };
}

/** Who an admin is editing: an officer with the mentor role or a profile, or null. */
export async function getMentorAccount(
	db: Db,
	userId: string
): Promise<{ id: string; name: string; role: string; status: string } | null> {
	const { data, error } = await db
		.from('users')
		.select('id, name, role, status')
		.eq('id', userId)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading user ${userId}`, error);
	return data;
}

export type SaveResult =
	{ kind: 'saved' } | { kind: 'forbidden' } | { kind: 'invalid'; field: string; message: string };

/**
 * Saves a mentor's profile and the programmes they serve, as the signed-in user: a mentor their
 * own, an admin anyone's (the policies decide). The first save creates the profile.
 * `programmeIds` maps the slugs the form chose from to their ids.
 */
export async function saveMentorProfile(
	db: Db,
	userId: string,
	input: MentorProfileInput
): Promise<SaveResult> {
	// One transaction: the profile and the programmes it serves are saved together or not at all.
	const { error } = await db.rpc('save_mentor_profile', {
		p_user_id: userId,
		p: {
			bio_markdown: input.bio_markdown,
			languages: input.languages,
			capacity: input.capacity,
			sectors: input.sectors,
			components: input.components,
			is_public: input.is_public,
			programmes: input.programmes
		}
	});
	if (error) return refusal(error, `saving the profile of ${userId}`);
	return { kind: 'saved' };
}

function refusal(
	error: { code?: string; message: string; hint?: string | null },
	what: string
): { kind: 'forbidden' } | { kind: 'invalid'; field: string; message: string } {
	// 42501: row-level security or a grant refused; 22023: a value the database checks (a topic
	// not on the controlled lists); 23514: a check constraint.
	if (error.code === '42501') return { kind: 'forbidden' };
	if (error.code === '22023') {
		return { kind: 'invalid', field: error.hint ?? 'form', message: error.message };
	}
	if (error.code === '23514') {
		console.warn(`${what}: refused by a check constraint: ${error.message}`);
		return { kind: 'invalid', field: 'form', message: 'This value is not valid.' };
	}
	throw new DatabaseError(what, error);
}
