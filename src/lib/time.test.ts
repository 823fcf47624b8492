import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/schemas/forms';
import { issuesByField } from '$lib/schemas/practice';
import {
	formatSessionTime,
	instantSchema,
	istDateTimeSchema,
	parseInstant,
	parseIstDateTime,
	toIstDateTimeLocal
} from './time';

const form = (values: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(values)) data.set(key, value);
	return data;
};

describe('parseIstDateTime', () => {
	it('reads a datetime-local value as IST, five and a half hours ahead of UTC', () => {
		expect(parseIstDateTime('2026-12-03T15:30')).toBe('2026-12-03T10:00:00.000Z');
		expect(parseIstDateTime('2026-12-03T15:30:45')).toBe('2026-12-03T10:00:45.000Z');
		expect(parseIstDateTime('2026-12-03T15:30:45.5')).toBe('2026-12-03T10:00:45.500Z');
	});

	it('crosses midnight and year ends back into the UTC day before', () => {
		expect(parseIstDateTime('2027-01-01T02:00')).toBe('2026-12-31T20:30:00.000Z');
		expect(parseIstDateTime('2028-03-01T05:29')).toBe('2028-02-29T23:59:00.000Z');
	});

	it('accepts 29 February only in a leap year', () => {
		expect(parseIstDateTime('2028-02-29T10:00')).toBe('2028-02-29T04:30:00.000Z');
		expect(parseIstDateTime('2026-02-29T10:00')).toBeNull();
	});

	it.each([
		'2026-02-30T10:00',
		'',
		'10:00',
		'2026-12-03T25:00',
		'2026-12-03T24:00',
		'2026-12-03T15:60',
		'2026-12-03T15:30:60',
		'2026-13-01T10:00',
		'2026-00-10T10:00',
		'2026-04-31T10:00',
		'2026-12-00T10:00',
		'2026-12-03',
		'2026-12-03 15:30',
		'2026-12-03T15:30Z',
		'2026-12-03T15:30+05:30',
		'0202-12-03T15:30',
		'2026-12-3T15:30',
		' 2026-12-03T15:30',
		'2026-12-03T15:30:00.1234',
		'२०२६-१२-०३T15:30'
	])('refuses %j', (value) => {
		expect(parseIstDateTime(value)).toBeNull();
	});
});

describe('toIstDateTimeLocal', () => {
	it('shows a UTC instant as the IST wall clock, to the minute', () => {
		expect(toIstDateTimeLocal('2026-12-03T10:00:00Z')).toBe('2026-12-03T15:30');
		expect(toIstDateTimeLocal('2026-12-31T20:30:59.999Z')).toBe('2027-01-01T02:00');
		expect(toIstDateTimeLocal(new Date('2026-06-15T00:00:00+05:30'))).toBe('2026-06-15T00:00');
		// PostgREST writes timestamptz with a +00:00 offset.
		expect(toIstDateTimeLocal('2026-12-03T10:00:00+00:00')).toBe('2026-12-03T15:30');
	});

	it('round-trips with parseIstDateTime', () => {
		for (const local of ['2026-12-03T15:30', '2027-01-01T00:00', '2028-02-29T23:59']) {
			expect(toIstDateTimeLocal(parseIstDateTime(local)!)).toBe(local);
		}
		for (const instant of ['2026-12-03T10:00:00.000Z', '2026-12-31T18:30:00.000Z']) {
			expect(parseIstDateTime(toIstDateTimeLocal(instant))).toBe(instant);
		}
	});

	it('throws on a value that is not a date', () => {
		expect(() => toIstDateTimeLocal('soon')).toThrow(RangeError);
	});
});

describe('parseInstant', () => {
	it('turns any offset into the same UTC instant', () => {
		for (const value of [
			'2026-12-03T15:30:00+05:30',
			'2026-12-03T15:30+05:30',
			'2026-12-03T10:00:00Z',
			'2026-12-03t10:00:00.000z',
			'2026-12-03T05:00:00-05:00',
			'2026-12-03T10:00:00.000000000+00:00'
		]) {
			expect(parseInstant(value), value).toBe('2026-12-03T10:00:00.000Z');
		}
		expect(parseInstant('2026-12-31T23:30:00-01:00')).toBe('2027-01-01T00:30:00.000Z');
	});

	it.each([
		'2026-12-03T15:30:00',
		'2026-12-03T15:30',
		'2026-12-03',
		'',
		'2026-02-30T10:00:00Z',
		'2026-12-03T25:00:00Z',
		'2026-12-03T15:30:00+0530',
		'2026-12-03T15:30:00+05',
		'2026-12-03T15:30:00+24:00',
		'2026-12-03T15:30:00+05:60',
		'2026-12-03 10:00:00Z',
		'9999-12-31T23:00:00-02:00',
		'Thu, 03 Dec 2026 10:00:00 GMT'
	])('refuses %j', (value) => {
		expect(parseInstant(value)).toBeNull();
	});
});

describe('istDateTimeSchema', () => {
	const schema = v.object({ starts_at: istDateTimeSchema });

	it('gives the UTC instant of a form value read as IST', () => {
		expect(parseForm(schema, form({ starts_at: ' 2026-12-03T15:30 ' }))).toEqual({
			ok: true,
			data: { starts_at: '2026-12-03T10:00:00.000Z' }
		});
	});

	it('names an empty and an impossible value with message keys', () => {
		expect(parseForm(schema, form({}))).toEqual({
			ok: false,
			errors: { starts_at: 'form.required' }
		});
		for (const value of ['2026-02-30T10:00', '10:00', '2026-12-03T25:00']) {
			expect(parseForm(schema, form({ starts_at: value }))).toEqual({
				ok: false,
				errors: { starts_at: 'calendar.dateTimeInvalid' }
			});
		}
	});
});

describe('instantSchema', () => {
	const schema = v.object({ starts_at: instantSchema });
	const errors = (input: unknown) => {
		const result = v.safeParse(schema, input);
		return result.success ? null : issuesByField(result.issues);
	};

	it('gives the UTC instant of a value with an offset', () => {
		expect(v.parse(schema, { starts_at: '2026-12-03T15:30:00+05:30' })).toEqual({
			starts_at: '2026-12-03T10:00:00.000Z'
		});
	});

	it('refuses a value without an offset, an impossible date and a missing field', () => {
		expect(errors({ starts_at: '2026-12-03T15:30:00' })).toEqual({
			starts_at: 'calendar.instantInvalid'
		});
		expect(errors({ starts_at: '2026-02-30T10:00:00Z' })).toEqual({
			starts_at: 'calendar.instantInvalid'
		});
		expect(errors({ starts_at: 1764756000000 })).toEqual({ starts_at: 'form.required' });
		expect(errors({})).toEqual({ starts_at: 'form.required' });
	});
});

describe('formatSessionTime', () => {
	it('shows the range in IST and says so, in English and Hindi', () => {
		const en = formatSessionTime('en', '2026-12-03T10:00:00Z', 90);
		expect(en).toMatch(/^3 Dec 2026, 3:30\s?–\s?5:00\spm IST$/);
		const hi = formatSessionTime('hi', '2026-12-03T10:00:00Z', 90);
		expect(hi).toMatch(/^3 दिस॰ 2026, 3:30\s?–\s?5:00\spm भारतीय समय$/);
	});

	it('names both dates when a session runs past midnight IST', () => {
		expect(formatSessionTime('en', '2026-12-03T18:00:00Z', 60)).toMatch(
			/^3 Dec 2026, 11:30\spm\s?–\s?4 Dec 2026, 12:30\sam IST$/
		);
	});
});
