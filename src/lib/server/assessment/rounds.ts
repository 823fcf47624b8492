// Assessment rounds as admins keep them: creating a framework's round and making it public or
// private. Every call acts as the caller (row-level security lets only admins write rounds, and
// only admins see private ones); the routes check the role first, the database again.
import type { Tables } from '$lib/database.types';
import type { RoundInput } from '$lib/schemas/assessment-round';
import { slugFromName } from '$lib/schemas/assessment-round';
import type { Db } from '../supabase';
import { DatabaseError } from '../errors';
import { roundScoreCount } from './round-page';

export type Framework = Pick<
	Tables<'frameworks'>,
	'id' | 'slug' | 'acronym' | 'name_en' | 'name_hi' | 'scheme'
>;
export type Round = Pick<
	Tables<'assessment_rounds'>,
	| 'id'
	| 'slug'
	| 'name_en'
	| 'name_hi'
	| 'year'
	| 'assessing_body'
	| 'is_public'
	| 'results_on'
	| 'version'
	| 'created_at'
>;

const frameworkColumns = 'id, slug, acronym, name_en, name_hi, scheme';
const roundColumns =
	'id, slug, name_en, name_hi, year, assessing_body, is_public, results_on, version, created_at';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A framework by its slug (frameworks are public), or null. */
export async function findFramework(db: Db, slug: string): Promise<Framework | null> {
	if (!SLUG.test(slug)) return null;
	const { data, error } = await db
		.from('frameworks')
		.select(frameworkColumns)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DatabaseError('finding a framework', error);
	return data;
}

/** A framework's round by the two slugs, if the caller may see it (private rounds: admins). */
export async function findRound(
	db: Db,
	frameworkSlug: string,
	roundSlug: string
): Promise<{ framework: Framework; round: Round } | null> {
	const framework = await findFramework(db, frameworkSlug);
	if (!framework || !SLUG.test(roundSlug)) return null;
	const { data, error } = await db
		.from('assessment_rounds')
		.select(roundColumns)
		.eq('framework_id', framework.id)
		.eq('slug', roundSlug)
		.maybeSingle();
	if (error) throw new DatabaseError('finding a round', error);
	return data ? { framework, round: data } : null;
}

export type CreateRoundOutcome =
	| { status: 'created'; framework: Framework; round: Round }
	| { status: 'not_found' }
	| { status: 'forbidden' }
	/** No slug was given and none can be made from the name (a name in Devanagari only). */
	| { status: 'slug_needed' }
	| { status: 'duplicate'; slug: string };

/** Creates a framework's round (admins only). The slug is made from the name unless given. */
export async function createRound(
	db: Db,
	frameworkSlug: string,
	input: RoundInput
): Promise<CreateRoundOutcome> {
	const framework = await findFramework(db, frameworkSlug);
	if (!framework) return { status: 'not_found' };
	const slug = input.slug ?? slugFromName(input.name);
	if (!slug) return { status: 'slug_needed' };
	const { data, error } = await db
		.from('assessment_rounds')
		.insert({
			framework_id: framework.id,
			slug,
			name_en: input.name,
			name_hi: input.name_hi ?? null,
			year: input.year,
			assessing_body: input.assessing_body,
			is_public: input.public,
			results_on: input.results_on ?? null
		})
		.select(roundColumns)
		.single();
	if (error?.code === '42501') return { status: 'forbidden' };
	if (error?.code === '23505') return { status: 'duplicate', slug };
	if (error) throw new DatabaseError('creating a round', error);
	return { status: 'created', framework, round: data };
}

/** Makes a round public or private (admins only). */
export async function setRoundPublic(
	db: Db,
	frameworkSlug: string,
	roundSlug: string,
	isPublic: boolean
): Promise<'saved' | 'not_found' | 'forbidden'> {
	const found = await findRound(db, frameworkSlug, roundSlug);
	if (!found) return 'not_found';
	const { data, error } = await db
		.from('assessment_rounds')
		.update({ is_public: isPublic })
		.eq('id', found.round.id)
		.select('id');
	if (error?.code === '42501') return 'forbidden';
	if (error) throw new DatabaseError('changing a round', error);
	// Row-level security filters an update it does not allow: no row comes back.
	return data.length === 1 ? 'saved' : 'forbidden';
}

export interface RoundOverview extends Round {
	scores: number;
	lastImport: { at: string; by: string | null; fileName: string } | null;
}

export interface FrameworkOverview extends Framework {
	rounds: RoundOverview[];
}

/** Every framework with its rounds, their score counts and last imports, for the admin page. */
export async function frameworksOverview(db: Db): Promise<FrameworkOverview[]> {
	const { data, error } = await db
		.from('frameworks')
		.select(`${frameworkColumns}, assessment_rounds(${roundColumns})`)
		.order('position')
		.order('acronym');
	if (error) throw new DatabaseError('listing frameworks', error);
	const roundIds = data.flatMap((f) => f.assessment_rounds.map((r) => r.id));
	const [counts, imports] = await Promise.all([
		Promise.all(roundIds.map(async (id) => [id, await roundScoreCount(db, id)] as const)),
		lastImports(db, roundIds)
	]);
	const countOf = new Map(counts);
	return data.map(({ assessment_rounds, ...framework }) => ({
		...framework,
		rounds: assessment_rounds
			.sort((a, b) => b.year - a.year || a.slug.localeCompare(b.slug))
			.map((round) => ({
				...round,
				scores: countOf.get(round.id) ?? 0,
				lastImport: imports.get(round.id) ?? null
			}))
	}));
}

async function lastImports(db: Db, roundIds: string[]) {
	const last = new Map<string, RoundOverview['lastImport']>();
	await Promise.all(
		roundIds.map(async (id) => {
			const { data, error } = await db
				.from('assessment_imports')
				.select('created_at, file_name, users(name, email)')
				.eq('round_id', id)
				.order('created_at', { ascending: false })
				.limit(1)
				.maybeSingle();
			if (error) throw new DatabaseError('finding the last import', error);
			if (data) {
				last.set(id, {
					at: data.created_at,
					by: data.users?.name ?? data.users?.email ?? null,
					fileName: data.file_name
				});
			}
		})
	);
	return last;
}
