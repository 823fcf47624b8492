import { describe, expect, it, vi } from 'vitest';
import { DatabaseError } from '../errors';
import { refusalOf, stepOutcome, verifyOutcome } from './outcomes';

describe('refusalOf', () => {
	it('reads a policy refusal as forbidden', () => {
		expect(
			refusalOf({ code: '42501', message: 'new row violates row-level security' }, 'x')
		).toEqual({
			status: 'forbidden'
		});
	});

	it('puts a refused value beside the field its hint names', () => {
		const refused = (hint: string, message = 'refused') =>
			refusalOf({ code: '22023', message, hint }, 'x');
		expect(refused('practice')).toEqual({
			status: 'invalid',
			errors: { practice: 'adoption.error.practiceUnknown' }
		});
		expect(refused('mentorship')).toEqual({
			status: 'invalid',
			errors: { mentorship: 'adoption.error.mentorshipUnknown' }
		});
		expect(refused('nodal_user_id')).toEqual({
			status: 'invalid',
			errors: { nodal_user_id: 'adoption.error.nodalUnknown' }
		});
		expect(refused('on', 'a stage cannot be dated in the future')).toEqual({
			status: 'invalid',
			errors: { on: 'adoption.error.dateFuture' }
		});
		expect(refused('on', 'a stage cannot be dated before the Mission began')).toEqual({
			status: 'invalid',
			errors: { on: 'adoption.error.dateEarly' }
		});
		expect(refused('something')).toEqual({ status: 'invalid', errors: { form: 'form.invalid' } });
	});

	it('answers a unique violation with the message the caller gives', () => {
		const error = { code: '23505', message: 'your city already records this practice' };
		expect(refusalOf(error, 'x', ['practice', 'adoption.error.alreadyRecorded'])).toEqual({
			status: 'invalid',
			errors: { practice: 'adoption.error.alreadyRecorded' }
		});
		expect(() => refusalOf(error, 'x')).toThrow(DatabaseError);
	});

	it('answers a check constraint in general, and logs it', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(refusalOf({ code: '23514', message: 'violates check constraint' }, 'x')).toEqual({
			status: 'invalid',
			errors: { form: 'form.invalid' }
		});
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});

	it('throws anything else', () => {
		expect(() => refusalOf({ code: '08006', message: 'connection failure' }, 'x')).toThrow(
			DatabaseError
		);
	});
});

describe('stepOutcome', () => {
	it('reads each answer of add_adoption_step', () => {
		expect(stepOutcome({ status: 'saved', step: 's1', version: 3 })).toEqual({
			status: 'saved',
			step: 's1',
			version: 3
		});
		expect(stepOutcome({ status: 'stale', version: 4 })).toEqual({ status: 'stale', version: 4 });
		expect(stepOutcome({ status: 'not_found' })).toEqual({ status: 'not_found' });
		expect(stepOutcome({ status: 'forbidden' })).toEqual({ status: 'forbidden' });
	});

	it('refuses an answer it does not know', () => {
		expect(() => stepOutcome({ status: 'saved' })).toThrow();
		expect(() => stepOutcome('saved')).toThrow();
	});
});

describe('verifyOutcome', () => {
	it('reads each answer of verify_adoption_step', () => {
		expect(verifyOutcome({ status: 'saved' })).toEqual({ status: 'saved' });
		expect(verifyOutcome({ status: 'forbidden' })).toEqual({ status: 'forbidden' });
		expect(verifyOutcome({ status: 'not_found' })).toEqual({ status: 'not_found' });
		expect(verifyOutcome({ status: 'already_verified' })).toEqual({ status: 'stale' });
		expect(verifyOutcome({ status: 'not_a_claim' })).toEqual({
			status: 'invalid',
			errors: { form: 'adoption.error.notAClaim' }
		});
	});
});
