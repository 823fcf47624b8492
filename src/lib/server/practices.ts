import * as v from 'valibot';
import type { Tables } from '$lib/database.types';
import type { Outcome } from '$lib/practices';
import type { PracticeInput, PracticePatch } from '$lib/schemas/practice';
import type { SessionUser } from './auth/session';
import { userDb } from './db';
import { DatabaseError } from './errors';
import { keptForPublic } from './public-reads';
import { componentCatalogue, sectorCatalogue } from './reference/catalogues';
import type { CatalogueEntry } from './reference/catalogues';
import type { Db } from './supabase';

type PracticeRow = Tables<'practices'>;

export interface PracticeFilters {
	kind?: PracticeRow['kind'];
	sector?: string;
	component?: string;
	state?: string;
	language?: string;
	city?: string;
	status?: PracticeRow['status'];
}

export type PracticeSummary = Pick<
	PracticeRow,
	| 'slug'
	| 'kind'
	| 'status'
	| 'language'
	| 'title'
	| 'title_en'
	| 'summary_en'
	| 'sectors'
	| 'components'
	| 'updated_at'
> & { city: Pick<Tables<'cities'>, 'slug' | 'name' | 'state'> };

export type Practice = PracticeSummary &
	Pick<PracticeRow, 'version' | 'markdown' | 'created_at' | 'published_at'> & {
		outcomes: Outcome[];
		author: { name: string } | null;
	};

export type Revision = Pick<
	Tables<'practice_revisions'>,
	| 'version'
	| 'title'
	| 'title_en'
	| 'summary_en'
	| 'markdown'
	| 'status'
	| 'language'
	| 'note'
	| 'created_at'
> & { author: { name: string } | null };

// Outcomes are a JSON column, which the generated types leave as `Json`: read them here, once.
const outcomesSchema = v.array(
	v.object({ label: v.string(), value: v.number(), unit: v.optional(v.string(), '') })
);

// update_practice answers in JSON, which the generated types cannot describe.
const updateAnswerSchema = v.variant('status', [
	v.object({ status: v.literal('saved'), version: v.number(), slug: v.string() }),
	v.object({ status: v.literal('conflict') }),
	v.object({ status: v.literal('forbidden') }),
	v.object({ status: v.literal('not_found') })
]);

const summaryColumns = `slug, kind, status, language, title, title_en, summary_en, sectors, components,
	updated_at, city:cities!inner (slug, name, state)`;

async function readPractices(
	db: Db,
	{ filters, page, perPage }: { filters: PracticeFilters; page: number; perPage: number }
): Promise<{ total: number; practices: PracticeSummary[] }> {
	let query = db.from('practices').select(summaryColumns, { count: 'exact' });
	query = query.eq('status', filters.status ?? 'published');
	if (filters.kind) query = query.eq('kind', filters.kind);
	if (filters.language) query = query.eq('language', filters.language);
	if (filters.sector) query = query.contains('sectors', [filters.sector]);
	if (filters.component) query = query.contains('components', [filters.component]);
	if (filters.state) query = query.eq('cities.state', filters.state);
	if (filters.city) {
		// By the city's id, which is indexed: a filter on the embedded city would join every
		// practice first.
		const { data: city, error } = await db
			.from('cities')
			.select('id')
			.eq('slug', filters.city)
			.maybeSingle();
		if (error) throw new DatabaseError('finding a city', error);
		if (!city) return { total: 0, practices: [] };
		query = query.eq('city_id', city.id);
	}
	const from = (page - 1) * perPage;
	const { data, count, error } = await query
		.order('updated_at', { ascending: false })
		.order('slug')
		.range(from, from + perPage - 1);
	if (error && error.code !== 'PGRST103') throw new DatabaseError('listing practices', error);
	return { total: count ?? 0, practices: data ?? [] };
}

// Pages of the library as the public sees them: the first pages and each city's newest are
// most of what is asked for.
const publicPractices = keptForPublic(['practices', 'cities'], readPractices, { max: 500 });

/** One page of practices the reader may see, newest first. Published only unless asked. */
export async function listPractices(
	db: Db,
	filters: PracticeFilters,
	{ page, perPage }: { page: number; perPage: number }
): Promise<{ total: number; practices: PracticeSummary[] }> {
	return publicPractices(db, { filters, page, perPage });
}

async function readPractice(db: Db, slug: string): Promise<Practice | null> {
	const [{ data, error }, author] = await Promise.all([
		db
			.from('practices')
			.select(`${summaryColumns}, markdown, outcomes, version, created_at, published_at`)
			.eq('slug', slug)
			.maybeSingle(),
		// The public may not read author_id; this view names the author of what it may read.
		db.from('practice_authors').select('author_name').eq('slug', slug).maybeSingle()
	]);
	if (error) throw new DatabaseError(`reading practice ${slug}`, error);
	if (author.error) throw new DatabaseError(`reading the author of ${slug}`, author.error);
	if (!data) return null;
	const name = author.data?.author_name;
	return {
		...data,
		outcomes: v.parse(outcomesSchema, data.outcomes),
		author: name ? { name } : null
	};
}

