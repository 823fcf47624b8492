// What a round's admin page shows beside the import form: the framework's nodes to import
// against (slugs and scales) and how many values the round holds.
import type { Enums } from '$lib/database.types';
import type { Db } from '../supabase';
import { DatabaseError } from '../errors';
import type { Framework } from './rounds';

export interface RoundParameter {
	slug: string;
	kind: Enums<'framework_node_kind'>;
	name_en: string;
	name_hi: string;
	scheme: Enums<'score_scheme'>;
}

/** The framework's nodes in their order, each with the scheme it is scored on. */
export async function roundParameters(db: Db, framework: Framework): Promise<RoundParameter[]> {
	const { data, error } = await db
		.from('framework_nodes')
		.select('slug, kind, name_en, name_hi, scheme')
		.eq('framework_id', framework.id)
		.order('position')
		.order('slug');
	if (error) throw new DatabaseError('listing parameters', error);
	return data.map((node) => ({ ...node, scheme: node.scheme ?? framework.scheme }));
}

/** How many values (not rank-only entries) the round holds. */
export async function roundScoreCount(db: Db, roundId: string): Promise<number> {
	const { count, error } = await db
		.from('assessment_scores')
		.select('id', { count: 'exact', head: true })
		.eq('round_id', roundId)
		.not('value', 'is', null);
	if (error) throw new DatabaseError('counting scores', error);
	return count ?? 0;
}
