// City vocabularies shared by the server and the pages.
export const zones = [
	'northern',
	'western',
	'southern',
	'eastern',
	'north-eastern',
	'central'
] as const;
export const rounds = ['round-1', 'fast-track', 'round-2', 'round-3', 'round-4'] as const;
export type Zone = (typeof zones)[number];
export type Round = (typeof rounds)[number];

/** Whether a value (from the database, say) is a zonal council's slug. */
export const isZone = (value: string): value is Zone =>
	(zones as readonly string[]).includes(value);
/** The message key naming a zonal council. */
export const zoneKey = (zone: Zone) => `zone.${zone}` as const;
/** The message key naming a selection round. */
export const roundKey = (round: Round) => `round.${round}` as const;
