// Adoptions as the caller may read them: row-level security decides, so every query runs through
// the caller's client (dbFor). The public reads an adoption at implemented or scaled whose city
// made its evidence public, without user ids (column grants); the adopting city, the mentor city
// of its mentorship and the admins read it all, comments included. One adoption with its steps,
// categories and comments is read in detail.ts; writes live in writes.ts.
import { DatabaseError } from '../errors';
import { keptForPublic } from '../public-reads';
import type { Db } from '../supabase';
import type {
	AdoptedPractice,
	AdoptionFilters,
	AdoptionStage,
	AdoptionSummary,
	CityRef
} from './types';

export { getAdoption } from './detail';
export type * from './types';

// Only columns the anon role holds grants on: the public and signed-in users read lists alike.
const summaryColumns = `id, stage, stage_on, evidence_public, is_demo, mentorship_id, updated_at,
	city:cities (id, slug, name),
	practice:practices (id, slug, title, title_en, language, city:cities (slug, name)),
	current:adoption_steps!adoptions_current_step_fk (verified_at)`;

type SummaryRow = {
	id: string;
	stage: AdoptionStage;
	stage_on: string;
	evidence_public: boolean;
	is_demo: boolean;
	mentorship_id: string | null;
	updated_at: string;
	city: CityRef;
	practice: AdoptedPractice | null;
	current: { verified_at: string | null } | null;
};

function toSummary({ current, ...row }: SummaryRow): AdoptionSummary {
	return {
		...row,
		verified_at: current?.verified_at ?? null,
		is_origin: row.practice !== null && row.practice.city.slug === row.city.slug
	};
}

async function idBySlug(db: Db, table: 'cities' | 'practices', slug: string) {
	const { data, error } = await db.from(table).select('id').eq('slug', slug).maybeSingle();
	if (error) throw new DatabaseError(`finding ${table} ${slug}`, error);
	return data?.id ?? null;
}

async function readAdoptions(
	db: Db,
	filters: AdoptionFilters & { page: number; perPage: number }
): Promise<{ total: number; adoptions: AdoptionSummary[] }> {
	let query = db.from('adoptions').select(summaryColumns, { count: 'exact' });
	// By ids, which are indexed, rather than through the embedded rows.
	if (filters.city) {
		const id = await idBySlug(db, 'cities', filters.city);
		if (!id) return { total: 0, adoptions: [] };
		query = query.eq('city_id', id);
	}
	if (filters.practice) {
		const id = await idBySlug(db, 'practices', filters.practice);
		if (!id) return { total: 0, adoptions: [] };
		query = query.eq('practice_id', id);
	}
	if (filters.stage) query = query.eq('stage', filters.stage);
	if (filters.mentorship) query = query.eq('mentorship_id', filters.mentorship);
	const from = (filters.page - 1) * filters.perPage;
	const { data, count, error } = await query
		.order('stage_on', { ascending: false })
		.order('id')
		.range(from, from + filters.perPage - 1);
	// PGRST103: a page past the end.
	if (error && error.code !== 'PGRST103') throw new DatabaseError('listing adoptions', error);
	return { total: count ?? 0, adoptions: (data ?? []).map(toSummary) };
}

const publicAdoptions = keptForPublic(
	['adoptions', 'adoption_steps', 'cities', 'practices'],
	readAdoptions,
	{ max: 500 }
);

/** One page of the adoptions the caller may see, latest stage change first. */
export async function listAdoptions(
	db: Db,
	filters: AdoptionFilters & { page: number; perPage: number }
): Promise<{ total: number; adoptions: AdoptionSummary[] }> {
	return publicAdoptions(db, filters);
}

// The lists the practice, city and mentorship pages show: every adoption the caller may see.
const ALL = { page: 1, perPage: 200 };

/** The cities that took up a practice, as the caller may see them. */
export async function adoptionsOfPractice(db: Db, practiceSlug: string) {
	return (await listAdoptions(db, { practice: practiceSlug, ...ALL })).adoptions;
}

/** The practices a city took up, as the caller may see them. */
export async function adoptionsOfCity(db: Db, citySlug: string) {
	return (await listAdoptions(db, { city: citySlug, ...ALL })).adoptions;
}

/** The adoptions a mentorship led to, as the caller may see them. */
export async function adoptionsOfMentorship(db: Db, mentorshipId: string) {
	return (await listAdoptions(db, { mentorship: mentorshipId, ...ALL })).adoptions;
}
