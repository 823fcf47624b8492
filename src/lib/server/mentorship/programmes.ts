// Programmes and their pairings: which city mentors which, within which programme, with its
// status, dates and source. All reads go through the reader's client, so row-level security
// decides: the public sees pairings that run or ran; the two cities and admins see their own
// requests and proposals too.
import type { Tables } from '$lib/database.types';
import { mentorshipStatuses, publicStatuses } from '$lib/mentors';
import type { MentorshipStatus, ProgrammeStatus } from '$lib/mentors';
import { DatabaseError } from '../errors';
import { keptForPublic } from '../public-reads';
import type { Db } from '../supabase';

export type ProgrammeSummary = Pick<
	Tables<'programmes'>,
	| 'id'
	| 'slug'
	| 'name_en'
	| 'name_hi'
	| 'description_en'
	| 'description_hi'
	| 'status'
	| 'starts_on'
	| 'ends_on'
	| 'source_url'
	| 'confidence'
>;

export interface ProgrammeCity {
	slug: string;
	name: string;
	side: Tables<'programme_cities'>['side'];
	source_url: string | null;
	confidence: Tables<'programme_cities'>['confidence'];
}

/** One mentor city paired with one mentee city, as the public may see it. */
export interface Pairing {
	id: string;
	programme: { slug: string; name_en: string; name_hi: string };
	mentor_city_id: string;
	mentee_city_id: string;
	mentor_city: { slug: string; name: string };
	mentee_city: { slug: string; name: string };
	lead_mentor_id: string | null;
	status: MentorshipStatus;
	started_on: string | null;
	ended_on: string | null;
	source_url: string | null;
	confidence: Tables<'mentorships'>['confidence'];
}

export interface Programme extends ProgrammeSummary {
	cities: ProgrammeCity[];
	pairings: Pairing[];
}

const programmeColumns =
	'id, slug, name_en, name_hi, description_en, description_hi, status, starts_on, ends_on, source_url, confidence';

// Only the columns the public may read (the table's column grants): never who asked, or when.
const pairingColumns = `id, mentor_city_id, mentee_city_id, lead_mentor_id, status, started_on,
	ended_on, source_url, confidence,
	programme:programmes!mentorships_programme_id_fkey (slug, name_en, name_hi),
	mentor_city:cities!mentorships_mentor_city_id_fkey (slug, name),
	mentee_city:cities!mentorships_mentee_city_id_fkey (slug, name)`;

// Running programmes first, then those to come, then those that ended.
const statusOrder: ProgrammeStatus[] = ['active', 'planned', 'closed'];

async function readProgrammes(db: Db): Promise<ProgrammeSummary[]> {
	const { data, error } = await db
		.from('programmes')
		.select(programmeColumns)
		.order('starts_on', { ascending: false, nullsFirst: false })
		.order('slug');
	if (error) throw new DatabaseError('listing programmes', error);
	// A stable sort keeps the newest first within each status.
	return (data ?? []).sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
}

const publicProgrammes = keptForPublic(['programmes'], (db: Db, _all: null) => readProgrammes(db));

/** Every programme, the running ones first, then the newest. */
export function listProgrammes(db: Db): Promise<ProgrammeSummary[]> {
	return publicProgrammes(db, null);
}

/** A programme with the cities it names and its pairings the reader may see, or null. */
export async function getProgramme(db: Db, slug: string): Promise<Programme | null> {
	const { data, error } = await db
		.from('programmes')
		.select(
			`${programmeColumns}, programme_cities (side, source_url, confidence, city:cities (slug, name))`
		)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading programme ${slug}`, error);
	if (!data) return null;
	const { programme_cities, ...programme } = data;
	const cities = programme_cities
		.map(({ city, ...rest }) => ({ ...city, ...rest }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	const pairings = await listPairings(db, { programmeId: programme.id });
	return { ...programme, cities, pairings };
}

/** The programmes a mentor may say they serve, by name. */
export async function programmeChoices(
	db: Db
): Promise<{ id: string; slug: string; name_en: string; name_hi: string }[]> {
	const { data, error } = await db
		.from('programmes')
		.select('id, slug, name_en, name_hi')
		.order('name_en');
	if (error) throw new DatabaseError('listing programme choices', error);
	return data ?? [];
}

export interface PairingFilter {
	programmeId?: string;
	/** Pairings in which this city mentors or is mentored. */
	cityId?: string;
	leadMentorId?: string;
	/** Which statuses to list; by default those that are not over without having run. */
	statuses?: readonly MentorshipStatus[];
}

// A pairing refused, withdrawn or left unanswered never ran: lists leave it out.
const shownStatuses = mentorshipStatuses.filter(
	(s) => !['declined', 'expired', 'withdrawn'].includes(s)
);

/** The pairings the reader may see, newest first. */
export async function listPairings(db: Db, filter: PairingFilter): Promise<Pairing[]> {
	let query = db
		.from('mentorships')
		.select(pairingColumns)
		.in('status', [...(filter.statuses ?? shownStatuses)]);
	if (filter.programmeId) query = query.eq('programme_id', filter.programmeId);
	if (filter.leadMentorId) query = query.eq('lead_mentor_id', filter.leadMentorId);
	if (filter.cityId) {
		// The id comes from the database, never from the request.
		query = query.or(`mentor_city_id.eq.${filter.cityId},mentee_city_id.eq.${filter.cityId}`);
	}
	const { data, error } = await query
		.order('started_on', { ascending: false, nullsFirst: true })
		.order('id')
		.limit(500);
	if (error) throw new DatabaseError('listing mentorships', error);
	return (data ?? []).sort(byStartThenCity);
}

/** Newest first (undated requests on top); pairings that started together by mentor city. */
function byStartThenCity(a: Pairing, b: Pairing): number {
	if (a.started_on !== b.started_on) {
		if (a.started_on === null) return -1;
		if (b.started_on === null) return 1;
		return a.started_on < b.started_on ? 1 : -1;
	}
	return (
		a.mentor_city.name.localeCompare(b.mentor_city.name, 'en') ||
		a.mentee_city.name.localeCompare(b.mentee_city.name, 'en')
	);
}

async function readCityPairings(
	db: Db,
	citySlug: string
): Promise<{ mentors: Pairing[]; mentoredBy: Pairing[] }> {
	const { data: city, error } = await db
		.from('cities')
		.select('id')
		.eq('slug', citySlug)
		.maybeSingle();
	if (error) throw new DatabaseError(`finding city ${citySlug}`, error);
	if (!city) return { mentors: [], mentoredBy: [] };
	const pairings = await listPairings(db, { cityId: city.id });
	return {
		mentors: pairings.filter((p) => p.mentor_city_id === city.id),
		mentoredBy: pairings.filter((p) => p.mentee_city_id === city.id)
	};
}

const publicCityPairings = keptForPublic(['mentorships', 'programmes', 'cities'], readCityPairings);

/** A city's pairings, split by side: the cities it mentors, and the cities that mentor it. */
export function cityPairings(
	db: Db,
	citySlug: string
): Promise<{ mentors: Pairing[]; mentoredBy: Pairing[] }> {
	return publicCityPairings(db, citySlug);
}

/** The public pairings a mentor leads or led. */
export async function mentorPairings(db: Db, mentorId: string): Promise<Pairing[]> {
	return listPairings(db, { leadMentorId: mentorId, statuses: publicStatuses });
}
