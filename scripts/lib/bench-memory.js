// Samples a process's resident memory from /proc while the benchmark runs. The app restarts with
// other settings between stages, so the pid is asked for at every sample.
import fs from 'node:fs';
import { parseVmRss } from './bench-stats.js';

/**
 * Reads VmRSS of `pid()` every `intervalMs`; `label()` names what the run is doing, so the
 * largest sample says when it happened. `stop()` returns the largest and the count of samples.
 */
export function sampleRss(pid, label, intervalMs = 250) {
	let max = { bytes: 0, during: 'nothing' };
	let samples = 0;
	const timer = setInterval(() => {
		const id = pid();
		if (!id) return;
		let status;
		try {
			status = fs.readFileSync(`/proc/${id}/status`, 'utf8');
		} catch {
			return; // the process ended between two samples (a restart)
		}
		const bytes = parseVmRss(status);
		if (bytes === null) return;
		samples++;
		if (bytes > max.bytes) max = { bytes, during: label() };
	}, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return { ...max, samples };
		}
	};
}
