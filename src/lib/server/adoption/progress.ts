// Progress against target, per category and in total, the way Kanpur follows cameras linked per
// category. Pure: the page, the chart and the API compute it alike, and unit tests pin it down.
//
// A progress update is the cumulative count reached that day, so a category's figure is its
// latest value (the last recorded on its latest day). The total adds the latest values up over
// the targets when every category with a target counts in one unit (cameras); with mixed units
// (cameras, buses) it is the mean of the shares. Categories without a target show their count
// but stay out of the total.

/** An update as stored. */
export interface ProgressUpdate {
	recorded_on: string;
	value: number;
	created_at: string;
}

/** A category as stored, with its updates in any order. */
export interface ProgressCategory {
	id: string;
	target: number | null;
	unit: string;
	progress: ProgressUpdate[];
}

/** One day's figure. */
export interface SeriesPoint {
	on: string;
	value: number;
}

/** The change between the last two days with an update. */
export interface Trend {
	from: string;
	to: string;
	change: number;
}

export interface CategoryProgress {
	id: string;
	/** The latest day's figure, or null before the first update. */
	latest: SeriesPoint | null;
	/** Latest over target, as it is (1.2 when the target is passed); null without a target. */
	share: number | null;
	/** The share as a bar or chart shows it: at most 1. */
	shownShare: number | null;
	/** One point per day with an update (the last of that day), oldest first. */
	series: SeriesPoint[];
	trend: Trend | null;
	/** Whether the total counts it (it has a target). */
	inTotal: boolean;
}

/** The total over the categories with a target, and how it moved, day by day. */
export type Total =
	| {
			/** Every category with a target counts in `unit`: latest values over targets. */
			kind: 'sum';
			unit: string;
			value: number;
			target: number;
			share: number;
			shownShare: number;
			series: { on: string; value: number; share: number }[];
			/** The change of the summed value. */
			trend: Trend | null;
	  }
	| {
			/** Units differ: the mean of the categories' shares. */
			kind: 'mean';
			share: number;
			shownShare: number;
			series: { on: string; share: number }[];
			/** The change of the mean share. */
			trend: Trend | null;
	  };

export interface AdoptionProgress {
	categories: CategoryProgress[];
	/** Null when no category has a target. */
	total: Total | null;
	/** Ids of the categories left out of the total (no target). */
	withoutTarget: string[];
}

/** A share as shown: never above 1 (a target passed fills the bar), never below 0. */
export const cap = (share: number) => Math.min(1, Math.max(0, share));

/** One point per day, the last recorded that day, oldest day first. */
export function dailySeries(updates: ProgressUpdate[]): SeriesPoint[] {
	const byDay = new Map<string, ProgressUpdate>();
	for (const update of updates) {
		const seen = byDay.get(update.recorded_on);
		if (!seen || update.created_at >= seen.created_at) byDay.set(update.recorded_on, update);
	}
	return [...byDay.values()]
		.sort((a, b) => a.recorded_on.localeCompare(b.recorded_on))
		.map((u) => ({ on: u.recorded_on, value: u.value }));
}

/** The change over the last two points of a series, or null with fewer than two. */
export function trendOf<T extends { on: string }>(
	series: T[],
	value: (point: T) => number
): Trend | null {
	if (series.length < 2) return null;
	const [before, last] = series.slice(-2);
	return { from: before.on, to: last.on, change: value(last) - value(before) };
}

/** A category's figure on a day: its last value on or before it (0 before the first update). */
function valueOn(series: SeriesPoint[], day: string): number {
	let value = 0;
	for (const point of series) {
		if (point.on > day) break;
		value = point.value;
	}
	return value;
}

/** A category's target, or null when it has none (the database keeps targets above zero). */
const targetOf = (category: ProgressCategory) =>
	category.target !== null && category.target > 0 ? category.target : null;

function categoryProgress(category: ProgressCategory): CategoryProgress {
	const series = dailySeries(category.progress);
	const latest = series.at(-1) ?? null;
	const target = targetOf(category);
	const hasTarget = target !== null;
	const share = target === null ? null : (latest?.value ?? 0) / target;
	return {
		id: category.id,
		latest,
		share,
		shownShare: share === null ? null : cap(share),
		series,
		trend: trendOf(series, (p) => p.value),
		inTotal: hasTarget
	};
}

/** Per category and in total: the latest figures, shares of target, daily series and trends. */
export function summariseProgress(categories: ProgressCategory[]): AdoptionProgress {
	const each = categories.map(categoryProgress);
	const targeted = categories.flatMap((category, i) => {
		const target = targetOf(category);
		return target === null ? [] : [{ target, unit: category.unit, progress: each[i] }];
	});
	const withoutTarget = each.filter((c) => !c.inTotal).map((c) => c.id);
	if (targeted.length === 0) return { categories: each, total: null, withoutTarget };

	const days = [...new Set(targeted.flatMap((c) => c.progress.series.map((p) => p.on)))].sort();
	const units = new Set(targeted.map((c) => c.unit.trim().toLowerCase()));
	if (units.size === 1) {
		const target = targeted.reduce((sum, c) => sum + c.target, 0);
		const value = targeted.reduce((sum, c) => sum + (c.progress.latest?.value ?? 0), 0);
		const series = days.map((on) => {
			const dayValue = targeted.reduce((sum, c) => sum + valueOn(c.progress.series, on), 0);
			return { on, value: dayValue, share: dayValue / target };
		});
		return {
			categories: each,
			withoutTarget,
			total: {
				kind: 'sum',
				unit: targeted[0].unit,
				value,
				target,
				share: value / target,
				shownShare: cap(value / target),
				series,
				trend: trendOf(series, (p) => p.value)
			}
		};
	}
	const mean = (shares: number[]) => shares.reduce((a, b) => a + b, 0) / shares.length;
	const share = mean(targeted.map((c) => c.progress.share ?? 0));
	const series = days.map((on) => ({
		on,
		share: mean(targeted.map((c) => valueOn(c.progress.series, on) / c.target))
	}));
	return {
		categories: each,
		withoutTarget,
		total: {
			kind: 'mean',
			share,
			shownShare: cap(share),
			series,
			trend: trendOf(series, (p) => p.share)
		}
	};
}
