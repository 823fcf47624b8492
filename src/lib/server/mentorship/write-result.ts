// How a refused write reads to the page and the API: Postgres says why in its error code.
import { DatabaseError } from '../errors';

export type Refusal = { kind: 'forbidden' } | { kind: 'invalid'; field: string; message: string };

/**
 * 42501: a policy or rule refused the write; 22023: a value the database checks itself was
 * refused (the hint names the field); 23514: a check constraint (logged, answered in general).
 * Anything else is a fault and is thrown.
 */
export function refusalOf(
	error: { code?: string; message: string; hint?: string | null },
	what: string
): Refusal {
	if (error.code === '42501') return { kind: 'forbidden' };
	if (error.code === '22023') {
		return { kind: 'invalid', field: error.hint || 'form', message: error.message };
	}
	if (error.code === '23514' || error.code === '22P02') {
		// The message names the constraint or the value's type: log it, answer in general.
		console.warn(`${what}: refused by the database: ${error.message}`);
		return { kind: 'invalid', field: 'form', message: 'This value is not valid.' };
	}
	throw new DatabaseError(what, error);
}
