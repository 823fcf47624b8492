// Keeps the app's resident memory near a target under sustained load.
//
// When a garbage collection frees pages of the heap, V8 keeps them in a pool for reuse and hands
// them back to the system only in a memory-reducing collection, which it runs once the process
// goes idle. Under steady load it never does: while pages were rendered for minutes on end, the
// pool grew to 276 pages of 256 KB (69 MB, counted by V8's own `--trace-gc-nvp`), while what the
// heap held alive stayed near 35 MB. So when the resident set passes MEMORY_TARGET_MB (default
// 210, in millions of bytes as everywhere in the app), the app asks for that collection itself,
// at most once every MIN_GAP_MS. One took about 80 ms on two shared cores and brought the
// resident set from 200–235 MB back to 144. Between two, the resident set can pass the target:
// after one, every page the heap takes comes fresh from the system, and the next waits out the
// gap. Over a whole bench a target of 231 MB let it reach 238 MB, and one of 210 MB 229 MB.
//
// It has a price, measured on eight public pages rendered for every request (BENCHMARKS.md,
// 2026-12-03): besides the pauses, each is two or more full collections that also drop the
// compilation cache and cancel optimisations in progress, and the heap grows back afterwards
// through more frequent collections; the pages served 6–20% fewer requests a second. An operator
// who would rather spend memory than CPU raises the target or sets 0, which leaves V8 to itself.
import v8 from 'node:v8';
import vm from 'node:vm';
import { config } from './env';

/** How often the resident set is read. */
const CHECK_MS = 1_000;
/** The least time between two memory-reducing collections. */
export const MIN_GAP_MS = 5_000;
/** The longest, reached when collections stop bringing the resident set under the target. */
export const MAX_GAP_MS = 80_000;

type Collect = (options: { type: 'major'; flavor: 'last-resort' }) => void;

/** Whether to collect now: over the target, and long enough since the last time. */
export function shouldReduce(
	rss: number,
	target: number,
	now: number,
	last: number | null,
	gapMs = MIN_GAP_MS
): boolean {
	return target > 0 && rss > target && (last === null || now - last >= gapMs);
}

/**
 * The gap before the next collection. One that brought the resident set well under the target
 * (below nine tenths of it) keeps the shortest gap; one that did not (what is alive has grown
 * close to the target or past it) doubles it, up to MAX_GAP_MS, so a target set too low costs a
 * pause a minute or so rather than one every few seconds.
 */
export function nextGap(gapMs: number, rssAfter: number, target: number): number {
	return rssAfter < target * 0.9 ? MIN_GAP_MS : Math.min(gapMs * 2, MAX_GAP_MS);
}

let collect: Collect | null | undefined;

/**
 * V8's collection function: the global one when node runs with --expose-gc, else taken from a
 * context made while the flag is briefly on (the flag is turned off again at once, so no other
 * code gets it).
 */
function collector(): Collect | null {
	if (collect !== undefined) return collect;
	const exposed = (globalThis as { gc?: Collect }).gc;
	if (typeof exposed === 'function') return (collect = exposed);
	try {
		v8.setFlagsFromString('--expose-gc');
		collect = vm.runInNewContext('gc') as Collect;
	} catch {
		collect = null;
	} finally {
		v8.setFlagsFromString('--no-expose-gc');
	}
	return collect;
}

/**
 * Runs one memory-reducing collection (every unreachable object, and V8's pooled pages returned
 * to the system). Returns how long the app paused, in ms, or null when V8 offers no collection.
 */
export function reduceMemory(): number | null {
	const run = collector();
	if (!run) return null;
	const started = performance.now();
	// 'last-resort' is V8's CollectAllAvailableGarbage: a full collection flagged to reduce memory.
	run({ type: 'major', flavor: 'last-resort' });
	return performance.now() - started;
}

let timer: NodeJS.Timeout | null = null;
const stats = { reductions: 0, lastPauseMs: null as number | null, gapMs: MIN_GAP_MS };

/** How many memory-reducing collections the guard has run, the last one's pause, the gap now. */
export function memoryGuardStats(): Readonly<typeof stats> {
	return { ...stats };
}

/** Starts watching the resident set (once per process; nothing when the target is 0). */
export function startMemoryGuard(target = config.memoryTargetBytes): void {
	if (timer || target <= 0) return;
	let last: number | null = null;
	let gap = MIN_GAP_MS;
	let said = false;
	timer = setInterval(() => {
		const rss = process.memoryUsage.rss();
		const now = performance.now();
		if (!shouldReduce(rss, target, now, last, gap)) return;
		last = now;
		const paused = reduceMemory();
		if (paused === null) {
			// V8 offered no collection function: say so once, and stop watching.
			console.warn('memory: V8 offers no collection here; the memory guard is off.');
			stopMemoryGuard();
			return;
		}
		const after = process.memoryUsage.rss();
		gap = nextGap(gap, after, target);
		stats.reductions++;
		stats.lastPauseMs = paused;
		stats.gapMs = gap;
		if (!said) {
			said = true;
			const mb = (bytes: number) => Math.round(bytes / 1e6);
			console.info(
				`memory: the resident set passed ${mb(target)} MB (${mb(rss)} MB); V8 was asked to ` +
					`return freed pages (${Math.round(paused)} ms, now ${mb(after)} MB). It is asked ` +
					`again while over, at most every ${gap / 1000} s; MEMORY_TARGET_MB sets the target.`
			);
		}
	}, CHECK_MS);
	timer.unref();
}

/** Stops watching (tests). */
export function stopMemoryGuard(): void {
	if (timer) clearInterval(timer);
	timer = null;
}
