// The reach report as tables: one list that the page's <table>s, the CSV files and the Excel
// workbook all read, so the three always hold the same figures. Cells are raw values (numbers as
// numbers, dates and months as ISO text); each reader formats them its own way.
import { languageName } from '$lib/mentors';
import type { Locale, MessageKey, Translate } from '$lib/i18n';
import type { NamePlace } from '$lib/places/names';
import type { ReachReport } from './types';

export type ReachCell = string | number | null;

export interface ReachColumn {
	key: string;
	label: string;
	/** Counts and other figures: right-aligned, locale-formatted on the page, numbers in Excel. */
	numeric?: boolean;
	/** The language of every cell of the column, where it is not the page's. */
	lang?: string;
	/** The row field that holds each cell's language (a practice language named in its own script). */
	langKey?: string;
	/** A change: shown with its sign (+3, −2). */
	signed?: boolean;
}

export interface ReachTable {
	/** Stable: the export URLs name the table by it. */
	id: ReachTableId;
	caption: string;
	/** A short name: the Excel sheet's. */
	title: string;
	columns: ReachColumn[];
	rows: Record<string, ReachCell>[];
	/** A sentence the page shows under the table (the assessment's caution). */
	note?: string;
}

/** Every table anyone may see, in the page's order. */
export const publicTableIds = [
	'headline',
	'sessions',
	'practices',
	'funnel',
	'median-days',
	'action-items',
	'assessment',
	'states',
	'cities',
	'pairings',
	'unreached-states',
	'unreached-zones',
	'mentors-capacity',
	'waiting'
] as const;

/** The tables only admins see (rows from programme_reach_detail). */
export const adminTableIds = ['city-detail', 'waiting-requests'] as const;

export type ReachTableId = (typeof publicTableIds)[number] | (typeof adminTableIds)[number];

export function isReachTableId(id: string): id is ReachTableId {
	return (publicTableIds as readonly string[]).includes(id) || isAdminTableId(id);
}

export function isAdminTableId(id: string): id is (typeof adminTableIds)[number] {
	return (adminTableIds as readonly string[]).includes(id);
}

const inEnglish: NamePlace = (_kind, _key, english) => english;

const zoneKey = (zone: string) => `zone.${zone}` as MessageKey;
const statusKey = (status: string) => `mentorships.list.status.${status}` as MessageKey;

/**
 * Every table of the report, in the page's order; the admin ones only when the report has detail.
 * Places are named by `place`, in the reader's language.
 */
