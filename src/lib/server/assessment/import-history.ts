// A round's imports, newest first: who imported which file when, and what each changed, value by
// value (old → new). Admins only: row-level security shows the imports to nobody else.
import type { Db } from '../supabase';
import { DatabaseError } from '../errors';

/** How many imports the round's page lists, and how many changes it shows of each. */
export const HISTORY_IMPORTS = 20;
export const HISTORY_CHANGES = 200;

export interface ImportChange {
	city: { slug: string; name: string };
	parameter: { slug: string; name_en: string; name_hi: string };
	old: number | null;
	new: number | null;
}

export interface ImportRecord {
	id: string;
	at: string;
	by: string | null;
	fileName: string;
	fileKind: string;
	imported: number;
	unchanged: number;
	removed: number;
	/** The first HISTORY_CHANGES changes, by city and parameter. */
	changes: ImportChange[];
	/** How many changes the import made in all. */
	changeCount: number;
}

/** The round's latest imports with their changes. */
export async function importHistory(db: Db, roundId: string): Promise<ImportRecord[]> {
	const { data, error } = await db
		.from('assessment_imports')
		.select(
			'id, created_at, file_name, file_kind, imported, unchanged, removed, users(name, email)'
		)
		.eq('round_id', roundId)
		.order('created_at', { ascending: false })
		.limit(HISTORY_IMPORTS);
	if (error) throw new DatabaseError('listing imports', error);
	return Promise.all(
		data.map(async (record) => {
			const changes = await db
				.from('assessment_import_changes')
				.select(
					'old_value, new_value, cities(slug, name), framework_nodes(slug, name_en, name_hi)',
					{ count: 'exact' }
				)
				.eq('import_id', record.id)
				.order('city_id')
				.order('node_id')
				.limit(HISTORY_CHANGES);
			if (changes.error) throw new DatabaseError('listing changes', changes.error);
			return {
				id: record.id,
				at: record.created_at,
				by: record.users?.name ?? record.users?.email ?? null,
				fileName: record.file_name,
				fileKind: record.file_kind,
				imported: record.imported,
				unchanged: record.unchanged,
				removed: record.removed,
				changeCount: changes.count ?? changes.data.length,
				changes: changes.data
					.map((c) => ({
						city: c.cities,
						parameter: c.framework_nodes,
						old: c.old_value,
						new: c.new_value
					}))
					.sort(
						(a, b) =>
							a.city.name.localeCompare(b.city.name) ||
							a.parameter.slug.localeCompare(b.parameter.slug)
					)
			};
		})
	);
}
