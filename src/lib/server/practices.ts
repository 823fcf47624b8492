import { kinds, statuses } from '$lib/practices';
import type { Kind, Outcome, Status } from '$lib/practices';
import type { PracticeInput, PracticePatch } from '$lib/schemas/practice';
import type { SessionUser } from './auth/session';
import { publicDb, userDb } from './db';
import { DatabaseError } from './errors';
import type { Db } from './supabase';

export interface PracticeFilters {
	kind?: Kind;
	sector?: string;
	component?: string;
	state?: string;
	language?: string;
	city?: string;
	status?: Status;
}

export interface PracticeSummary {
	slug: string;
	kind: Kind;
	status: Status;
	language: string;
	title: string;
	title_en: string;
	summary_en: string;
	sectors: string[];
	components: string[];
	updated_at: string;
	city: { slug: string; name: string; state: string };
}

export interface Practice extends PracticeSummary {
	markdown: string;
	outcomes: Outcome[];
	version: number;
	created_at: string;
	published_at: string | null;
	author: { name: string } | null;
}

export interface Revision {
	version: number;
	title: string;
	title_en: string;
	summary_en: string;
	markdown: string;
	status: Status;
	language: string;
	note: string | null;
	created_at: string;
	author: { name: string } | null;
}

const summaryColumns = `slug, kind, status, language, title, title_en, summary_en, sectors, components,
	updated_at, city:cities!inner (slug, name, state)`;

/** One page of practices the reader may see, newest first. Published only unless asked. */
export async function listPractices(
	db: Db,
	filters: PracticeFilters,
	{ page, perPage }: { page: number; perPage: number }
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
	return { total: count ?? 0, practices: (data ?? []) as unknown as PracticeSummary[] };
}

/** A practice the reader may see, or null. */
export async function getPractice(db: Db, slug: string): Promise<Practice | null> {
	const { data, error } = await db
		.from('practices')
		.select(`${summaryColumns}, markdown, outcomes, version, created_at, published_at, author_name`)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading practice ${slug}`, error);
	if (!data) return null;
	const { author_name, ...practice } = data as unknown as Omit<Practice, 'author'> & {
		author_name: string | null;
	};
	return { ...practice, author: author_name ? { name: author_name } : null };
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
	const result = data as { status: string; version?: number; slug?: string };
	if (result.status === 'saved') {
		return { kind: 'saved', version: result.version ?? version + 1, slug: result.slug ?? slug };
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

/** Every revision of a practice, newest first (signed-in readers who may see the practice). */
export async function listRevisions(db: Db, slug: string): Promise<Revision[] | null> {
	const { data: practice, error } = await db
		.from('practices')
		.select('id')
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading practice ${slug}`, error);
	if (!practice) return null;
	const { data, error: revisionError } = await db
		.from('practice_revisions')
		.select(
			'version, title, title_en, summary_en, markdown, status, language, note, created_at, author_name'
		)
		.eq('practice_id', practice.id)
		.order('version', { ascending: false });
	if (revisionError) throw new DatabaseError(`reading revisions of ${slug}`, revisionError);
	// author_name is a computed field, which the generated types do not describe.
	const rows = (data ?? []) as unknown as (Omit<Revision, 'author'> & {
		author_name: string | null;
	})[];
	return rows.map(({ author_name, ...revision }) => ({
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

/** Sector choices with names in both languages. */
export async function listSectors(): Promise<{ slug: string; name_en: string; name_hi: string }[]> {
	const { data, error } = await publicDb()
		.from('sectors')
		.select('slug, name_en, name_hi')
		.order('sort_order');
	if (error) throw new DatabaseError('listing sectors', error);
	return data ?? [];
}

/** ICCC component choices with names in both languages. */
export async function listComponents(): Promise<
	{ slug: string; name_en: string; name_hi: string }[]
> {
	const { data, error } = await publicDb()
		.from('iccc_components')
		.select('slug, name_en, name_hi')
		.order('sort_order');
	if (error) throw new DatabaseError('listing ICCC components', error);
	return data ?? [];
}

/** The newest published practices of one city, for its page, and how many there are. */
export async function cityPractices(
	db: Db,
	citySlug: string,
	limit = 12
): Promise<{ total: number; practices: PracticeSummary[] }> {
	return listPractices(db, { city: citySlug }, { page: 1, perPage: limit });
}

export interface PracticeVocabulary {
	sectors: string[];
	components: string[];
	states: string[];
}

/**
 * Reads practice filters from a query string, each checked against its vocabulary. Unknown
 * values are reported by name (the API answers 400, the page shows a notice); filters never
 * become query text of their own.
 */
export function parsePracticeFilters(
	params: URLSearchParams,
	vocabulary: PracticeVocabulary,
	{ allowStatus }: { allowStatus: boolean }
): { filters: PracticeFilters; invalid: { field: string; value: string }[] } {
	const filters: PracticeFilters = {};
	const invalid: { field: string; value: string }[] = [];
	const read = (name: string) => params.get(name)?.trim() || undefined;
	const kind = read('kind');
	if (kind) {
		if ((kinds as readonly string[]).includes(kind)) filters.kind = kind as Kind;
		else invalid.push({ field: 'kind', value: kind });
	}
	const checks: [keyof PracticeVocabulary, 'sector' | 'component' | 'state'][] = [
		['sectors', 'sector'],
		['components', 'component'],
		['states', 'state']
	];
	for (const [list, field] of checks) {
		const value = read(field);
		if (!value) continue;
		const known = vocabulary[list].find((v) => v.toLowerCase() === value.toLowerCase());
		if (known) filters[field] = known;
		else invalid.push({ field, value });
	}
	const language = read('language');
	if (language) {
		if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) filters.language = language;
		else invalid.push({ field: 'language', value: language });
	}
	const status = read('status');
	if (status) {
		if (allowStatus && (statuses as readonly string[]).includes(status)) {
			filters.status = status as Status;
		} else invalid.push({ field: 'status', value: status });
	}
	return { filters, invalid };
}

/** The vocabularies practice filters are checked against. */
export async function practiceVocabulary(states: string[]): Promise<PracticeVocabulary> {
	const [sectors, components] = await Promise.all([listSectors(), listComponents()]);
	return {
		sectors: sectors.map((s) => s.slug),
		components: components.map((c) => c.slug),
		states
	};
}
