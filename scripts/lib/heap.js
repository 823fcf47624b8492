// How the app server's V8 heap grows (`npm start`, the browser tests, `npm run bench`, and the
// production image's command).
//
// Left to itself, V8 sizes the heap for throughput on a big machine: under load the young
// generation grows to about 130 MB and the old generation to 120 to 160 MB, while what the app
// keeps alive after a full collection is 30 to 60 MB. The app then held 420 to 540 MB of
// resident memory under the benchmark. Measured on the same load (BENCHMARKS.md, "memory"):
// - a smaller young generation (8 MB semi-spaces) and an old generation that grows by half of
//   what is live (rather than up to four times) keep it near 240 MB, for 3 to 5% fewer
//   requests a second on rendered pages;
// - a hard cap (`--max-old-space-size=128` to `256`) did as well for memory but cost 20 to 45% of
//   the throughput (V8 collects far more often near a small cap), and can end the process
//   should the live data outgrow it. So there is no cap.
// - glibc's malloc makes an arena per thread that allocates (V8's compiler and GC helpers, libuv's
//   pool), and each keeps what was freed in it: MALLOC_ARENA_MAX=2 took the largest resident set
//   of the pages stage from 270 to 244 MB with no change in throughput beyond noise.
// An operator who prefers throughput to memory sets --max-semi-space-size in NODE_OPTIONS, which
// then wins (node refuses --heap-growing-percent there; run `node build` with flags of your own).

/** Semi-space (MB): the young generation is about three of them. */
export const SEMI_SPACE_MB = 8;
/** The old generation's next limit is this much (%) above what a full collection left alive. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * The node arguments that set those, leaving out any that NODE_OPTIONS already sets (node reads
 * NODE_OPTIONS first and the command line after it, so ours would override it).
 */
export function heapArgs(nodeOptions = process.env.NODE_OPTIONS ?? '') {
	const args = [];
	if (!/--max-semi-space-size\b/.test(nodeOptions)) {
		args.push(`--max-semi-space-size=${SEMI_SPACE_MB}`);
	}
	if (!/--heap-growing-percent\b/.test(nodeOptions)) {
		args.push(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
	}
	return args;
}

/** The environment the app server starts with: MALLOC_ARENA_MAX unless `env` already sets it. */
export function heapEnv(env = process.env) {
	return env.MALLOC_ARENA_MAX ? {} : { MALLOC_ARENA_MAX: '2' };
}
