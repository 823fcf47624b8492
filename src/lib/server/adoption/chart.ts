// The progress chart's lines, from the progress summary: with targets, each targeted category's
// share of its target and the total's, in percent (capped at 100: the table keeps the true
// figure); without any target, each category's count. Pure, like progress.ts.
import { cap } from './progress';
import type { AdoptionProgress } from './progress';

export interface ChartLine {
	key: string;
	/** The category's name (the total is named by the page, in the reader's language). */
	name: string | null;
	language: string | null;
	points: { on: string; value: number }[];
	total: boolean;
}

export interface ProgressChart {
	/** Percent of target, or counts. */
	mode: 'share' | 'count';
	lines: ChartLine[];
}

interface NamedCategory {
	id: string;
	name: string;
	language: string;
	target: number | null;
}

const percent = (share: number) => Math.round(cap(share) * 1000) / 10;

/** The chart's lines, or null when there is nothing to draw yet. */
export function progressChart(
	categories: NamedCategory[],
	progress: AdoptionProgress
): ProgressChart | null {
	const byId = new Map(progress.categories.map((c) => [c.id, c]));
	const line = (c: NamedCategory, points: ChartLine['points']): ChartLine => ({
		key: c.id,
		name: c.name,
		language: c.language,
		points,
		total: false
	});
	let chart: ProgressChart;
	if (progress.total) {
		const lines = categories.flatMap((c) => {
			const series = byId.get(c.id)?.series ?? [];
			const target = c.target;
			if (target === null || series.length === 0) return [];
			return [
				line(
					c,
					series.map((p) => ({ on: p.on, value: percent(p.value / target) }))
				)
			];
		});
		const total = progress.total.series.map((p) => ({ on: p.on, value: percent(p.share) }));
		if (total.length > 0) {
			lines.push({ key: 'total', name: null, language: null, points: total, total: true });
		}
		chart = { mode: 'share', lines };
	} else {
		chart = {
			mode: 'count',
			lines: categories.flatMap((c) => {
				const series = byId.get(c.id)?.series ?? [];
				return series.length ? [line(c, series)] : [];
			})
		};
	}
	return chart.lines.length > 0 ? chart : null;
}
