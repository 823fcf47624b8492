import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from '$lib/components/charts/BarChart.svelte';
import StackedBarChart, { monthsBetween } from '$lib/components/charts/StackedBarChart.svelte';
import TestI18n from '$lib/components/charts/TestI18n.svelte';
import { translator } from '$lib/i18n';
import { sampleReport } from '$lib/reach/tables.fixture';
import { reachCharts } from './charts';

const html = (chart: unknown, props: object, locale: 'en' | 'hi' = 'en') =>
	render(TestI18n, { props: { chart: chart as never, props: { ...props }, locale } }).body;

describe('monthsBetween', () => {
	it('gives every month of the period, across a year’s end', () => {
		expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual([
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02'
		]);
		expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
		expect(monthsBetween('2026-04-01', '2026-03-31')).toEqual([]);
	});
});

describe('reachCharts', () => {
	const charts = reachCharts(sampleReport(), translator('en'), 'en');

	it('stacks every mode and the practices’ languages in their own script', () => {
		expect(charts.sessions.series.map((s) => s.key)).toEqual([
			'online',
			'site_visit',
			'workshop',
			'phone'
		]);
		expect(charts.sessions.desc).toContain('8 sessions in all');
		expect(charts.practices.series).toEqual([
			{ key: 'gu', label: 'ગુજરાતી', lang: 'gu' },
			{ key: 'hi', label: 'हिन्दी', lang: 'hi' }
		]);
	});

	it('describes the bars in words, a missing median as no data and changes with their sign', () => {
		expect(charts.funnel.desc).toContain('Exploring 7; Planning 3; Piloting 1');
		expect(charts.medianDays.desc).toContain('From acceptance to first session no data');
		expect(charts.medianDays.bars[1].value).toBeNull();
		expect(charts.assessment?.desc).toContain('Cities not mentored (80) -1');
		expect(charts.assessment?.desc).toContain('Mentored cities (12) +6.3');
		expect(
			reachCharts({ ...sampleReport(), assessment: null }, translator('en'), 'en').assessment
		).toBeNull();
	});
});

describe('StackedBarChart', () => {
	it('draws a bar for every month, empty ones too, as a titled image with a key', () => {
		const body = html(
			StackedBarChart,
			reachCharts(sampleReport(), translator('en'), 'en').sessions
		);
		expect(body).toContain('role="img"');
		expect(body).toContain('aria-labelledby="chart-sessions-title chart-sessions-desc"');
		expect(body).toMatch(
			/<title id="chart-sessions-title">Sessions held per month, by mode<\/title>/
		);
		// January: online 5 and a site visit 2; February: none; March: a workshop.
		expect(body.match(/<rect x=/g)?.length).toBe(3);
		expect(body).toContain('>Jan<');
		expect(body).toContain('>2026<');
		expect(body).toContain('url(#chart-sessions-pattern-1)');
		for (const mode of ['Online', 'Site visit', 'Workshop', 'Phone call']) {
			expect(body).toContain(mode);
		}
	});

	it('names the languages with their lang', () => {
		const body = html(
			StackedBarChart,
			reachCharts(sampleReport(), translator('hi'), 'hi').practices,
			'hi'
		);
		expect(body).toContain('<span lang="gu">ગુજરાતી</span>');
	});
});

describe('BarChart', () => {
	it('runs the axis through zero with negative bars to its left', () => {
		const assessment = reachCharts(sampleReport(), translator('en'), 'en').assessment!;
		const body = html(BarChart, assessment);
		expect(body).toContain('class="zero');
		expect(body).toContain('>-1<');
		expect(body).toContain('+6.3');
		expect(body).toContain('url(#chart-assessment-negative)');
	});

	it('writes “no data” for a missing value rather than drawing zero', () => {
		const body = html(BarChart, reachCharts(sampleReport(), translator('en'), 'en').medianDays);
		expect(body).toContain('no data');
		expect(body.match(/<rect x=/g)?.length).toBe(1);
	});
});
