import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { adminTableIds, isAdminTableId, publicTableIds, reachTable, reachTables } from './tables';
import { sampleReport } from './tables.fixture';

const en = translator('en');
const hi = translator('hi');

describe('reachTables', () => {
	it('gives every public table, in order, and the admin ones only with detail', () => {
		expect(reachTables(sampleReport(), en, 'en').map((t) => t.id)).toEqual([...publicTableIds]);
		expect(reachTables(sampleReport(true), en, 'en').map((t) => t.id)).toEqual([
			...publicTableIds,
			...adminTableIds
		]);
		expect(reachTable(sampleReport(), 'city-detail', en, 'en')).toBeUndefined();
		expect(reachTable(sampleReport(), 'no-such-table', en, 'en')).toBeUndefined();
		expect(isAdminTableId('waiting-requests')).toBe(true);
		expect(isAdminTableId('waiting')).toBe(false);
	});

	it('keeps every cell under a column of its table', () => {
		for (const table of reachTables(sampleReport(true), en, 'en')) {
			const keys = new Set(table.columns.map((c) => c.key));
			for (const c of table.columns) if (c.langKey) keys.add(c.langKey);
			for (const row of table.rows) {
				for (const key of Object.keys(row)) expect(keys, `${table.id}.${key}`).toContain(key);
			}
			expect(table.caption).not.toMatch(/^reachCharts\./);
			expect(table.title).not.toMatch(/^reachCharts\./);
		}
	});

	it('writes the headline figures with their change against the previous period', () => {
		const headline = reachTable(sampleReport(), 'headline', en, 'en')!;
		expect(headline.rows).toContainEqual({
			figure: 'Cities engaged (of 100)',
			current: 14,
			previous: 7,
			change: 7
		});
		expect(headline.rows).toContainEqual({
			figure: 'Adoptions at stage: Scaled',
			current: 0,
			previous: 0,
			change: 0
		});
		expect(headline.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual([
			'current',
			'previous',
			'change'
		]);
	});

	it('names modes, stages, zones and roles in the reader’s language', () => {
		const report = sampleReport();
		expect(reachTable(report, 'sessions', en, 'en')!.rows[1]).toEqual({
			month: '2026-01',
			mode: 'Site visit',
			count: 2
		});
		expect(reachTable(report, 'sessions', hi, 'hi')!.rows[0].mode).toBe('ऑनलाइन');
		expect(reachTable(report, 'funnel', hi, 'hi')!.rows[0]).toEqual({
			stage: 'विचाराधीन',
			count: 7,
			previous: 4
		});
		expect(reachTable(report, 'unreached-zones', en, 'en')!.rows).toEqual([
			{ zone: 'North Eastern' }
		]);
		const cities = reachTable(report, 'cities', en, 'en')!;
		// Only the cities the filters keep.
		expect(cities.rows).toEqual([
			{ city: 'Rajkot', state: 'Gujarat', zone: 'Western', role: 'Mentor' },
			{ city: 'Sagar', state: 'Madhya Pradesh', zone: 'Central', role: 'Mentee' }
		]);
		expect(reachTable(report, 'headline', hi, 'hi')!.columns[0].label).toBe('आँकड़ा');
	});

	it('names practice languages in their own script, with the language of each cell', () => {
		const practices = reachTable(sampleReport(), 'practices', en, 'en')!;
		expect(practices.rows[0]).toEqual({
			month: '2026-02',
			language: 'ગુજરાતી',
			language_code: 'gu',
			count: 2
		});
		expect(practices.columns.find((c) => c.key === 'language')?.langKey).toBe('language_code');
	});

	it('joins pairings to city names and leaves an open end empty', () => {
		expect(reachTable(sampleReport(), 'pairings', en, 'en')!.rows).toEqual([
			{
				mentor: 'Rajkot',
				mentee: 'Sagar',
				programme: 'national-iccc',
				status: 'Active',
				from: '2025-11-02',
				to: null
			}
		]);
	});

	it('gives the assessment groups with rounds in the caption, and none without two rounds', () => {
		const table = reachTable(sampleReport(), 'assessment', en, 'en')!;
		expect(table.caption).toContain('IMAF 1.0');
		expect(table.caption).toContain('IMAF 2.0');
		expect(table.note).toMatch(/association, not cause/);
		expect(table.rows).toEqual([
			{ group: 'Mentored cities', cities: 12, change: 6.3 },
			{ group: 'Cities not mentored', cities: 80, change: -1 }
		]);
		const empty = reachTable({ ...sampleReport(), assessment: null }, 'assessment', en, 'en')!;
		expect(empty.rows).toEqual([]);
		expect(empty.caption).not.toContain('{');
	});

	it('gives the median days (none yet is null, not zero) and the waiting requests', () => {
		const report = sampleReport(true);
		expect(reachTable(report, 'median-days', en, 'en')!.rows.map((r) => r.days)).toEqual([
			4.5,
			null
		]);
		expect(reachTable(report, 'waiting', en, 'en')!.rows).toEqual([{ count: 2, oldest: 19 }]);
		expect(reachTable(report, 'mentors-capacity', en, 'en')!.rows[0].free).toBe(2);
		expect(reachTable(report, 'waiting-requests', en, 'en')!.rows).toEqual([
			{ mentee: 'Sagar', mentor: 'Rajkot', status: 'Requested', requested: '2026-03-12', days: 19 }
		]);
	});

	it('lists an admin’s proposal that carries no request date, without one', () => {
		const report = sampleReport(true);
		report.detail!.waiting_requests.push({
			...report.detail!.waiting_requests[0],
			id: '00000000-0000-4000-8000-000000000002',
			status: 'proposed',
			requested_at: null,
			days: null
		});
		const rows = reachTable(report, 'waiting-requests', en, 'en')!.rows;
		expect(rows[1]).toMatchObject({ status: 'Proposed', requested: null, days: null });
	});
});
