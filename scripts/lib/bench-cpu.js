// Where a load's CPU goes: the processor time each process spent during it, from /proc, per
// request. On a machine whose cores the load generator, the app and Meilisearch share, this
// bounds what a ratio can reach: if a search costs Meilisearch m ms, the app a ms and the load
// generator g ms, the app can serve at most (m + g) / (m + a + g) of what Meilisearch serves
// asked directly.
import fs from 'node:fs';

/** The kernel's clock ticks a second for /proc times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/** User plus system time (ms) from the text of /proc/<pid>/stat. */
export function parseStatCpuMs(stat) {
	// The command name (field 2) may hold spaces and parentheses: fields are counted after the
	// last ')'. utime and stime are fields 14 and 15, the 12th and 13th after it.
	const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(rest[11]) + Number(rest[12]);
	return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_S : NaN;
}

/** The CPU time (ms) process `pid` has used so far, or NaN when it cannot be read. */
export function cpuMs(pid) {
	if (!pid) return NaN;
	try {
		return parseStatCpuMs(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return NaN;
	}
}

/** The pid of a process whose command line holds every one of `parts`, or null. */
export function findPid(parts) {
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let args;
		try {
			args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
		} catch {
			continue;
		}
		if (parts.every((part) => args.some((arg) => arg.includes(part)))) return Number(entry);
	}
	return null;
}

/**
 * The CPU each process (a name and a way to its pid, or 'self' for this one) spends from now;
 * `stop(requests)` gives ms per request for each.
 */
export function cpuMeter(processes) {
	const start = processes.map(({ name, pid }) => {
		const id = pid();
		return { name, id, since: id === 'self' ? process.cpuUsage() : cpuMs(id) };
	});
	return {
		stop(requests) {
			const out = {};
			for (const { name, id, since } of start) {
				let used;
				if (id === 'self') {
					const { user, system } = process.cpuUsage(since);
					used = (user + system) / 1000;
				} else {
					used = cpuMs(id) - since;
				}
				out[name] = requests > 0 ? used / requests : NaN;
			}
			return out;
		}
	};
}

/** The ceiling of app/direct req/s when both share the cores: (m + g) / (m + a + g). */
export function ceilingRatio({ meilisearch, app, generator }) {
	return (meilisearch + generator) / (meilisearch + app + generator);
}

/**
 * The least a search can cost the app, and the ceiling that follows, from four loads at the
 * same request rate: the app answering from its own answer cache (everything it does but ask
 * Meilisearch), and the bare proxy both searching and answering fixed bytes (so that its search
 * less its fixed answer is what asking Meilisearch costs a Node process, the HTTP client's side
 * alone). Meilisearch's and the generator's costs are those of the direct load.
 */
export function floorCeiling({ direct, appCached, proxySearch, proxyFixed }, target = 0.9) {
	const exchange = Math.max(0, proxySearch.app - proxyFixed.app);
	const app = appCached.app + exchange;
	const others = direct.meilisearch + direct.generator;
	return {
		exchange,
		app,
		ceiling: ceilingRatio({ meilisearch: direct.meilisearch, app, generator: direct.generator }),
		// The most a search may cost the app for it to reach `target` of direct: a ≤ (m + g)(1/t − 1).
		budget: others * (1 / target - 1)
	};
}
