// The benchmark's arithmetic and tables: percentiles, rows, ratios, verdicts and the closing
// summary of every target. Pure, so the figures BENCHMARKS.md takes are tested.

/** The q-th percentile (0–100) of sorted values, by the nearest-rank method. */
export function percentile(sorted, q) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1))];
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * One measured row: requests a second that got the expected answer (autocannon's average, less
 * the share of other answers), exact percentiles of every response time, and errors: failed
 * connections and timeouts (autocannon counts both as errors) and every answer whose status is
 * not an expected one.
 */
export function summarise(name, { result, times, unexpected = 0 }) {
	const answered = times.length ? (times.length - unexpected) / times.length : 1;
	return {
		name,
		rps: Math.round(result.requests.average * answered),
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		errors: result.errors + unexpected
	};
}

/** `value` over `reference` requests a second; NaN without a reference. */
export const ratio = (row, reference) => (reference?.rps ? row.rps / reference.rps : NaN);

export const verdict = (ok) => (ok ? 'met' : 'NOT met');

const ms = (value) => (Number.isFinite(value) ? value.toFixed(2) : '–');

/**
 * Rows as a Markdown table; each row's ratio is to `reference` (a row, or a function giving each
 * row's own reference), or to the first row.
 */
export function table(rows, ratioName, reference = rows[0]) {
	const lines = [
		`| target | req/s | p50 ms | p95 ms | p99 ms | errors | ${ratioName} |`,
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const row of rows) {
		const ref = typeof reference === 'function' ? reference(row) : reference;
		const r = ratio(row, ref);
		lines.push(
			`| ${row.name} | ${row.rps} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ` +
				`${row.errors} | ${Number.isFinite(r) ? r.toFixed(3) : '–'} |`
		);
	}
	return lines.join('\n');
}

/**
 * The targets met and missed in one run. `check` records one and returns its verdict;
 * `missing` records a target that could not be measured (never met); `markdown()` is the closing
 * table, one row per target in the order they were checked.
 */
export function targetBook() {
	const rows = [];
	return {
		rows,
		/**
		 * @param {string} target what is measured
		 * @param {number} value the figure
		 * @param {{ atLeast?: number, atMost?: number, below?: number }} threshold
		 * @param {(value: number) => string} [format]
		 * @param {string} [note] said after the figure (what it measured beside the target)
		 */
		check(target, value, threshold, format = (x) => x.toFixed(3), note = '') {
			const { atLeast, atMost, below } = threshold;
			const ok =
				Number.isFinite(value) &&
				(atLeast === undefined || value >= atLeast) &&
				(atMost === undefined || value <= atMost) &&
				(below === undefined || value < below);
			const wanted = [
				atLeast === undefined ? null : `≥ ${format(atLeast)}`,
				atMost === undefined ? null : `≤ ${format(atMost)}`,
				below === undefined ? null : `< ${format(below)}`
			]
				.filter(Boolean)
				.join(' and ');
			rows.push({
				target,
				measured: (Number.isFinite(value) ? format(value) : '–') + note,
				threshold: wanted,
				verdict: verdict(ok)
			});
			return verdict(ok);
		},
		missing(target, why, threshold) {
			rows.push({ target, measured: why, threshold, verdict: verdict(false) });
			return verdict(false);
		},
		markdown() {
			return [
				'| target | measured | threshold | verdict |',
				'| --- | ---: | ---: | --- |',
				...rows.map((r) => `| ${r.target} | ${r.measured} | ${r.threshold} | ${r.verdict} |`)
			].join('\n');
		}
	};
}

/** The resident set size in bytes from the text of /proc/<pid>/status, or null. */
export function parseVmRss(status) {
	const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
	return match ? Number(match[1]) * 1024 : null;
}

/** Seconds, for the durations the run prints. */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
