// The maturity frameworks as the caller may read them: each framework's tree of pillars,
// dimensions, themes and parameters, and its rounds. Frameworks and their nodes are public; which
// rounds come back is row-level security's decision (private rounds reach admins only), so every
// read here goes through the caller's own client.
import type { Db } from '../supabase';
import { DatabaseError } from '../errors';
import type { Confidence, RankNode, Scheme } from './rankings';
import type { Enums } from '$lib/database.types';

export type NodeKind = Enums<'framework_node_kind'>;

export interface FrameworkNode extends RankNode {
	slug: string;
	kind: NodeKind;
	name_en: string;
	name_hi: string;
	/** The scheme the node itself names; null when it takes its framework's. */
	own_scheme: Scheme | null;
	/** 0 for a pillar, 1 for what sits below it, and so on. */
	depth: number;
	source_url: string | null;
	confidence: Confidence | null;
	note_en: string | null;
}

export interface Round {
	id: string;
	slug: string;
	name_en: string;
	name_hi: string | null;
	year: number;
	assessing_body: string;
	is_public: boolean;
	results_on: string | null;
	cities_assessed: number | null;
	source_url: string | null;
	confidence: Confidence | null;
	note_en: string | null;
}

export interface Framework {
	id: string;
	slug: string;
	acronym: string;
	name_en: string;
	name_hi: string;
	description_en: string;
	description_hi: string;
	scheme: Scheme;
	source_url: string | null;
	confidence: Confidence | null;
	note_en: string | null;
	/** In tree order: each node followed by its children, by position. */
	nodes: FrameworkNode[];
	/** The rounds the caller may see, newest first. */
	rounds: Round[];
}

const roundColumns =
	'id, slug, name_en, name_hi, year, assessing_body, is_public, results_on, cities_assessed, source_url, confidence, note_en';
const columns = `id, slug, acronym, name_en, name_hi, description_en, description_hi, scheme,
	source_url, confidence, note_en, position,
	framework_nodes (id, parent_id, slug, kind, name_en, name_hi, scheme, position, source_url,
		confidence, note_en),
	assessment_rounds (${roundColumns})`;

type NodeRow = Omit<FrameworkNode, 'depth' | 'own_scheme' | 'scheme'> & {
	scheme: Scheme | null;
	position: number;
};

/** Nodes in tree order (depth first, by position), each with its depth and effective scheme. */
export function treeOrder(rows: readonly NodeRow[], frameworkScheme: Scheme): FrameworkNode[] {
	const children = new Map<string | null, NodeRow[]>();
	const ids = new Set(rows.map((r) => r.id));
	for (const row of rows) {
		// A parent outside the list cannot happen (the database checks it); treat it as a root.
		const parent = row.parent_id && ids.has(row.parent_id) ? row.parent_id : null;
		children.set(parent, [...(children.get(parent) ?? []), row]);
	}
	const ordered: FrameworkNode[] = [];
	const walk = (parent: string | null, depth: number) => {
		const below = [...(children.get(parent) ?? [])].sort(
			(a, b) => a.position - b.position || a.slug.localeCompare(b.slug)
		);
		for (const row of below) {
			ordered.push({
				id: row.id,
				parent_id: row.parent_id,
				slug: row.slug,
				kind: row.kind,
				name_en: row.name_en,
				name_hi: row.name_hi,
				own_scheme: row.scheme,
				scheme: row.scheme ?? frameworkScheme,
				depth,
				source_url: row.source_url,
				confidence: row.confidence,
				note_en: row.note_en
			});
			walk(row.id, depth + 1);
		}
	};
	walk(null, 0);
	return ordered;
}

/** Rounds newest first: by year, then by the day results came out, then by name. */
export function newestFirst<R extends Pick<Round, 'year' | 'results_on' | 'name_en'>>(
	rounds: readonly R[]
): R[] {
	return [...rounds].sort(
		(a, b) =>
			b.year - a.year ||
			(b.results_on ?? '').localeCompare(a.results_on ?? '') ||
			a.name_en.localeCompare(b.name_en)
	);
}

type FrameworkRow = Omit<Framework, 'nodes' | 'rounds'> & {
	position: number;
	framework_nodes: NodeRow[];
	assessment_rounds: Round[];
};

function toFramework({
	framework_nodes,
	assessment_rounds,
	position: _position,
	...framework
}: FrameworkRow): Framework {
	return {
		...framework,
		nodes: treeOrder(framework_nodes, framework.scheme),
		rounds: newestFirst(assessment_rounds)
	};
}

export type FrameworkSummary = Omit<Framework, 'nodes' | 'rounds'>;

/** A framework without its tree and rounds. */
export function frameworkSummary(f: Framework): FrameworkSummary {
	return {
		id: f.id,
		slug: f.slug,
		acronym: f.acronym,
		name_en: f.name_en,
		name_hi: f.name_hi,
		description_en: f.description_en,
		description_hi: f.description_hi,
		scheme: f.scheme,
		source_url: f.source_url,
		confidence: f.confidence,
		note_en: f.note_en
	};
}

/** Every framework with its tree and the rounds the caller may see, in the Mission's order. */
export async function listFrameworks(db: Db): Promise<Framework[]> {
	const { data, error } = await db
		.from('frameworks')
		.select(columns)
		.order('position')
		.order('acronym');
	if (error) throw new DatabaseError('listing frameworks', error);
	return (data ?? []).map(toFramework);
}

/** One framework by slug with its tree and the rounds the caller may see, or null. */
export async function getFramework(db: Db, slug: string): Promise<Framework | null> {
	const { data, error } = await db
		.from('frameworks')
		.select(columns)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DatabaseError(`reading framework ${slug}`, error);
	return data ? toFramework(data) : null;
}

/** The round the pages open on: the newest public round, else the newest the caller sees. */
export function defaultRound(rounds: readonly Round[]): Round | null {
	return rounds.find((r) => r.is_public) ?? rounds[0] ?? null;
}

/** The round before `round` in the same framework (the next older one the caller sees). */
export function previousRound(rounds: readonly Round[], round: Round): Round | null {
	const i = rounds.findIndex((r) => r.id === round.id);
	return i >= 0 ? (rounds[i + 1] ?? null) : null;
}
