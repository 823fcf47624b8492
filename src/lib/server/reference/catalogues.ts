// The sector and ICCC component catalogues, with their names in English and Hindi: reference
// data every form, filter and search facet names. Kept in memory until a change notice names
// their table (see changes.ts); read with the anon client, so only what anyone may see is kept.
import { memo } from '../changes';
import { publicDb } from '../db';
import { DatabaseError } from '../errors';

export interface CatalogueEntry {
	slug: string;
	name_en: string;
	name_hi: string;
}

const sectors = memo(['sectors'], async (): Promise<CatalogueEntry[]> => {
	const { data, error } = await publicDb()
		.from('sectors')
		.select('slug, name_en, name_hi')
		.order('sort_order');
	if (error) throw new DatabaseError('listing sectors', error);
	return data;
});

const components = memo(['iccc_components'], async (): Promise<CatalogueEntry[]> => {
	const { data, error } = await publicDb()
		.from('iccc_components')
		.select('slug, name_en, name_hi')
		.order('sort_order');
	if (error) throw new DatabaseError('listing ICCC components', error);
	return data;
});

/** Sectors, in catalogue order. */
export function sectorCatalogue(): Promise<CatalogueEntry[]> {
	return sectors.get();
}

/** ICCC components, in catalogue order. */
export function componentCatalogue(): Promise<CatalogueEntry[]> {
	return components.get();
}