export function reachTables(
	report: ReachReport,
	t: Translate,
	_locale: Locale,
	place: NamePlace = inEnglish
): ReachTable[] {
	const make = (
		id: ReachTableId,
		columns: ReachColumn[],
		rows: Record<string, ReachCell>[],
		extra: Partial<ReachTable> = {}
	): ReachTable => ({
		id,
		caption: t(`reachCharts.${id}.caption` as MessageKey),
		title: t(`reachCharts.${id}.sheet` as MessageKey),
		columns,
		rows,
		...extra
	});
	const col = (key: string, label: MessageKey, more: Partial<ReachColumn> = {}): ReachColumn => ({
		key,
		label: t(label),
		...more
	});
	const num = { numeric: true };
	const signed = { numeric: true, signed: true };
	const { summary, series, adoptions, map, gaps, assessment, detail } = report;
	const cityName = new Map(map.cities.map((c) => [c.slug, place('city', c.slug, c.name)]));
	const stateName = (state: string) => place('state', state, state);
	const zoneOfState = new Map(map.states.map((s) => [s.state, s.zone]));

	const tables: ReachTable[] = [
		make(
			'headline',
			[
				col('figure', 'reachCharts.col.figure'),
				col('current', 'reachCharts.col.current', num),
				col('previous', 'reachCharts.col.previous', num),
				col('change', 'reachCharts.col.change', signed)
			],
			headlineRows(report, t)
		),
		make(
			'sessions',
			[
				col('month', 'reachCharts.col.month'),
				col('mode', 'reachCharts.col.mode'),
				col('count', 'reachCharts.col.count', num)
			],
			series.sessions.map((s) => ({
				month: s.month,
				mode: t(`session.mode.${s.mode}`),
				count: s.count
			}))
		),
		make(
			'practices',
			[
				col('month', 'reachCharts.col.month'),
				col('language', 'reachCharts.col.language', { langKey: 'language_code' }),
				col('count', 'reachCharts.col.count', num)
			],
			series.practices.map((p) => ({
				month: p.month,
				language: languageName(p.language),
				language_code: p.language,
				count: p.count
			}))
		),
		make(
			'funnel',
			[
				col('stage', 'reachCharts.col.stage'),
				col('count', 'reachCharts.col.current', num),
				col('previous', 'reachCharts.col.previous', num)
			],
			adoptions.funnel.map((f) => ({
				stage: t(`adoption.stage.${f.stage}`),
				count: f.count,
				previous: f.previous
			}))
		),
		make(
			'median-days',
			[
				col('measure', 'reachCharts.col.measure'),
				col('days', 'reachCharts.col.medianDays', num),
				col('measured', 'reachCharts.col.measured', num)
			],
			[
				{
					measure: t('reachCharts.median.toAcceptance'),
					days: summary.median_days.to_acceptance,
					measured: summary.median_days.to_acceptance_count
				},
				{
					measure: t('reachCharts.median.toFirstSession'),
					days: summary.median_days.to_first_session,
					measured: summary.median_days.to_first_session_count
				}
			]
		),
		make(
			'action-items',
			[
				col('status', 'reachCharts.col.status'),
				col('count', 'reachCharts.col.current', num),
				col('previous', 'reachCharts.col.previous', num)
			],
			(['open', 'on_time', 'late', 'overdue'] as const).map((status) => ({
				status: t(`reachCharts.items.${status}`),
				count: summary.current.action_items[status],
				previous: summary.previous.action_items[status]
			}))
		),
		make(
			'assessment',
			[
				col('group', 'reachCharts.col.group'),
				col('cities', 'reachCharts.col.cities', num),
				col('change', 'reachCharts.col.averageChange', signed)
			],
			assessment?.mentored && assessment.not_mentored
				? [
						{
							group: t('reachCharts.group.mentored'),
							cities: assessment.mentored.cities,
							change: round1(assessment.mentored.average_change)
						},
						{
							group: t('reachCharts.group.notMentored'),
							cities: assessment.not_mentored.cities,
							change: round1(assessment.not_mentored.average_change)
						}
					]
				: [],
			{
				caption:
					assessment?.from_round && assessment.to_round
						? t('reachCharts.assessment.caption', {
								framework: assessment.acronym || assessment.framework,
								from: assessment.from_round.name,
								to: assessment.to_round.name
							})
						: t('reachCharts.assessment.captionNone'),
				note: t('reachCharts.assessment.caution')
			}
		),
		make(
			'states',
			[
				col('state', 'reachCharts.col.state'),
				col('zone', 'reachCharts.col.zone'),
				col('cities', 'reachCharts.col.smartCities', num),
				col('engaged', 'reachCharts.col.engaged', num)
			],
			map.states.map((s) => ({
				state: stateName(s.state),
				zone: t(zoneKey(s.zone)),
				cities: s.cities,
				engaged: s.engaged
			}))
		),
		make(
			'cities',
			[
				col('city', 'reachCharts.col.city'),
				col('state', 'reachCharts.col.state'),
				col('zone', 'reachCharts.col.zone'),
				col('role', 'reachCharts.col.role')
			],
			map.cities
				.filter((c) => c.in_scope)
				.map((c) => ({
					city: place('city', c.slug, c.name),
					state: stateName(c.state),
					zone: t(zoneKey(c.zone)),
					role: t(`reachCharts.role.${c.role}`)
				}))
		),
		make(
			'pairings',
			[
				col('mentor', 'reachCharts.col.mentorCity'),
				col('mentee', 'reachCharts.col.menteeCity'),
				col('programme', 'reachCharts.col.programme'),
				col('status', 'reachCharts.col.status'),
				col('from', 'reachCharts.col.from'),
				col('to', 'reachCharts.col.to')
			],
			map.pairings.map((p) => ({
				mentor: cityName.get(p.mentor) ?? p.mentor,
				mentee: cityName.get(p.mentee) ?? p.mentee,
				programme: p.programme,
				status: t(statusKey(p.status)),
				from: p.from,
				to: p.to
			}))
		),
		make(
			'unreached-states',
			[col('state', 'reachCharts.col.state'), col('zone', 'reachCharts.col.zone')],
			gaps.states.map((state) => {
				const zone = zoneOfState.get(state);
				return { state: stateName(state), zone: zone ? t(zoneKey(zone)) : null };
			})
		),
		make(
			'unreached-zones',
			[col('zone', 'reachCharts.col.zone')],
			gaps.zones.map((zone) => ({ zone: t(zoneKey(zone)) }))
		),
		make(
			'mentors-capacity',
			[
				col('mentor', 'reachCharts.col.mentor'),
				col('city', 'reachCharts.col.city'),
				col('capacity', 'reachCharts.col.capacity', num),
				col('load', 'reachCharts.col.load', num),
				col('free', 'reachCharts.col.free', num)
			],
			gaps.mentors_with_capacity.map((m) => ({
				mentor: m.name,
				city: place('city', m.city, m.city_name),
				capacity: m.capacity,
				load: m.load,
				free: Math.max(0, m.capacity - m.load)
			}))
		),
		make(
			'waiting',
			[
				col('count', 'reachCharts.col.waiting', num),
				col('oldest', 'reachCharts.col.oldestDays', num)
			],
			[{ count: gaps.waiting_requests.count, oldest: gaps.waiting_requests.oldest_days }]
		)
	];

	if (detail) {
		tables.push(
			make(
				'city-detail',
				[
					col('city', 'reachCharts.col.city'),
					col('state', 'reachCharts.col.state'),
					col('sessions', 'reachCharts.col.sessionsHeld', num),
					col('open', 'reachCharts.col.itemsOpen', num),
					col('overdue', 'reachCharts.col.itemsOverdue', num),
					col('adoptions', 'reachCharts.col.adoptions', num),
					col('private', 'reachCharts.col.privateAdoptions', num)
				],
				detail.cities.map((c) => ({
					city: place('city', c.slug, c.name),
					state: stateName(c.state),
					sessions: c.sessions_held,
					open: c.items_open,
					overdue: c.items_overdue,
					adoptions: c.adoptions,
					private: c.private_adoptions
				}))
			),
			make(
				'waiting-requests',
				[
					col('mentee', 'reachCharts.col.menteeCity'),
					col('mentor', 'reachCharts.col.mentorCity'),
					col('status', 'reachCharts.col.status'),
					col('requested', 'reachCharts.col.requestedOn'),
					col('days', 'reachCharts.col.days', num)
				],
				detail.waiting_requests.map((r) => ({
					mentee: place('city', r.mentee, r.mentee_name),
					mentor: place('city', r.mentor, r.mentor_name),
					status: t(statusKey(r.status)),
					// An admin's proposal may carry no request date.
					requested: r.requested_at ? r.requested_at.slice(0, 10) : null,
					days: r.days
				}))
			)
		);
	}
	return tables;
}

