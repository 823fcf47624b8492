// What a write on an adoption comes to, for the pages and the JSON API alike, and how the
// database's answers map to it: the RPCs answer in JSON (parsed here, once, with valibot) or
// raise a Postgres error whose code and hint say why.
import * as v from 'valibot';
import type { MessageKey } from '$lib/i18n';
import { DatabaseError } from '../errors';

export type Errors = Partial<Record<string, MessageKey>>;

export type Saved<T extends object = object> = { status: 'saved' } & T;
export type Forbidden = { status: 'forbidden' };
export type NotFound = { status: 'not_found' };
/** Someone changed it since the caller's version (the current one, where there is one). */
export type Stale = { status: 'stale'; version?: number };
export type Invalid = { status: 'invalid'; errors: Errors };

export type Outcome<T extends object = object> = Saved<T> | Forbidden | NotFound | Stale | Invalid;

export const forbidden: Forbidden = { status: 'forbidden' };
export const notFound: NotFound = { status: 'not_found' };
export const invalid = (errors: Errors): Invalid => ({ status: 'invalid', errors });

type PgError = { code?: string; message: string; hint?: string | null };

// The fields Postgres names in a hint (code 22023), with what to tell the user.
const hints: Record<string, [string, MessageKey]> = {
	practice: ['practice', 'adoption.error.practiceUnknown'],
	mentorship: ['mentorship', 'adoption.error.mentorshipUnknown'],
	nodal_user_id: ['nodal_user_id', 'adoption.error.nodalUnknown']
};

/**
 * A refused write: 42501 (a policy or rule) is forbidden; 22023 names the field it refused in
 * its hint; a unique violation (23505) is `unique`'s message, where the caller gives one; a
 * check constraint or a malformed value is a general message (and logged: the caller's schema
 * should have caught it). Anything else is a fault and is thrown.
 */
export function refusalOf(
	error: PgError,
	what: string,
	unique?: [string, MessageKey]
): Forbidden | Invalid {
	if (error.code === '42501') return forbidden;
	if (error.code === '22023') {
		if (error.hint === 'on') {
			const future = /future/i.test(error.message);
			return invalid({ on: future ? 'adoption.error.dateFuture' : 'adoption.error.dateEarly' });
		}
		const [field, message] = hints[error.hint ?? ''] ?? ['form', 'form.invalid'];
		return invalid({ [field]: message });
	}
	if (error.code === '23505' && unique) return invalid({ [unique[0]]: unique[1] });
	if (['23502', '23503', '23514', '22P02', '22003'].includes(error.code ?? '')) {
		console.warn(`${what}: refused by the database: ${error.message}`);
		return invalid({ form: 'form.invalid' });
	}
	throw new DatabaseError(what, error);
}

// add_adoption_step's answer.
const stepAnswer = v.variant('status', [
	v.object({ status: v.literal('saved'), step: v.string(), version: v.number() }),
	v.object({ status: v.literal('stale'), version: v.number() }),
	v.object({ status: v.literal('not_found') }),
	v.object({ status: v.literal('forbidden') })
]);

/** add_adoption_step's JSON as an outcome. */
export function stepOutcome(
	data: unknown
): Saved<{ step: string; version: number }> | Stale | NotFound | Forbidden {
	return v.parse(stepAnswer, data);
}

// verify_adoption_step's answer.
const verifyAnswer = v.object({
	status: v.picklist(['saved', 'not_found', 'forbidden', 'not_a_claim', 'already_verified'])
});

/**
 * verify_adoption_step's JSON as an outcome: a step that is no claim is invalid; one verified
 * already is stale (someone verified it since the caller looked).
 */
export function verifyOutcome(data: unknown): Saved | Stale | NotFound | Forbidden | Invalid {
	const { status } = v.parse(verifyAnswer, data);
	switch (status) {
		case 'not_a_claim':
			return invalid({ form: 'adoption.error.notAClaim' });
		case 'already_verified':
			return { status: 'stale' };
		default:
			return { status };
	}
}
