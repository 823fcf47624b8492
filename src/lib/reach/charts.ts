// The reach report's charts as the props of StackedBarChart and BarChart: titles (the captions
// of the tables that carry the same figures), descriptions that say what the chart shows in
// words, and the values. The page spreads them: <StackedBarChart {...charts.sessions} />.
import type { BarDatum } from '$lib/components/charts/BarChart.svelte';
import type { StackSeries, StackValue } from '$lib/components/charts/StackedBarChart.svelte';
import { languageName } from '$lib/mentors';
import { intlTags } from '$lib/i18n';
import type { Locale, Translate } from '$lib/i18n';
import { numberFormat } from '$lib/i18n/formats';
import type { ReachReport } from '$lib/reach/types';

export interface StackedChart {
	id: string;
	title: string;
	desc: string;
	from: string;
	to: string;
	series: StackSeries[];
	values: StackValue[];
	axisLabel: string;
}

export interface BarChartData {
	id: string;
	title: string;
	desc: string;
	bars: BarDatum[];
	axisLabel: string;
	signed?: boolean;
}

export interface ReachCharts {
	sessions: StackedChart;
	practices: StackedChart;
	funnel: BarChartData;
	medianDays: BarChartData;
	actionItems: BarChartData;
	/** Null when no framework has two rounds with results to compare. */
	assessment: BarChartData | null;
}

/** The session modes in the order the stacks draw them, whether or not the period has each. */
const MODES = ['online', 'site_visit', 'workshop', 'phone'] as const;

/** Every chart of the report, ready for the chart components. */
export function reachCharts(report: ReachReport, t: Translate, locale: Locale): ReachCharts {
	const number = numberFormat(intlTags[locale], { maximumFractionDigits: 1 });
	const signedNumber = numberFormat(intlTags[locale], {
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	});
	const { period, median_days, current } = report.summary;
	const { series, adoptions, assessment } = report;
	const listed = (bars: BarDatum[], format = number) =>
		bars
			.map(
				(b) => `${b.label} ${b.value === null ? t('reachCharts.noValue') : format.format(b.value)}`
			)
			.join('; ');
	const sum = (values: { count: number }[]) => values.reduce((total, v) => total + v.count, 0);

	const languages = [...new Set(series.practices.map((p) => p.language))].sort();

	const funnel: BarDatum[] = adoptions.funnel.map((f) => ({
		key: f.stage,
		label: t(`adoption.stage.${f.stage}`),
		value: f.count
	}));
	const medians: BarDatum[] = [
		{
			key: 'to-acceptance',
			label: t('reachCharts.median.toAcceptance'),
			value: median_days.to_acceptance
		},
		{
			key: 'to-first-session',
			label: t('reachCharts.median.toFirstSession'),
			value: median_days.to_first_session
		}
	];
	const items: BarDatum[] = (['open', 'on_time', 'late', 'overdue'] as const).map((status) => ({
		key: status,
		label: t(`reachCharts.items.${status}`),
		value: current.action_items[status]
	}));
	const groups: BarDatum[] | null =
		assessment?.mentored && assessment.not_mentored
			? [
					{
						key: 'mentored',
						label: `${t('reachCharts.group.mentored')} (${number.format(assessment.mentored.cities)})`,
						value: roundTo1(assessment.mentored.average_change)
					},
					{
						key: 'not-mentored',
						label: `${t('reachCharts.group.notMentored')} (${number.format(assessment.not_mentored.cities)})`,
						value: roundTo1(assessment.not_mentored.average_change)
					}
				]
			: null;

	return {
		sessions: {
			id: 'chart-sessions',
			title: t('reachCharts.sessions.caption'),
			desc: t('reachCharts.chart.sessions.desc', {
				from: period.from,
				to: period.to,
				total: sum(series.sessions)
			}),
			from: period.from,
			to: period.to,
			series: MODES.map((mode) => ({ key: mode, label: t(`session.mode.${mode}`) })),
			values: series.sessions.map((s) => ({ month: s.month, key: s.mode, count: s.count })),
			axisLabel: t('reachCharts.axis.sessions')
		},
		practices: {
			id: 'chart-practices',
			title: t('reachCharts.practices.caption'),
			desc: t('reachCharts.chart.practices.desc', {
				from: period.from,
				to: period.to,
				total: sum(series.practices)
			}),
			from: period.from,
			to: period.to,
			series: languages.map((language) => ({
				key: language,
				label: languageName(language),
				lang: language
			})),
			values: series.practices.map((p) => ({ month: p.month, key: p.language, count: p.count })),
			axisLabel: t('reachCharts.axis.practices')
		},
		funnel: {
			id: 'chart-funnel',
			title: t('reachCharts.funnel.caption'),
			desc: t('reachCharts.chart.funnel.desc', { values: listed(funnel) }),
			bars: funnel,
			axisLabel: t('reachCharts.axis.adoptions')
		},
		medianDays: {
			id: 'chart-median-days',
			title: t('reachCharts.median-days.caption'),
			desc: t('reachCharts.chart.medianDays.desc', { values: listed(medians) }),
			bars: medians,
			axisLabel: t('reachCharts.axis.days')
		},
		actionItems: {
			id: 'chart-action-items',
			title: t('reachCharts.action-items.caption'),
			desc: t('reachCharts.chart.actionItems.desc', { values: listed(items) }),
			bars: items,
			axisLabel: t('reachCharts.axis.items')
		},
		assessment:
			groups && assessment?.from_round && assessment.to_round
				? {
						id: 'chart-assessment',
						title: t('reachCharts.assessment.caption', {
							framework: assessment.acronym || assessment.framework,
							from: assessment.from_round.name,
							to: assessment.to_round.name
						}),
						desc: t('reachCharts.chart.assessment.desc', {
							values: listed(groups, signedNumber)
						}),
						bars: groups,
						axisLabel: t('reachCharts.axis.change'),
						signed: true
					}
				: null
	};
}

function roundTo1(value: number | null): number | null {
	return value === null ? null : Math.round(value * 10) / 10;
}