/** One table by its id, or undefined (unknown id, or an admin table without detail). */
export function reachTable(
	report: ReachReport,
	id: string,
	t: Translate,
	locale: Locale,
	place: NamePlace = inEnglish
): ReachTable | undefined {
	return reachTables(report, t, locale, place).find((table) => table.id === id);
}

function round1(value: number | null): number | null {
	return value === null ? null : Math.round(value * 10) / 10;
}

function headlineRows(report: ReachReport, t: Translate): Record<string, ReachCell>[] {
	const { current, previous } = report.summary;
	const row = (figure: string, now: number, before: number) => ({
		figure,
		current: now,
		previous: before,
		change: now - before
	});
	const stages = report.adoptions.funnel.map((f) => f.stage);
	return [
		row(
			t('reachCharts.figure.mentorCities'),
			current.cities_engaged.mentor,
			previous.cities_engaged.mentor
		),
		row(
			t('reachCharts.figure.menteeCities'),
			current.cities_engaged.mentee,
			previous.cities_engaged.mentee
		),
		row(
			t('reachCharts.figure.bothCities'),
			current.cities_engaged.both,
			previous.cities_engaged.both
		),
		row(
			t('reachCharts.figure.totalCities', { outOf: current.cities_engaged.out_of }),
			current.cities_engaged.total,
			previous.cities_engaged.total
		),
		row(t('reachCharts.figure.active'), current.mentorships.active, previous.mentorships.active),
		row(
			t('reachCharts.figure.completed'),
			current.mentorships.completed,
			previous.mentorships.completed
		),
		row(
			t('reachCharts.figure.requested'),
			current.mentorships.requested,
			previous.mentorships.requested
		),
		row(t('reachCharts.figure.sessions'), current.sessions_held, previous.sessions_held),
		row(
			t('reachCharts.figure.onTime'),
			current.action_items.on_time,
			previous.action_items.on_time
		),
		row(
			t('reachCharts.figure.practices'),
			current.practices_published,
			previous.practices_published
		),
		...stages.map((stage) =>
			row(
				t('reachCharts.figure.adoptions', { stage: t(`adoption.stage.${stage}`) }),
				current.adoptions[stage] ?? 0,
				previous.adoptions[stage] ?? 0
			)
		)
	];
}
