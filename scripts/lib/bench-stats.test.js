import { describe, expect, it } from 'vitest';
import { parseVmRss, percentile, ratio, summarise, table, targetBook } from './bench-stats.js';

describe('percentile', () => {
	const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

	it('takes the nearest rank', () => {
		expect(percentile(sorted, 50)).toBe(5);
		expect(percentile(sorted, 95)).toBe(10);
		expect(percentile(sorted, 90)).toBe(9);
		expect(percentile(sorted, 0)).toBe(1);
		expect(percentile(sorted, 100)).toBe(10);
	});

	it('is NaN without values', () => {
		expect(percentile([], 95)).toBeNaN();
	});
});

describe('summarise', () => {
	it('counts failed connections and answers of another status as errors', () => {
		const row = summarise('app /', {
			result: { requests: { average: 812.4 }, errors: 2 },
			times: [1, 2, 3, 4],
			unexpected: 0
		});
		expect(row).toEqual({ name: 'app /', rps: 812, p50: 2, p95: 4, p99: 4, errors: 2 });
	});

	it('counts only the expected answers in requests a second', () => {
		const row = summarise('app / (If-None-Match)', {
			result: { requests: { average: 800 }, errors: 0 },
			times: [1, 1, 1, 1],
			unexpected: 3
		});
		expect(row.rps).toBe(200);
		expect(row.errors).toBe(3);
	});
});

describe('ratio and table', () => {
	const bare = { name: 'bare', rps: 1000, p50: 1, p95: 2, p99: 3, errors: 0 };
	const app = { name: 'app /', rps: 250, p50: 10, p95: 20.5, p99: 30, errors: 1 };

	it('divides requests a second', () => {
		expect(ratio(app, bare)).toBe(0.25);
		expect(ratio(app, undefined)).toBeNaN();
	});

	it('prints each row against the first, or against its own reference', () => {
		expect(table([bare, app], 'app/bare').split('\n').slice(2)).toEqual([
			'| bare | 1000 | 1.00 | 2.00 | 3.00 | 0 | 1.000 |',
			'| app / | 250 | 10.00 | 20.50 | 30.00 | 1 | 0.250 |'
		]);
		const half = { ...app, name: 'ref', rps: 500 };
		const lines = table([app], 'x', () => half).split('\n');
		expect(lines[2]).toBe('| app / | 250 | 10.00 | 20.50 | 30.00 | 1 | 0.500 |');
	});
});

describe('targetBook', () => {
	it('records each target with its verdict, in order', () => {
		const book = targetBook();
		expect(book.check('`/` req/s of bare', 0.15, { atLeast: 0.12 })).toBe('met');
		expect(book.check('`/` p95', 31.2, { atMost: 25 }, (x) => `${x.toFixed(1)} ms`)).toBe(
			'NOT met'
		);
		expect(book.check('RSS', 250e6, { below: 250e6 })).toBe('NOT met');
		expect(book.check('unmeasured', NaN, { atLeast: 0 })).toBe('NOT met');
		expect(book.check('search', 0.5, { atLeast: 0.9 }, undefined, ' (3 by Postgres)')).toBe(
			'NOT met'
		);
		expect(book.missing('`/practices` with If-None-Match', 'no ETag', '≥ 0.400')).toBe('NOT met');
		expect(book.markdown().split('\n')).toEqual([
			'| target | measured | threshold | verdict |',
			'| --- | ---: | ---: | --- |',
			'| `/` req/s of bare | 0.150 | ≥ 0.120 | met |',
			'| `/` p95 | 31.2 ms | ≤ 25.0 ms | NOT met |',
			'| RSS | 250000000.000 | < 250000000.000 | NOT met |',
			'| unmeasured | – | ≥ 0.000 | NOT met |',
			'| search | 0.500 (3 by Postgres) | ≥ 0.900 | NOT met |',
			'| `/practices` with If-None-Match | no ETag | ≥ 0.400 | NOT met |'
		]);
	});
});

describe('parseVmRss', () => {
	it('reads the resident set in bytes from /proc/<pid>/status', () => {
		const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmRSS:\t  123456 kB\nRssAnon:\t 100000 kB\n';
		expect(parseVmRss(status)).toBe(123456 * 1024);
	});

	it('is null for a process without one (a zombie)', () => {
		expect(parseVmRss('Name:\tnode\nState:\tZ (zombie)\n')).toBeNull();
	});
});