// The author's name comes through practice_authors, which reads users.
const publicPractice = keptForPublic(['practices', 'cities', 'users'], readPractice, { max: 1000 });

/** A practice the reader may see, or null. */
export async function getPractice(db: Db, slug: string): Promise<Practice | null> {
	return publicPractice(db, slug);
}

export type CreateResult =
	| { kind: 'created'; slug: string }
	| { kind: 'invalid'; field: string; message: string }
	| { kind: 'forbidden' };

/** Creates a practice as the user; a repeated idempotency key returns the first one's slug. */
export async function createPractice(
	user: SessionUser,
	input: PracticeInput,
	idempotencyKey: string | null
): Promise<CreateResult> {
	const { data, error } = await userDb(user).rpc('create_practice', {
		p: { ...input, slug_base: input.title_en },
		p_idempotency_key: idempotencyKey as string
	});
	if (error) return mapWriteError(error, 'creating a practice');
	return { kind: 'created', slug: data };
}

export type UpdateResult =
	| { kind: 'saved'; version: number; slug: string }
	| { kind: 'conflict'; current: Practice }
	| { kind: 'not_found' }
	| { kind: 'forbidden' }
	| { kind: 'invalid'; field: string; message: string };

/** Saves changes made from `version`; refuses (with the current text) if someone saved since. */
export async function updatePractice(
	user: SessionUser,
	slug: string,
	patch: Omit<PracticePatch, 'version'>,
	version: number,
	note: string | null = null
): Promise<UpdateResult> {
	const db = userDb(user);
	const { data, error } = await db.rpc('update_practice', {
		p_slug: slug,
		p_version: version,
		p: patch,
		p_note: note as string
	});
	if (error) return mapWriteError(error, `saving practice ${slug}`);
	const result = v.parse(updateAnswerSchema, data);
	if (result.status === 'saved') {
		return { kind: 'saved', version: result.version, slug: result.slug };
	}
	if (result.status === 'conflict') {
		const current = await getPractice(db, slug);
		return current ? { kind: 'conflict', current } : { kind: 'not_found' };
	}
	return { kind: result.status === 'forbidden' ? 'forbidden' : 'not_found' };
}

function mapWriteError(
	error: { code?: string; message: string; hint?: string | null },
	what: string
): { kind: 'forbidden' } | { kind: 'invalid'; field: string; message: string } {
	// 42501: row-level security refused the write; 22023: a value the database checks refused.
	if (error.code === '42501') return { kind: 'forbidden' };
	if (error.code === '22023') {
		return { kind: 'invalid', field: error.hint ?? 'form', message: error.message };
	}
	if (error.code === '23514') {
		// A check constraint's message names the table and constraint: log it, answer in general.
		console.warn(`${what}: refused by a check constraint: ${error.message}`);
		return { kind: 'invalid', field: 'form', message: 'This value is not valid.' };
	}
	throw new DatabaseError(what, error);
}

/**
 * Every revision of a practice, newest first. Earlier versions may be drafts, so only those who
 * may read the practice's drafts (its city, mentors, admins) see them: anyone else who can read
 * the practice gets `forbidden`.
 */
export async function listRevisions(
	db: Db,
	slug: string
): Promise<Revision[] | 'not_found' | 'forbidden'> {
	const { data: practice, error } = await db
		.from('practices')
		.select('id')
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading practice ${slug}`, error);
	if (!practice) return 'not_found';
	const { data, error: revisionError } = await db
		.from('practice_revisions')
		.select(
			'version, title, title_en, summary_en, markdown, status, language, note, created_at, author_name'
		)
		.eq('practice_id', practice.id)
		.order('version', { ascending: false });
	// The public holds no privilege on revisions at all.
	if (revisionError?.code === '42501') return 'forbidden';
	if (revisionError) throw new DatabaseError(`reading revisions of ${slug}`, revisionError);
	// Every practice has its first revision: none visible means the policy withheld them.
	if (!data || data.length === 0) return 'forbidden';
	return data.map(({ author_name, ...revision }) => ({
		...revision,
		author: author_name ? { name: author_name } : null
	}));
}

/** Restores an old revision's text as a new revision. */
export async function restoreRevision(
	user: SessionUser,
	slug: string,
	revision: Revision,
	currentVersion: number
): Promise<UpdateResult> {
	return updatePractice(
		user,
		slug,
		{
			title: revision.title,
			title_en: revision.title_en,
			summary_en: revision.summary_en,
			markdown: revision.markdown,
			language: revision.language
		},
		currentVersion,
		`restored version ${revision.version}`
	);
}

/** Sector choices with names in both languages (kept in memory until sectors change). */
export function listSectors(): Promise<CatalogueEntry[]> {
	return sectorCatalogue();
}

/** ICCC component choices with names in both languages (kept until the components change). */
export function listComponents(): Promise<CatalogueEntry[]> {
	return componentCatalogue();
}

/** The newest published practices of one city, for its page, and how many there are. */
export async function cityPractices(
	db: Db,
	citySlug: string,
	limit = 12
): Promise<{ total: number; practices: PracticeSummary[] }> {
	return listPractices(db, { city: citySlug }, { page: 1, perPage: limit });
}
